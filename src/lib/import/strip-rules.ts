import { ImportError } from "./import-error.ts";

/** One pattern for lines that are not part of the report and are removed. */
export interface StripRule {
  /** Tested against the trimmed line. */
  readonly pattern: RegExp;
  /** Recorded in the article's `removed` list. */
  readonly reason: string;
}

/** Reason recorded for every promotional line, default or custom. */
export const PROMOTIONAL_REASON = "promotional line";

/** Social networks outlets ask readers to follow them on. */
const NETWORKS = "YouTube|Twitter|X|Instagram|Facebook|Telegram|TikTok|LinkedIn|Threads|WhatsApp|Bluesky";

/** Emoji that outlets put in front of their calls to action ("👉", "📲 ", "🔔"). */
const EMOJI_PREFIX = String.raw`^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]\s*)*`;

/**
 * Lines that outlets splice into their copy to promote themselves. Each is
 * anchored at the start of the line so a sentence that merely mentions
 * YouTube or subscribing is never taken for an advert.
 */
export const DEFAULT_STRIP_RULES: readonly StripRule[] = [
  // "👉 Follow Republic Policy on YouTube", "👉 Read the full story"
  { pattern: /^👉/u, reason: PROMOTIONAL_REASON },
  {
    pattern: new RegExp(`${EMOJI_PREFIX}Follow\\s+.+?\\s+on\\s+(?:${NETWORKS})\\b`, "iu"),
    reason: PROMOTIONAL_REASON,
  },
  { pattern: new RegExp(`${EMOJI_PREFIX}Subscribe\\s+to\\b`, "iu"), reason: PROMOTIONAL_REASON },
  {
    pattern: new RegExp(`${EMOJI_PREFIX}(?:Read\\s+more|Also\\s+read|Read\\s+also)\\s*:`, "iu"),
    reason: PROMOTIONAL_REASON,
  },
];

/**
 * Compile `--strip` patterns (JavaScript regular expressions, tested against
 * the trimmed line with the `u` flag) into promotional strip rules.
 *
 * @throws ImportError (usage, exit 2) naming the first invalid pattern.
 */
export function compileStripPatterns(sources: readonly string[]): StripRule[] {
  return sources.map((source) => {
    if (source === "") throw new ImportError("--strip needs a non-empty regular expression", 2);
    try {
      return { pattern: new RegExp(source, "u"), reason: PROMOTIONAL_REASON };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ImportError(`invalid --strip pattern /${source}/: ${detail}`, 2);
    }
  });
}

/** The first rule whose pattern matches the trimmed `line`, if any. */
export function findStripRule(line: string, rules: readonly StripRule[]): StripRule | undefined {
  return rules.find((rule) => {
    // Rules may carry the `g` or `y` flag; reset so `test` always starts at 0.
    rule.pattern.lastIndex = 0;
    return rule.pattern.test(line);
  });
}

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
