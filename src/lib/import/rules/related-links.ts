import { isHeadlineShaped } from "./headline.ts";
import { EMOJI_PREFIX, onlyPhrases, type LineRule } from "./line-rule.ts";

/** Labels of links to other articles, followed by a colon, bar or arrow and the linked headline. */
const LINK_LABEL = new RegExp(
  String.raw`${EMOJI_PREFIX}(?:Read\s+more|Read\s+also|Also\s+read|See\s+also|Related|Related\s+coverage|Related\s+stories|More\s+on\s+this(?:\s+story)?|Recommended|Don['’]t\s+miss|Must\s+read|Watch|Listen|Explainer|Live)\s*[:|›»>]`,
  "iu",
);

/** Section labels of related-link boxes, standing alone. */
const LINK_BOX_LABELS = [
  "related",
  "related articles",
  "related stories",
  "related coverage",
  "related content",
  "recommended",
  "recommended stories",
  "recommended reading",
  "more on this story",
  "more stories",
  "most read",
  "read more",
  "you may also like",
];
const isLinkBoxLabel = onlyPhrases(LINK_BOX_LABELS);

/**
 * True for a link: the label, then nothing or a linked headline. A headline
 * does not end like a sentence, so "Watch: the video showed cranes idle for
 * hours." is text that opens with a word, not a link.
 */
export function isRelatedLink(line: string): boolean {
  const label = LINK_LABEL.exec(line);
  if (label !== null) {
    const rest = line.slice(label[0].length).trim();
    return rest === "" || isHeadlineShaped(rest);
  }
  return isLinkBoxLabel(line);
}

/** "Read more: …", "Related: …" and the headers of related-link boxes. */
export const RELATED_LINK_RULES: readonly LineRule[] = [
  {
    name: "related-link",
    reason: "link to another article",
    description:
      'A link to another article: "Read more: …", "Related: …", "Watch: …", or a box header such as "Related stories".',
    examples: [
      "Read more: Ports reopen after strike",
      "RELATED: What the guarantees would mean",
      "Also read: Another story",
      "See also › Talks timeline",
      "Related stories",
      "WATCH: The envoy's interview",
    ],
    keeps: [
      "Read more about the plan in the annex, officials said.",
      "Related talks will follow in Geneva.",
      "Watch: the video showed cranes idle for hours.",
    ],
    matches: isRelatedLink,
  },
];
