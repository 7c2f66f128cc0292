/** The outlet value the importer writes when a text names no publisher. */
export const UNNAMED_OUTLET = "Outlet not named";

/** Words of a report's own title that a label quotes: enough to tell two reports of one outlet apart. */
const TITLE_WORDS = 6;

/**
 * Labels that tell a story's reports apart, each made from its own report only, so that a report joining the
 * story never relabels another (letters in story order did: a report published earlier turned B into C): the
 * outlet, or, when the outlet is unnamed or shared by two reports, the report's own title ("“Island ferry back
 * in service” (outlet not named)", "Coast Radio, “Ferry sails again”"), which reads in a note's sentence too. Reports whose
 * outlet and title both coincide also show their article id.
 */
export function reportLabels(
  reports: readonly { readonly id: string; readonly outlet: string; readonly title: string }[],
): Map<string, string> {
  const count = <K>(keys: readonly K[]): Map<K, number> => {
    const counts = new Map<K, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const outlets = count(reports.map((report) => report.outlet));
  const titled = reports.map((report) => {
    if (report.outlet === UNNAMED_OUTLET) return `“${shortTitle(report.title)}” (outlet not named)`;
    return outlets.get(report.outlet) === 1 ? report.outlet : `${report.outlet}, “${shortTitle(report.title)}”`;
  });
  const labels = count(titled);
  return new Map(
    reports.map((report, i) => {
      const label = titled[i] as string;
      return [report.id, (labels.get(label) ?? 0) > 1 ? `${label} (${report.id})` : label];
    }),
  );
}

/** The first words of a title, "…" marking a cut. */
function shortTitle(title: string): string {
  const words = title.trim().split(/\s+/u);
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(" ")} …` : words.join(" ");
}

/** Per report, the claims of its story it does not make, in story order. */
export function leftOutClaims(
  articleIds: readonly string[],
  claims: readonly { readonly id: string; readonly accounts: readonly { readonly articleId: string }[] }[],
): Record<string, string[]> {
  return Object.fromEntries(
    articleIds.map((articleId) => [
      articleId,
      claims.filter((claim) => !claim.accounts.some((account) => account.articleId === articleId)).map((c) => c.id),
    ]),
  );
}
