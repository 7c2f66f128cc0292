import type { NamedEntity } from "../people/mentions.ts";
import type { TextRange } from "../text/ranges.ts";

/** What a detail is: a person or place of content/, a date or time, a number, or another proper name. */
export type DetailKind = "person" | "place" | "date" | "number" | "name";

/** Every kind, in the order the site lists them. */
export const DETAIL_KINDS: readonly DetailKind[] = ["person", "place", "date", "number", "name"];

/** One specific thing a text names: who, where, when, how many, or which organisation. */
export interface Detail {
  readonly kind: DetailKind;
  /** Comparison key: person/place id; a normalised date ("friday", "08-15", "2025-08-15"); a canonical number ("5", "340", "1.5"); a folded lowercase name ("truth social"). */
  readonly key: string;
  /** The text's own words for it, e.g. "Article Five", "Friday", "Italy's Giorgia Meloni" → "Giorgia Meloni". */
  readonly text: string;
  /** UTF-16 offsets into the given text, for marking. */
  readonly start: number;
  readonly end: number;
}

/** A place of content/: its names, and the adjectives that stand for it in another name (see placeSchema). */
export interface KnownPlace extends NamedEntity {
  readonly adjectives?: readonly string[];
}

/** The people and places of content/, under every name the reports use. */
export interface KnownEntities {
  readonly people: readonly NamedEntity[];
  readonly places: readonly KnownPlace[];
}

/** True when two spans share at least one character. */
export const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

/** True when the span overlaps any of the taken ones. */
export const overlapsAny = (span: TextRange, taken: readonly TextRange[]): boolean =>
  taken.some((t) => overlaps(span, t));

/**
 * Of candidates that may overlap, keep the earliest, then the longest, and
 * drop every later one that overlaps a kept one or a taken span.
 */
export function claimSpans<T extends TextRange>(candidates: readonly T[], taken: readonly TextRange[] = []): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const candidate of sorted) {
    if (overlapsAny(candidate, taken)) continue;
    const last = kept.at(-1);
    if (last !== undefined && overlaps(last, candidate)) continue;
    kept.push(candidate);
  }
  return kept;
}
