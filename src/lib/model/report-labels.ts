/** The outlet value the importer writes when a text names no publisher. */
export const UNNAMED_OUTLET = "Outlet not named";

/**
 * Letters and labels that tell a story's reports apart: "A", "B", … in the
 * story's order, and the outlet as label unless it is unnamed or shared by
 * two reports ("Report B (outlet not named)", "Report C (Daily Example)").
 */
export function reportLabels(
  reports: readonly { readonly id: string; readonly outlet: string }[],
): Map<string, { letter: string; label: string }> {
  const outletCount = new Map<string, number>();
  for (const report of reports) outletCount.set(report.outlet, (outletCount.get(report.outlet) ?? 0) + 1);
  return new Map(
    reports.map((report, index) => {
      const letter = reportLetter(index);
      const unique = report.outlet !== UNNAMED_OUTLET && outletCount.get(report.outlet) === 1;
      const label = unique
        ? report.outlet
        : `Report ${letter} (${report.outlet === UNNAMED_OUTLET ? "outlet not named" : report.outlet})`;
      return [report.id, { letter, label }];
    }),
  );
}

/** "A" … "Z", then "AA", "AB", …: a story rarely has more than six reports, but never runs out. */
export function reportLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${reportLetter(Math.floor(index / 26) - 1)}${letter}`;
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
