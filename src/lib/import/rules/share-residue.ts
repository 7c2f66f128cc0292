import { onlyPhrases, type LineRule } from "./line-rule.ts";

/** Labels of share and save buttons, and the networks they name. */
const SHARE_PHRASES = [
  "share",
  "share this",
  "share this article",
  "share this story",
  "share on",
  "share via",
  "tweet",
  "email",
  "e-mail",
  "print",
  "copy link",
  "copy url",
  "link copied",
  "copied",
  "save",
  "save article",
  "saved",
  "bookmark",
  "gift this article",
  "comments",
  "facebook",
  "twitter",
  "x",
  "whatsapp",
  "linkedin",
  "reddit",
  "telegram",
  "messenger",
  "pinterest",
  "flipboard",
  "bluesky",
  "threads",
];
const isShareLabel = onlyPhrases(SHARE_PHRASES);

/** Labels of the audio player and reading-time badge. */
const PLAYER_PHRASES = ["listen to this article", "listen", "min read", "minute read", "minutes read"];
const isPlayerLabel = onlyPhrases(PLAYER_PHRASES);

/** What share and view counters count. */
const COUNTER_LABELS = ["shares", "views", "reads", "likes", "reactions", "comments", "share", "view"];
const isCounterLabel = onlyPhrases(COUNTER_LABELS);

/** A counter's figure: "498", "1.4k", "12K", "2,310", "1.2M". */
const COUNT = /(?<![\p{L}\p{N}])\d{1,3}(?:[.,]\d{1,3})*\s?[kKmM]?\+?(?![\p{L}\p{N}])/gu;

/** A figure that can only be a counter: abbreviated with k or M ("1.4k"), alone on its line. */
const ABBREVIATED_COUNT = /^\d{1,3}(?:[.,]\d)?\s?[kKmM]\+?$/u;

/** True for a bare figure ("498", "2,310"); alone it may be data, beside a counter label it is a counter. */
export function isBareCount(line: string): boolean {
  return line.replace(COUNT, "").trim() === "" && /\d/u.test(line);
}

/** True for a counter label alone: "SHARES", "Views". */
export function isCounterLabelLine(line: string): boolean {
  return isCounterLabel(line);
}

/**
 * True for a line that is a share or view counter by itself: a figure and
 * its label ("498 SHARES", "1.4k views"), or an abbreviated figure ("1.4k").
 */
export function isCounter(line: string): boolean {
  if (ABBREVIATED_COUNT.test(line)) return true;
  const figures = line.match(COUNT)?.length ?? 0;
  return figures > 0 && isCounterLabel(line.replace(COUNT, " "));
}

/** Button labels left behind when a page is copied. */
export const SHARE_RULES: readonly LineRule[] = [
  {
    name: "share-buttons",
    reason: "share-button residue",
    description: 'A line of nothing but share and save button labels: "Share", "Facebook Twitter Email", "Copy link".',
    examples: [
      "Share",
      "Share this article",
      "Facebook | Twitter | WhatsApp | Email",
      "Copy link",
      "Link copied",
      "Share on X",
    ],
    keeps: ["Share prices fell.", "The story", "Save the date"],
    matches: (line) => isShareLabel(line),
  },
  {
    name: "share-counter",
    reason: "share or view counter",
    description:
      'A counter of shares or views: "498 SHARES", "1.4k views", "1.4k" (a figure alone beside a label is paired by the parser).',
    examples: ["498 SHARES", "1.4k views", "1.4k", "2,310 Shares | 12K Views"],
    keeps: ["498 people shared the post.", "2025", "1.4 km"],
    matches: isCounter,
  },
  {
    name: "player-badge",
    reason: "audio player or reading time",
    description: 'The audio player\'s and reading-time badge\'s labels: "Listen to this article", "4 min read".',
    examples: ["Listen to this article", "4 min read", "Listen · 5 min read"],
    keeps: ["Listen to what they said, he urged."],
    matches: (line) => isPlayerLabel(line.replace(/\b\d+\b/gu, "")),
  },
];
