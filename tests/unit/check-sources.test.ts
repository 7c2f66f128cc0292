import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSources } from "../../src/lib/content/check-sources.ts";
import type { Entry } from "../../src/lib/content/parse-entries.ts";
import { ContentError } from "../../src/lib/content-error.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { articleSchema, type ArticleMeta } from "../../src/schemas/article.ts";
import { spawnTimeout } from "./helpers/spawn-timeout.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CONTENT = path.join(REPO, "content");

const SOURCE =
  "Harbour tolls rise\nPort authorities raised tolls on Monday. Shipping lines complained.\nAdvertisement\nThe rise takes effect in May.\n";
const BODY = "Port authorities raised tolls on Monday. Shipping lines complained.\n\nThe rise takes effect in May.\n";

/** One imported article and its source, checked; `change` edits either before the check. */
function check(change: { source?: string; body?: string; removed?: ArticleMeta["removed"] } = {}): string[] {
  const data = articleSchema.parse({
    story: "s",
    outlet: "o",
    title: "Harbour tolls rise",
    published: "2025-08-17",
    importedFrom: "sources/tolls.txt",
    removed: change.removed ?? [
      { text: "Harbour tolls rise", reason: "headline, moved to title" },
      { text: "Advertisement", reason: "advertisement marker" },
    ],
  });
  const article: Entry<ArticleMeta> = {
    id: "tolls",
    file: "content/articles/tolls.md",
    data,
    body: change.body ?? BODY,
  };
  const source = change.source ?? SOURCE;
  const result = checkSources(
    [article],
    (file) => (file === "sources/tolls.txt" && source !== "" ? new TextEncoder().encode(source) : undefined),
    (file) => `content/${file}`,
  );
  return result.problems.length === 0 ? [] : new ContentError(result.problems).message.split("\n");
}

describe("articles re-proved against their kept sources", () => {
  it("passes a faithful article, skipping removed lines", () => {
    expect(check()).toEqual([]);
  });

  it("proves every committed article against content/sources/", () => {
    const input = loadContent(CONTENT);
    const result = checkSources(
      input.articles,
      (file) => readFileSync(path.join(CONTENT, file)),
      (file) => `content/${file}`,
    );
    expect(result.problems).toEqual([]);
    expect(result.articles).toBe(input.articles.length);
    expect(result.sentences).toBe(40);
  });

  it("names the sentence a source gained after import", () => {
    expect(check({ source: `${SOURCE}Fees for small boats stay the same.\n` })).toMatchInlineSnapshot(`
      [
        "1 content problem:",
        "- content/articles/tolls.md → importedFrom: a sentence of content/sources/tolls.txt is missing from the article: "Fees for small boats stay the same."",
        "  Fix: restore the sentence in the article, list its line under \`removed\` with a reason, or, if content/sources/tolls.txt is right, re-import it (npm run import -- content/sources/tolls.txt … --force)",
      ]
    `);
  });

  it("names a sentence an editor dropped from the Markdown, and one added to it", () => {
    const body = "Port authorities raised tolls on Monday.\n\nThe rise takes effect in May. Critics were furious.\n";
    expect(check({ body })).toMatchInlineSnapshot(`
      [
        "2 content problems:",
        "- content/articles/tolls.md → importedFrom: a sentence of content/sources/tolls.txt is missing from the article: "Shipping lines complained."",
        "  Fix: restore the sentence in the article, list its line under \`removed\` with a reason, or, if content/sources/tolls.txt is right, re-import it (npm run import -- content/sources/tolls.txt … --force)",
        "- content/articles/tolls.md → importedFrom: a sentence is not in content/sources/tolls.txt: "Critics were furious."",
        "  Fix: remove or correct it, or, if content/sources/tolls.txt is right, re-import it (npm run import -- content/sources/tolls.txt … --force)",
      ]
    `);
  });

  it("counts a line as removed only if `removed` lists it", () => {
    expect(check({ removed: [{ text: "Harbour tolls rise", reason: "headline, moved to title" }] })[1]).toContain(
      'missing from the article: "Advertisement"',
    );
  });

  it("names the fix for a missing source and for markup, listing every kind of node", () => {
    expect(check({ source: "" }).slice(1)).toEqual([
      "- content/articles/tolls.md → importedFrom: content/sources/tolls.txt does not exist",
      "  Fix: restore the source from version control, or re-import the report",
    ]);
    const markup = check({ body: `${BODY}\n***\n\n<!-- note -->\n` });
    expect(markup.slice(1)).toEqual([
      "- content/articles/tolls.md → importedFrom: the body renders as thematicBreak, html, which plain report text never does",
      "  Fix: keep the body to paragraphs and ## headings, escaping Markdown characters as the importer does",
    ]);
  });

  it("re-proves only imported articles and counts the sentences found, not those missing", () => {
    const data = (importedFrom?: string) =>
      articleSchema.parse({
        story: "s",
        outlet: "o",
        title: "Harbour tolls rise",
        published: "2025-08-17",
        ...(importedFrom === undefined ? {} : { importedFrom }),
        removed: [
          { text: "Harbour tolls rise", reason: "headline, moved to title" },
          { text: "Advertisement", reason: "advertisement marker" },
        ],
      });
    const read: string[] = [];
    const result = checkSources(
      [
        { id: "written", file: "content/articles/written.md", data: data(), body: "Written by hand.\n" },
        {
          id: "tolls",
          file: "content/articles/tolls.md",
          data: data("sources/tolls.txt"),
          body: "Port authorities raised tolls on Monday.\n\nThe rise takes effect in May.\n",
        },
      ],
      (file) => {
        read.push(file);
        return new TextEncoder().encode(SOURCE);
      },
      (file) => `content/${file}`,
    );
    expect(read).toEqual(["sources/tolls.txt"]);
    expect(result.articles).toBe(1);
    // Three sentences expected, one missing ("Shipping lines complained."): two found.
    expect(result.sentences).toBe(2);
    expect(result.problems).toHaveLength(1);
  });

  it("reports a missing source and Markdown that is not plain text", () => {
    expect(check({ source: "" })[1]).toBe(
      "- content/articles/tolls.md → importedFrom: content/sources/tolls.txt does not exist",
    );
    expect(check({ body: `- ${BODY}` }).join("\n")).toContain("the body renders as list");
  });

  it(
    "fails `npm run check:content` on a source edited after import, naming the lost sentence",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "sources-"));
      try {
        cpSync(CONTENT, dir, { recursive: true });
        const source = path.join(dir, "sources", "republic-policy-putin-agrees-nato-like-guarantees.txt");
        appendFileSync(source, "\nThe envoy later denied it.");
        const run = spawnSync(path.join(REPO, "node_modules", ".bin", "tsx"), ["scripts/check-content.ts", dir], {
          cwd: REPO,
          encoding: "utf8",
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(
          "republic-policy-putin-agrees-nato-like-guarantees.md → importedFrom: a sentence of ",
        );
        expect(run.stderr).toContain('is missing from the article: "The envoy later denied it."');
        writeFileSync(source, ""); // an empty source is refused too, naming the file
        const empty = spawnSync(path.join(REPO, "node_modules", ".bin", "tsx"), ["scripts/check-content.ts", dir], {
          cwd: REPO,
          encoding: "utf8",
        });
        expect(empty.stderr).toMatch(
          /republic-policy-putin-agrees-nato-like-guarantees\.txt is empty: nothing to import/u,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    spawnTimeout(2),
  );
});
