import { SITE_NAME, absoluteUrl, paths } from "../../config.ts";
import type { SiteArticle, SiteClaim } from "../model/types.ts";
import { STATUS_TEXT } from "../status.ts";

/**
 * The claims' quotes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * annotation tools and archives can anchor each quote in our copy of the report
 * by its words (TextQuoteSelector) or by its sentence id (FragmentSelector).
 */

/** Where the collection is published (not in `paths` of config.ts yet). */
export const ANNOTATIONS_PATH = paths.annotations();

/** Characters of context on each side of a quote, as the TextQuoteSelector's prefix and suffix. */
export const CONTEXT_CHARS = 32;

/** Finds the quote by its words and the words around it. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** Finds the quote's first sentence by its element id (the `#s-…` anchor). */
export interface FragmentSelector {
  type: "FragmentSelector";
  conformsTo: "http://tools.ietf.org/rfc/rfc3986";
  value: string;
}

/** What the annotation says about the quote: the claim, its status, a link to it. */
export type AnnotationBody =
  | { type: "TextualBody"; purpose: "describing" | "classifying"; value: string; format: "text/plain"; language: "en" }
  | { type: "SpecificResource"; purpose: "linking"; source: string };

/** One quote of one claim, anchored in our copy of the report. */
export interface Annotation {
  id: string;
  type: "Annotation";
  motivation: "describing";
  body: AnnotationBody[];
  /** Selectors are alternatives: either one finds the quote. */
  target: { source: string; selector: [TextQuoteSelector, FragmentSelector] };
}

/** The whole export, with every annotation on its one embedded page. */
export interface AnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: Annotation[] };
}

/** Slice `text` without cutting a surrogate pair in two. */
export function safeSlice(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  const isLow = (at: number): boolean => /[\uDC00-\uDFFF]/u.test(text[at] ?? "");
  return text.slice(start > 0 && isLow(start) ? start + 1 : start, end < text.length && isLow(end) ? end - 1 : end);
}

/**
 * One annotation per quote of every claim, in claim order.
 *
 * @param claims claims in the order the site lists them
 * @param articles the site's articles, for the quotes' block text
 */
export function buildAnnotations(
  claims: Iterable<SiteClaim>,
  articles: ReadonlyMap<string, SiteArticle>,
): AnnotationCollection {
  const items: Annotation[] = [];
  for (const claim of claims) {
    const claimUrl = absoluteUrl(claim.url);
    for (const account of claim.accounts) {
      const article = articles.get(account.articleId);
      if (article === undefined) continue;
      account.quotes.forEach((quote, index) => {
        const block = article.blocks.find((b) => b.id === quote.blockId)?.text ?? "";
        items.push({
          id: `${claimUrl}#quote-${account.articleId}-${index + 1}`,
          type: "Annotation",
          motivation: "describing",
          body: [
            { type: "TextualBody", purpose: "describing", value: claim.title, format: "text/plain", language: "en" },
            {
              type: "TextualBody",
              purpose: "classifying",
              value: STATUS_TEXT[claim.status].label,
              format: "text/plain",
              language: "en",
            },
            { type: "SpecificResource", purpose: "linking", source: claimUrl },
          ],
          target: {
            source: absoluteUrl(article.url),
            selector: [
              {
                type: "TextQuoteSelector",
                exact: quote.exact,
                prefix: safeSlice(block, quote.start - CONTEXT_CHARS, quote.start),
                suffix: safeSlice(block, quote.end, quote.end + CONTEXT_CHARS),
              },
              {
                type: "FragmentSelector",
                conformsTo: "http://tools.ietf.org/rfc/rfc3986",
                value: (quote.anchors[0] ?? "").replace(/^#/u, ""),
              },
            ],
          },
        });
      });
    }
  }
  const id = absoluteUrl(ANNOTATIONS_PATH);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label: `${SITE_NAME}: quotes of every claim in the reports`,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
