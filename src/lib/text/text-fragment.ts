/**
 * Text fragments (`#:~:text=prefix-,start,end,-suffix`): links that make the
 * browser scroll to and highlight a passage of a page we do not control.
 *
 * The builder checks its own output against the article text with a matcher
 * that is deliberately looser than browsers (case and accents folded, fewer
 * word-boundary checks): a fragment that matches once here matches once there.
 */
import type { TextRange } from "./ranges.ts";
import { createMatcher, type TextDirective } from "./text-fragment-match.ts";

export type { TextDirective } from "./text-fragment-match.ts";

/** Words at each edge of the quote tried as `start` and `end`. */
const MAX_EDGE_WORDS = 8;
/** Words of context tried as `prefix` and `suffix`, before falling back to the whole block side. */
const MAX_CONTEXT_WORDS = 10;

/** A passage of the article: a block index and offsets in that block's text. */
export interface TextTarget extends TextRange {
  readonly block: number;
}

/** Thrown when no directive can single out the passage (e.g. a repeated paragraph). */
export class TextFragmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TextFragmentError";
  }
}

/** Percent-encode one term: the URL-reserved characters plus `-`, which the syntax itself uses. */
export const encodeTerm = (term: string): string => encodeURIComponent(term).replace(/-/gu, "%2D");

/** The fragment directive for a directive, e.g. `:~:text=a%2Db,c`. */
export function encodeTextDirective(directive: TextDirective): string {
  const parts = [
    ...(directive.prefix === undefined ? [] : [`${encodeTerm(directive.prefix)}-`]),
    encodeTerm(directive.start),
    ...(directive.end === undefined ? [] : [encodeTerm(directive.end)]),
    ...(directive.suffix === undefined ? [] : [`-${encodeTerm(directive.suffix)}`]),
  ];
  return `:~:text=${parts.join(",")}`;
}

/** Link to the original with the directive, replacing any fragment the URL had. */
export const textFragmentUrl = (sourceUrl: string, directive: TextDirective): string =>
  `${sourceUrl.replace(/#.*$/su, "")}#${encodeTextDirective(directive)}`;

/** Offsets of each whitespace-separated word of `text`. */
const words = (text: string): TextRange[] =>
  [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** The first `max` items and the last: the nearest options plus the widest. */
const nearestAndAll = <T>(items: readonly T[], max: number): T[] => [
  ...new Set([...items.slice(0, max), ...items.slice(-1)]),
];

/**
 * The shortest directive (by encoded length) that selects exactly the target
 * passage and nothing else in the article's blocks.
 *
 * Tries the whole quote and every pair of its first and last words as
 * start/end, each alone or with a few words of prefix and suffix from the
 * same block. Throws TextFragmentError when none is unique.
 */
export function buildTextDirective(blocks: readonly string[], target: TextTarget): TextDirective {
  const block = blocks[target.block];
  if (block === undefined) throw new TextFragmentError(`no block ${target.block} in the article`);
  const raw = block.slice(target.start, target.end);
  const from = target.start + (raw.length - raw.trimStart().length);
  const to = target.end - (raw.length - raw.trimEnd().length);
  const quote = block.slice(from, to);
  const tokens = words(quote);
  if (tokens.length === 0) throw new TextFragmentError("the passage is empty");

  const edges: { start: string; end?: string }[] = [{ start: quote }];
  for (let a = 1; a <= Math.min(tokens.length - 1, MAX_EDGE_WORDS); a++) {
    for (let b = 1; b <= Math.min(tokens.length - a, MAX_EDGE_WORDS); b++) {
      const start = quote.slice(0, (tokens[a - 1] as { end: number }).end);
      const end = quote.slice((tokens[tokens.length - b] as { start: number }).start);
      edges.push({ start, end });
    }
  }
  const before = block.slice(0, from);
  const prefixes = nearestAndAll(
    words(before)
      .reverse()
      .map((w) => before.slice(w.start).trimEnd()),
    MAX_CONTEXT_WORDS,
  );
  const after = block.slice(to);
  const suffixes = nearestAndAll(
    words(after).map((w) => after.slice(0, w.end).trimStart()),
    MAX_CONTEXT_WORDS,
  );

  const candidates: TextDirective[] = [];
  for (const prefix of [undefined, ...prefixes]) {
    for (const suffix of [undefined, ...suffixes]) {
      for (const edge of edges) {
        candidates.push({
          ...(prefix === undefined ? {} : { prefix }),
          ...edge,
          ...(suffix === undefined ? {} : { suffix }),
        });
      }
    }
  }
  const length = new Map(candidates.map((c) => [c, encodeTextDirective(c).length]));
  candidates.sort((x, y) => (length.get(x) ?? 0) - (length.get(y) ?? 0));

  const matches = createMatcher(blocks.join("\n"));
  const offset = blocks.slice(0, target.block).reduce((sum, b) => sum + b.length + 1, 0);
  const wanted = `${offset + from}:${offset + to}`;
  const found = candidates.find((candidate) => {
    const ranges = matches(candidate);
    return ranges.length === 1 && ranges[0]?.join(":") === wanted;
  });
  if (found === undefined) {
    throw new TextFragmentError(
      `no text fragment singles out “${quote}”: the passage and the words around it occur more than once in the article`,
    );
  }
  return found;
}
