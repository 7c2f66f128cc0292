import { ImportError } from "./import-error.ts";
import { ADVERT_RULES } from "./rules/adverts.ts";
import { AGENCY_LINE_RULES } from "./rules/agency-lines.ts";
import { BOX_LABEL_RULES } from "./rules/box-labels.ts";
import { BYLINE_RULES } from "./rules/bylines.ts";
import { CAPTION_RULES } from "./rules/captions.ts";
import { CREDIT_RULES } from "./rules/credits.ts";
import { LANGUAGE_LINK_RULES } from "./rules/language-links.ts";
import type { LineRule } from "./rules/line-rule.ts";
import { NOTICE_RULES } from "./rules/notices.ts";
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
 * Every rule decides on the line's shape (its length, punctuation and the
 * words it consists of as a whole), never on its first word alone. Headlines,
 * datelines, subheadings, lead captions, paired counters, site names and
 * decks depend on where a line stands or what else the page says, so the
 * parser decides them (headline.ts, datelines.ts, subheading.ts,
 * neighbours.ts, site-names.ts, decks.ts); widgets glued onto one line are
 * split first (glued-widgets.ts).
 */
export const LINE_RULES: readonly LineRule[] = [
  ...BYLINE_RULES,
  ...TIMESTAMP_RULES,
  ...SHARE_RULES,
  // Before captions, so "Español | Français" is not taken for "Name | Agency".
  ...LANGUAGE_LINK_RULES,
  ...CAPTION_RULES,
  ...CREDIT_RULES,
  ...ADVERT_RULES,
  ...RELATED_LINK_RULES,
  ...PROMOTION_RULES,
  ...NOTICE_RULES,
  ...AGENCY_LINE_RULES,
  ...BOX_LABEL_RULES,
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
