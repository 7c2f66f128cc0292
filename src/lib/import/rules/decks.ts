import { SENTENCE_END } from "./line-rule.ts";

/** Reason recorded for a deck that repeats a paragraph of the body. */
export const DECK_REASON = "deck repeating a paragraph";

/**
 * Indices of decks: lines that repeat a later line of the body without its
 * final stop ("Ferries will sail again from Tuesday" above "Ferries will
 * sail again from Tuesday."). The paragraph stays; its echo goes.
 *
 * @param lines The lines no rule claimed, in order.
 */
export function deckIndices(lines: readonly string[]): Set<number> {
  const laterUnstopped = new Map<string, number>();
  lines.forEach((line, index) => {
    const end = SENTENCE_END.exec(line);
    if (end !== null && end.index > 0) laterUnstopped.set(line.slice(0, end.index).trimEnd(), index);
  });
  const decks = new Set<number>();
  lines.forEach((line, index) => {
    if (SENTENCE_END.test(line)) return;
    const paragraph = laterUnstopped.get(line);
    if (paragraph !== undefined && paragraph > index) decks.add(index);
  });
  return decks;
}
