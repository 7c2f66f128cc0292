import type { LineRule } from "./line-rule.ts";

/** News agencies as datelines name them. */
const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|PTI|ANI|IANS|UNI|dpa|DPA|EFE|Xinhua|XINHUA|TASS|Bloomberg|Anadolu|Kyodo|Yonhap|ANSA|Ukrinform)`;

/** A place of one to three capitalised words: "New York", "NEW DELHI", "Port-Mere". */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,2}`;

/**
 * An agency dateline standing alone between paragraphs: "AP New York",
 * "Reuters London", "New York (AP)", "NEW DELHI, (PTI)". No verb, no stop:
 * the agency and a place, nothing else.
 */
const AGENCY_LINE = new RegExp(String.raw`^(?:${AGENCY}\s*[,·–—-]?\s*${PLACE}|${PLACE}\s*,?\s*\(${AGENCY}\))$`, "u");

/** Agency datelines alone on their line. */
export const AGENCY_LINE_RULES: readonly LineRule[] = [
  {
    name: "agency-dateline",
    reason: "agency dateline",
    description: 'An agency and a place alone on a line, where pages print the dateline apart: "AP New York".',
    examples: ["AP New York", "Reuters London", "New York (AP)", "NEW DELHI, (PTI)", "PTI New Delhi"],
    keeps: ["AP reporters in New York saw the ships.", "New York", "AP Style Guide changes."],
    matches: (line) => AGENCY_LINE.test(line),
  },
];
