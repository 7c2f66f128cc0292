import { splitSentences } from "../../text/sentences.ts";
import { wordsOf, type LineRule } from "./line-rule.ts";

/**
 * The sentences of a "developing story" notice, each matched whole: the
 * notice is the sentence, so a sentence that goes on to say something
 * ("This is a developing story for the harbour's 300 workers.") is text.
 */
const NOTICE_SENTENCES: readonly RegExp[] = [
  /^(?:This is an?|This) (?:developing|breaking)(?: news)? story[.!…]*$/iu,
  /^(?:This|The) (?:story|article|report|post) (?:is developing(?: and (?:will be|is being) updated)?|is being updated|will be updated|has been updated)(?: (?:as|when) (?:more )?(?:information|details|news) (?:becomes?|is|are) available)?(?: with (?:more|further) (?:details|information))?[.!…]*$/iu,
  /^(?:Please )?(?:check|come) back (?:later |soon )?for (?:updates|more|more details|the latest)[.!…]*$/iu,
  /^(?:More|Further) (?:details|updates|information) (?:to follow|soon|shortly)[.!…]*$/iu,
  /^(?:Refresh|Reload) (?:the page |this page )?for (?:updates|the latest)[.!…]*$/iu,
  /^(?:This is a )?(?:developing|breaking) news[.!…]*$/iu,
];

/** Longest notice, in words. */
const MAX_NOTICE_WORDS = 30;

/** True for a line of only "developing story" notices: "This is a developing story. Check back for updates." */
export function isDevelopingNotice(line: string): boolean {
  if (wordsOf(line).length > MAX_NOTICE_WORDS) return false;
  const sentences = splitSentences(line);
  return (
    sentences.length > 0 && sentences.every((sentence) => NOTICE_SENTENCES.some((notice) => notice.test(sentence.text)))
  );
}

/** Notices that the story is still being written. */
export const NOTICE_RULES: readonly LineRule[] = [
  {
    name: "developing-story",
    reason: "notice that the story is developing",
    description:
      'A notice that the report is still being written: "This is a developing story. Check back for updates."',
    examples: [
      "This is a developing story.",
      "This is a developing story. Check back for updates.",
      "This story is developing and will be updated.",
      "This story will be updated as more information becomes available.",
      "More details to follow.",
      "BREAKING NEWS",
    ],
    keeps: [
      "This is a developing story for the harbour's 300 workers, the union said.",
      "The story will be updated in the next edition, the editor promised readers.",
      "More details emerged on Tuesday.",
    ],
    matches: isDevelopingNotice,
  },
];
