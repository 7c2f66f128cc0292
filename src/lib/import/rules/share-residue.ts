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
    name: "player-badge",
    reason: "audio player or reading time",
    description: 'The audio player\'s and reading-time badge\'s labels: "Listen to this article", "4 min read".',
    examples: ["Listen to this article", "4 min read", "Listen · 5 min read"],
    keeps: ["Listen to what they said, he urged."],
    matches: (line) => isPlayerLabel(line.replace(/\b\d+\b/gu, "")),
  },
];
