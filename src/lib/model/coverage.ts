import type { ArticleCoverage, SiteArticle, SiteClaim } from "./types.ts";

/** Which body sentences of an article no claim quotes (headings aside). */
export function measureCoverage(
  article: Pick<SiteArticle, "id" | "blocks">,
  claims: readonly SiteClaim[],
): ArticleCoverage {
  const quoted = new Set<string>();
  for (const claim of claims) {
    for (const account of claim.accounts) {
      if (account.articleId !== article.id) continue;
      for (const quote of account.quotes) for (const anchor of quote.anchors) quoted.add(anchor.slice(1));
    }
  }
  const sentences = article.blocks.flatMap((block) => block.sentences);
  const uncovered = sentences.filter((sentence) => !quoted.has(sentence.id)).map((sentence) => sentence.text);
  return { articleId: article.id, covered: sentences.length - uncovered.length, total: sentences.length, uncovered };
}

/** The coverage report as printed by the build and by `npm run check:content`: a line per article, then the gaps. */
export function formatCoverage(coverage: readonly ArticleCoverage[]): string[] {
  return coverage.flatMap((entry) => [
    `${entry.articleId}: ${entry.covered}/${entry.total} sentences covered by claims (${coverageShare(entry)})`,
    ...entry.uncovered.map((sentence) => `  uncovered: ${sentence}`),
  ]);
}

/** An article's covered share as the coverage report prints it: "87.5 %" (an article without sentences is covered). */
export function coverageShare(entry: Pick<ArticleCoverage, "covered" | "total">): string {
  return `${(entry.total === 0 ? 100 : (entry.covered / entry.total) * 100).toFixed(1)} %`;
}
