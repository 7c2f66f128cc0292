import { onlyPhrases, type LineRule } from "./line-rule.ts";

/** What ad slots leave in copied text, alone or strung together ("ADVERTISEMENT - SCROLL TO CONTINUE"). */
const AD_PHRASES = [
  "advertisement",
  "ad",
  "sponsored",
  "sponsored content",
  "paid content",
  "story continues below advertisement",
  "story continues below this ad",
  "article continues below",
  "article continues below advertisement",
  "continue reading below",
  "scroll to continue",
  "scroll to continue reading",
  "scroll to continue with content",
  "skip advertisement",
  "skip ad",
  "supported by",
];
const isAdLabel = onlyPhrases(AD_PHRASES);

/** "Advertisement" and the other labels of ad slots. */
export const ADVERT_RULES: readonly LineRule[] = [
  {
    name: "advertisement",
    reason: "advertisement marker",
    description: 'The label an ad slot leaves behind: "Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE".',
    examples: ["Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE", "Story continues below advertisement", "Ad"],
    // "Advertising" alone may be a business report's subheading: it is not an ad label.
    keeps: ["Advertisement revenue fell by a third.", "Advertising"],
    matches: (line) => isAdLabel(line),
  },
];
