/**
 * Notes name reports by reference, `[[article-id]]`, which the build shows as
 * the report's label (its outlet): a note that says "Republic Policy" by
 * reference stays true however many reports join the story, where "the other
 * report" or "Report B" would not.
 */
const REFERENCE = /\[\[([^\]]*)\]\]/gu;

/** How a note names a report: `[[article-id]]`. */
export const reportReference = (articleId: string): string => `[[${articleId}]]`;

/** A note with its references replaced by labels, and the references that name no report of the story. */
export interface ResolvedNote {
  readonly text: string;
  /** Each reference as written ("[[no-such-report]]"), in order. */
  readonly unknown: readonly string[];
}

/**
 * Replace each `[[article-id]]` of a note by the label of that report of the story.
 *
 * @param labels article id → label, for the reports of the claim's story only
 */
export function resolveReportReferences(note: string, labels: ReadonlyMap<string, string>): ResolvedNote {
  const unknown: string[] = [];
  const text = note.replace(REFERENCE, (reference: string, id: string) => {
    const label = labels.get(id.trim());
    if (label === undefined) unknown.push(reference);
    return label ?? reference;
  });
  return { text, unknown };
}

/**
 * Words that single out one of two reports, or count them, and stop being true
 * when a third joins: "the other report", "both reports", "the two reports",
 * "either report", "neither report", and report letters ("Report B").
 */
const TWO_REPORT_WORDS = [
  /\bthe other report\b(?!s)/iu,
  /\bboth reports\b/iu,
  /\bthe two reports\b/iu,
  /\b(?:either|neither) report\b/iu,
  /\b[Rr]eports? [A-Z](?![\p{L}\p{N}])/u,
];

/** The first words of a note that only hold while the story has two reports, if any. */
export function twoReportWording(note: string): string | undefined {
  for (const pattern of TWO_REPORT_WORDS) {
    const match = pattern.exec(note);
    if (match !== null) return match[0];
  }
  return undefined;
}
