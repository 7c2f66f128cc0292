/**
 * Where the raw text of each article is kept: `content/sources/<article-id>.txt`,
 * recorded in the article's front matter as `importedFrom`, relative to the
 * content folder so a clone (or another CONTENT_DIR) can re-check its own sources.
 */

/** The sources folder, inside the content folder. */
export const SOURCES_DIR = "sources";

/** `importedFrom` for an article id: "sources/<id>.txt". */
export function sourceFileFor(articleId: string): string {
  return `${SOURCES_DIR}/${articleId}.txt`;
}
