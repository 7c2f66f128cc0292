import type { SiteArticle } from "./types.ts";

/**
 * The images the site left out, a line each, for the build log and
 * `npm run check:content`: nothing a report held is dropped unseen.
 */
export function formatDroppedImages(articles: Iterable<SiteArticle>): string[] {
  return [...articles].flatMap((article) =>
    (article.droppedImages ?? []).map(
      (image) => `${article.id}: image not shown, its description kept: "${image.alt}" (${image.url})`,
    ),
  );
}
