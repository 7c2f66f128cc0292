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
 * UPDATE_FIXTURES=1 rewrites the expected outputs (review the diff!).
 */
const ROOT = "tests/fixtures/plugins";

type Runner = (markdown: string, options: unknown) => string;

const runners: Record<string, Runner> = {
  // Through remark-rehype with raw HTML allowed through, to show the plugin (not sanitising) makes it text.
  "remark-raw-html-as-text": (markdown) =>
    String(
      unified().use(remarkParse).use(remarkRawHtmlAsText).use(remarkRehype).use(rehypeStringify).processSync(markdown),
    ),
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
        if (process.env.UPDATE_FIXTURES === "1" || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
        expect(actual).toBe(readFileSync(expectedFile, "utf8"));
      });
    }
  });
}
