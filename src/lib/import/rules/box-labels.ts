import { onlyPhrases, type LineRule } from "./line-rule.ts";

/** Labels of the summary boxes pages put above or beside a report. */
const BOX_LABELS = [
  "key points",
  "key takeaways",
  "key facts",
  "takeaways",
  "highlights",
  "story highlights",
  "at a glance",
  "in brief",
  "in short",
  "quick read",
  "tl;dr",
  "what you need to know",
  "what we know",
  "the big picture",
];
const isBoxLabel = onlyPhrases(BOX_LABELS);

/** Name of the rule, so the parser can tell a text that opens with a summary box. */
export const BOX_LABEL_RULE_NAME = "summary-box-label";

/** Reason recorded for a summary box's label. */
export const BOX_LABEL_REASON = "label of a summary box";

/** Labels of summary boxes ("Key points"): never the headline, never a heading. */
export const BOX_LABEL_RULES: readonly LineRule[] = [
  {
    name: BOX_LABEL_RULE_NAME,
    reason: BOX_LABEL_REASON,
    description:
      'The label of a summary box: "Key points", "Key takeaways", "At a glance". The points themselves stay.',
    examples: ["Key points", "KEY TAKEAWAYS", "At a glance", "What you need to know"],
    keeps: ["Key points of the deal were leaked on Monday.", "What we know so far about the strike"],
    matches: isBoxLabel,
  },
];
