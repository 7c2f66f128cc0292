import { ContentError } from "../content-error.ts";
import type { SiteArticle, SiteClaim, SiteQuote } from "../model/types.ts";
import { TextFragmentError, buildTextDirective, textFragmentUrl } from "../text/text-fragment.ts";

/**
 * For each quote of a claim whose report has a `sourceUrl`, a link to the
 * passage in the original: the source URL with a text fragment that the
 * article's own text proves unique.
 *
 * @throws ContentError naming the claim file and quote when no fragment can single the passage out
 */
export function originalQuoteLinks(
  claim: SiteClaim,
  articles: ReadonlyMap<string, SiteArticle>,
): Map<SiteQuote, string> {
  const links = new Map<SiteQuote, string>();
  for (const account of claim.accounts) {
    const article = articles.get(account.articleId);
    const sourceUrl = article?.meta.sourceUrl;
    if (article === undefined || sourceUrl === undefined) continue;
    const texts = article.blocks.map((block) => block.text);
    account.quotes.forEach((quote, index) => {
      const block = article.blocks.findIndex((b) => b.id === quote.blockId);
      try {
        links.set(
          quote,
          textFragmentUrl(sourceUrl, buildTextDirective(texts, { block, start: quote.start, end: quote.end })),
        );
      } catch (error) {
        if (!(error instanceof TextFragmentError)) throw error;
        throw new ContentError([
          {
            file: claim.file,
            field: `accounts.${account.articleId}.quotes[${index}]`,
            problem: `${error.message}, so no link to the original (${sourceUrl}) can point at it`,
            fix: "quote a longer passage, or one whose surrounding words differ from its repetitions",
          },
        ]);
      }
    });
  }
  return links;
}
