import { EMOJI_PREFIX, wordsOf, type LineRule } from "./line-rule.ts";

/** Reason recorded for the outlet's own calls to follow or subscribe. */
export const PROMOTIONAL_REASON = "promotional line";

/** Social networks outlets ask readers to follow them on. */
export const NETWORKS = "YouTube|Twitter|X|Instagram|Facebook|Telegram|TikTok|LinkedIn|Threads|WhatsApp|Bluesky";

/** "Follow <outlet> on <network>". */
const FOLLOW = new RegExp(`${EMOJI_PREFIX}Follow\\s+.+?\\s+on\\s+(?:${NETWORKS})\\b`, "iu");

/** Calls to action that open a line: "Sign up", "Subscribe to", "Get our newsletter" … */
const CALL_TO_ACTION = new RegExp(
  `${EMOJI_PREFIX}(?:Subscribe|Sign\\s+up|Join|Download|Get|Enable|Turn\\s+on|Click\\s+here|Tap\\s+here|Want|Listen\\s+to\\s+our)\\b`,
  "iu",
);

/** What a newsletter or app prompt offers; a call to action must name one. */
const OFFER =
  /\b(?:newsletters?|inbox|app|notifications?|alerts?|channel|podcast|briefing|subscribe|subscription|sign\s+up|free\s+trial|here)\b/iu;

/** Longest prompt, in words. */
const MAX_PROMPT_WORDS = 30;

/** Newsletter, app and follow prompts: the outlet promoting itself. */
export const PROMOTION_RULES: readonly LineRule[] = [
  {
    name: "pointing-hand",
    reason: PROMOTIONAL_REASON,
    description: "Any line opened by 👉: outlets point at their own channels this way.",
    examples: ["👉 Follow Republic Policy on YouTube", "👉 Read the full story"],
    keeps: ["He pointed 👉 at the map."],
    matches: (line) => line.startsWith("👉"),
  },
  {
    name: "follow-prompt",
    reason: PROMOTIONAL_REASON,
    description: '"Follow <outlet> on <network>", perhaps after an emoji; names the outlet.',
    examples: ["Follow Harbour Daily on Telegram", "📲 Follow Harbour Daily on Instagram", "Follow us on X"],
    keeps: ["He said he would follow Putin on Telegram."],
    matches: (line) => FOLLOW.test(line),
  },
  {
    name: "newsletter-prompt",
    reason: PROMOTIONAL_REASON,
    description:
      'A call to subscribe, sign up, download or join that names what it offers: "Sign up for our morning briefing".',
    examples: [
      "Subscribe to our newsletter",
      "Sign up here for the Europe Daily briefing, free in your inbox every morning.",
      "📩 Get our newsletter",
      "Download the Harbour Daily app for breaking news alerts",
      "Join our WhatsApp channel",
    ],
    keeps: [
      "Readers can subscribe to the view that talks will fail.",
      "Get out, he told reporters.",
      "Join the talks, Zelenskyy urged Putin.",
    ],
    matches: (line) => CALL_TO_ACTION.test(line) && OFFER.test(line) && wordsOf(line).length <= MAX_PROMPT_WORDS,
  },
];

/** "Follow <name> on <network>"; "us"/"me" are not names. */
const FOLLOW_OUTLET = new RegExp(`\\bFollow\\s+(?!(?:us|me)\\s)(.+?)\\s+on\\s+(?:${NETWORKS})\\b`, "iu");

/**
 * Recognise the outlet from its own promotional lines: "👉 Follow Republic
 * Policy on YouTube" names "Republic Policy". The most frequent name wins
 * (the first on a tie), so one odd line cannot override the rest.
 *
 * @returns The outlet name, or undefined when no line names one.
 */
export function outletFromPromoLines(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const name = FOLLOW_OUTLET.exec(line)?.[1]?.trim();
    if (name !== undefined && name !== "") counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
