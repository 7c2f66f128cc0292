import { splitSentences } from "../../text/sentences.ts";
import { EMOJI_PREFIX, wordsOf, type LineRule } from "./line-rule.ts";

/** Reason recorded for the outlet's own calls to follow or subscribe. */
export const PROMOTIONAL_REASON = "promotional line";

/** Social networks outlets ask readers to follow them on. */
export const NETWORKS = "YouTube|Twitter|X|Instagram|Facebook|Telegram|TikTok|LinkedIn|Threads|WhatsApp|Bluesky";

/** "Follow <outlet> on <network>". */
const FOLLOW = new RegExp(`${EMOJI_PREFIX}Follow\\s+.+?\\s+on\\s+(?:${NETWORKS})\\b`, "iu");

/** Verbs that open a call to action: "Sign up", "Subscribe to", "Get our newsletter" … */
const CALL_TO_ACTION = String.raw`(?:Subscribe|Sign\s+up|Join|Download|Get|Enable|Turn\s+on|Click|Tap|Listen)`;

/** What a newsletter or app prompt offers. */
const OFFER = String.raw`(?:newsletters?|inbox|app|notifications?|alerts?|channel|podcast|briefing|subscription|free\s+trial|here|now|today)`;

/**
 * One prompt sentence: the verb, at most a preposition, a determiner and a
 * few capitalised words (the outlet's or the product's name), then what is
 * offered. "Download the Harbour Daily app …" is one; "Download speeds at the
 * port office fell after the new app went live." is not (lower-case words stand
 * between the verb and the offer).
 */
const PROMPT_SENTENCE = new RegExp(
  String.raw`^${EMOJI_PREFIX}${CALL_TO_ACTION}(?:\s+(?:to|for|up|on|up\s+for|in\s+to))?(?:\s+(?:our|the|this|a|an|your|free))?(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.\-]*|free|daily|weekly|morning|evening|news|breaking\s+news)){0,5}\s+${OFFER}(?![\p{L}\p{N}])`,
  // No "i" flag: \p{Lu} must stay upper case. The verb's capital is the sentence's own.
  "u",
);

/** A short teaser question before a prompt: "Want the latest news?" */
const TEASER = /^(?:[\p{Extended_Pictographic}\u{FE0F}]\s*)*\p{Lu}[^.!?]{0,40}\?$/u;

/** Longest prompt, in words. */
const MAX_PROMPT_WORDS = 30;

/**
 * True for a line made only of prompt sentences (and perhaps a teaser
 * question): "Want more? Subscribe to our newsletter." A sentence that is
 * not a prompt ("Want to know why the app failed? Engineers blamed the
 * update.") keeps the whole line in the body.
 */
export function isPrompt(line: string): boolean {
  if (wordsOf(line).length > MAX_PROMPT_WORDS) return false;
  const sentences = splitSentences(line).map((sentence) => sentence.text);
  const prompts = sentences.filter((sentence) => PROMPT_SENTENCE.test(sentence));
  return prompts.length > 0 && sentences.every((sentence) => prompts.includes(sentence) || TEASER.test(sentence));
}

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
      "Want the latest? Subscribe to our newsletter.",
      "Click here to sign up",
    ],
    keeps: [
      "Readers can subscribe to the view that talks will fail.",
      "Get out, he told reporters.",
      "Join the talks, Zelenskyy urged Putin.",
      "Download speeds at the port office fell after the new app went live.",
      "Want to know why the app failed? Engineers blamed the update.",
      "Get the harbour open now, the mayor said.",
    ],
    matches: isPrompt,
  },
];

/** "Follow <name> on <network>"; "us"/"me" are not names. The name is group 1. */
export const FOLLOW_OUTLET = new RegExp(`\\bFollow\\s+(?!(?:us|me)\\s)(.+?)\\s+on\\s+(?:${NETWORKS})\\b`, "iu");

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
