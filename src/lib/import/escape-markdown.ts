/**
 * Backslash-escaping so a line of plain text renders as exactly that text.
 *
 * CommonMark lets any ASCII punctuation be escaped with a backslash, and an
 * escaped character is always literal. Escaping everything would make the
 * files unreadable, so only characters that can start markup are escaped,
 * everywhere or where they are significant (at the start of a block).
 */

/** Inline markup anywhere in a line: escapes, code, emphasis, links, HTML/autolinks, GFM strikethrough. */
const INLINE_SPECIAL = /[\\`*_[\]<~]/gu;

/**
 * `&` only matters where it starts a character reference ("&amp;", "&#38;",
 * "&#x26;"): there Markdown would decode it. "AT&T" stays readable.
 */
const ENTITY_START = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/gu;

/** Block starts: ATX heading, blockquote, bullet list or thematic break ("-", "+"), setext/table never apply to lone lines. */
const BLOCK_START = /^[#>+-]/u;

/** Ordered list marker: up to 9 digits then "." or ")" ("2025. It was…" would start a list). */
const ORDERED_LIST_START = /^(\d{1,9})([.)])/u;

/** Where the escaped text will stand. */
export type MarkdownContext = "paragraph" | "heading";

/**
 * Escape one line of plain text (already trimmed, no line breaks) so that,
 * placed alone as a paragraph or after "## ", Markdown parses it back to the
 * same text.
 *
 * In headings every `#` is escaped, because a trailing run of `#` would be
 * read as the heading's closing sequence and dropped.
 */
export function escapeMarkdownText(text: string, context: MarkdownContext): string {
  let escaped = text.replace(INLINE_SPECIAL, "\\$&").replace(ENTITY_START, "\\&");
  if (context === "heading") return escaped.replace(/#/gu, "\\#");
  escaped = escaped.replace(BLOCK_START, "\\$&");
  return escaped.replace(ORDERED_LIST_START, "$1\\$2");
}
