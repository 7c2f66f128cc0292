import { ImportError } from "./import-error.ts";
import { ADVERT_RULES } from "./rules/adverts.ts";
import { BYLINE_RULES } from "./rules/bylines.ts";
import { CAPTION_RULES } from "./rules/captions.ts";
import { CREDIT_RULES } from "./rules/credits.ts";
import type { LineRule } from "./rules/line-rule.ts";
import { PROMOTION_RULES } from "./rules/promotions.ts";
import { RELATED_LINK_RULES } from "./rules/related-links.ts";
import { SHARE_RULES } from "./rules/share-residue.ts";
import { TIMESTAMP_RULES } from "./rules/timestamps.ts";

export type { LineRule } from "./rules/line-rule.ts";

/**
 * Every kind of line copied news text carries besides the report, one
 * module per family (src/lib/import/rules/), tried in this order; the first
 * that claims a line gives its reason. Bylines come before credits and
 * captions so "By Jane Doe | Reuters" reads as a byline; share buttons
 * before credits so "Share | Tweet" is not taken for "Name | Agency".
 *
 * Headlines, datelines and subheadings depend on where a line stands, so
 * they are decided by the parser (headline.ts, datelines.ts, subheading.ts).
 */
export const LINE_RULES: readonly LineRule[] = [
  ...BYLINE_RULES,
  ...TIMESTAMP_RULES,
  ...SHARE_RULES,
  ...CAPTION_RULES,
  ...CREDIT_RULES,
  ...ADVERT_RULES,
  ...RELATED_LINK_RULES,
  ...PROMOTION_RULES,
];

/**
 * Compile `--strip` patterns (JavaScript regular expressions, tested against
 * the trimmed line with the `u` flag) into rules whose reason names the pattern.
 *
 * @throws ImportError (usage, exit 2) naming the first invalid pattern.
 */
export function compileStripPatterns(sources: readonly string[]): LineRule[] {
  return sources.map((source) => {
    if (source === "") throw new ImportError("--strip needs a non-empty regular expression", 2);
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, "u");
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ImportError(`invalid --strip pattern /${source}/: ${detail}`, 2);
    }
    return {
      name: "--strip",
      reason: `matched --strip /${source}/`,
      description: "A pattern given on the command line.",
      examples: [],
      keeps: [],
      matches: (line) => pattern.test(line),
    };
  });
}

/** The first rule that claims the trimmed `line`, if any. */
export function findLineRule(line: string, rules: readonly LineRule[]): LineRule | undefined {
  return rules.find((rule) => rule.matches(line));
}
