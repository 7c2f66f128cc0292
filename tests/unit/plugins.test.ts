import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseArticle, renderArticle } from "../../src/lib/article/render-article.ts";
import type { SentenceMark } from "../../src/plugins/rehype-claim-marks.ts";
import remarkRawHtmlAsText from "../../src/plugins/remark-raw-html-as-text.ts";

/**
 * Fixture-driven plugin tests, as in the unified repos: every folder
 * `tests/fixtures/plugins/<plugin>/<case>/` holds input.md, the expected
 * output.html and optional options.json. A new behaviour is a new folder.
 * UPDATE_FIXTURES=1 rewrites the expected outputs (review the diff!). A case
 * without output.html gets one written on a developer's machine, to review and
 * commit; in CI (CI set) it fails, since a test with no expectation proves nothing.
 */
const ROOT = "tests/fixtures/plugins";

/** CI sets `CI` (GitHub Actions, GitLab and .ci/run set it to "true"). */
const inCi = (env: NodeJS.ProcessEnv = process.env): boolean => (env.CI ?? "") !== "" && env.CI !== "false";

const missingExpectation = (file: string): string =>
  `${file} is missing: run the plugin tests outside CI to write it, review it, and commit it`;

type Runner = (markdown: string, options: unknown) => string;

const runners: Record<string, Runner> = {
  // Through remark-rehype with raw HTML allowed through, to show the plugin (not sanitising) makes it text.
  "remark-raw-html-as-text": (markdown) =>
    String(
      unified().use(remarkParse).use(remarkRawHtmlAsText).use(remarkRehype).use(rehypeStringify).processSync(markdown),
    ),
  // Through the article pipeline, then the list of what was dropped, so nothing dropped goes unseen.
  "remark-drop-images": (markdown) => {
    const article = parseArticle(markdown);
    return `${renderArticle(article, new Map())}\n<!-- dropped images: ${JSON.stringify(article.droppedImages)} -->`;
  },
  "rehype-sentence-ids": (markdown) => renderArticle(parseArticle(markdown), new Map()),
  "rehype-claim-marks": (markdown, options) => {
    const { marks } = options as { marks: Record<string, SentenceMark[]> };
    return renderArticle(parseArticle(markdown), new Map(Object.entries(marks)));
  },
};

for (const plugin of readdirSync(ROOT).sort()) {
  describe(plugin, () => {
    const run = runners[plugin];
    it("has a runner", () => expect(run).toBeTypeOf("function"));
    for (const name of readdirSync(join(ROOT, plugin)).sort()) {
      it(name, () => {
        const dir = join(ROOT, plugin, name);
        const optionsFile = join(dir, "options.json");
        const options: unknown = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
        const actual = (run as Runner)(readFileSync(join(dir, "input.md"), "utf8"), options).trim() + "\n";
        const expectedFile = join(dir, "output.html");
        if (process.env.UPDATE_FIXTURES === "1" || (!existsSync(expectedFile) && !inCi())) {
          writeFileSync(expectedFile, actual);
        }
        expect(existsSync(expectedFile), missingExpectation(expectedFile)).toBe(true);
        expect(actual).toBe(readFileSync(expectedFile, "utf8"));
      });
    }
  });
}
