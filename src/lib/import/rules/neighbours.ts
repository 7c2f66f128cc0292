import { splitSentences } from "../../text/sentences.ts";
import { findDateline } from "./datelines.ts";
import { SENTENCE_END, wordsOf } from "./line-rule.ts";
import { isBareCount, isCounterLabelLine } from "./share-residue.ts";

/** Reasons for lines recognised by what stands beside them. */
export const CAPTION_BEFORE_CREDIT_REASON = "photo caption (its credit is on the next line)";
export const PAIRED_COUNTER_REASON = "share or view counter";

/** Longest lead caption, in words and sentences: a picture's description, not a paragraph. */
const MAX_CAPTION_WORDS = 40;
const MAX_CAPTION_SENTENCES = 2;

/**
 * True when `line`, the first line of the body, reads as the caption of the
 * lead picture: its next line is the picture's credit ("Jane Doe | Harbour
 * Wire"), and it is a short description that ends like a sentence. The
 * parser asks only about the first body line: a credit further down may
 * follow a paragraph that merely stands above an uncaptioned picture. A line
 * opened by a dateline ("PORTMERE, Aug 17 (Harbour Wire) -") is the report's
 * first paragraph, never a caption.
 */
export function isLeadCaption(line: string, nextIsCredit: boolean): boolean {
  return (
    nextIsCredit &&
    findDateline(line) === undefined &&
    SENTENCE_END.test(line) &&
    wordsOf(line).length <= MAX_CAPTION_WORDS &&
    splitSentences(line).length <= MAX_CAPTION_SENTENCES
  );
}

/**
 * Indices of counter lines made of two: a bare figure beside its label
 * ("498" then "SHARES", or "VIEWS" then "1.4k"). A figure alone ("2025")
 * stays, and so does a label alone.
 */
export function pairedCounters(lines: readonly string[]): Set<number> {
  const paired = new Set<number>();
  for (let index = 0; index + 1 < lines.length; index++) {
    const [first, second] = [lines[index] as string, lines[index + 1] as string];
    if ((isBareCount(first) && isCounterLabelLine(second)) || (isCounterLabelLine(first) && isBareCount(second))) {
      paired.add(index).add(index + 1);
    }
  }
  return paired;
}
