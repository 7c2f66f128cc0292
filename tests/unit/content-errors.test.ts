import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { basicWith, BASIC_DIR } from "./helpers/basic-fixture.ts";

/** Each error class of bad content stops the build with file, field and fix. */
describe("claims are proven against the text", () => {
  it("accepts the basic fixture", () => {
    expect(() => buildSite(loadContent(BASIC_DIR))).not.toThrow();
  });

  it("rejects a quote that is not in the article, showing the closest passage", () => {
    const input = basicWith("leaders-met", (claim) => {
      claim.accounts["first-report"]!.quotes = ["Anna Berg met Carl Dahl in Stockholm."];
      return claim;
    });
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/leaders-met.yaml → accounts.first-report.quotes[0]: quote not found in article "first-report": "Anna Berg met Carl Dahl in Stockholm."
        Closest passage: "Anna Berg met Carl Dahl in Oslo."
        Fix: copy the passage verbatim from the article (only quote marks and spaces may differ)]
    `);
  });

  it("shows as closest passage the sentence sharing most words, wherever it stands in the article", () => {
    // Neither expected passage is the article's first sentence, so a closest-passage score that ignored the words
    // (and kept the first sentence) fails here.
    for (const [quote, closest] of [
      ["The talks lasted three hours.", "The talks lasted two hours."],
      ["Critics called the plan rather vague.", "Critics called the plan vague."],
    ] as const) {
      const input = basicWith("talks-two-hours", (claim) => {
        claim.accounts["first-report"]!.quotes = [quote];
        return claim;
      });
      expect(() => buildSite(input), quote).toThrow(`Closest passage: "${closest}"`);
    }
  });

  it("weighs shared words against a sentence's length, so a long sentence sharing more words loses", () => {
    // The aide's sentence shares four words with the quote (agreed, plan, said, Berg) in nine; the long one shares
    // six in thirty: dividing by the square root of a sentence's length keeps the short one closest.
    const input = loadContent(BASIC_DIR);
    const first = input.articles.find((article) => article.id === "first-report")!;
    const long =
      "The plan was agreed, Berg said after talks in a cold hall that went on and on about many other matters that nobody there had expected to come up at all.";
    const changed = {
      ...input,
      articles: input.articles.map((article) =>
        article === first ? { ...article, body: `${article.body}\n${long}\n` } : article,
      ),
      claims: input.claims.map((entry) => {
        if (entry.id !== "plan-agreed") return entry;
        const data = structuredClone(entry.data);
        data.accounts["first-report"]!.quotes = ["The plan was agreed, said Berg."];
        return { ...entry, data };
      }),
    };
    expect(() => buildSite(changed)).toThrow(`Closest passage: "“We agreed on a plan,” said Berg’s aide."`);
  });

  it("rejects a quote found only in a heading: claims quote the report's sentences, not its headings", () => {
    const input = basicWith("critics-vague", (claim) => {
      claim.accounts["first-report"]!.quotes = ["Reactions"];
      return claim;
    });
    expect(() => buildSite(input)).toThrow(
      'critics-vague.yaml → accounts.first-report.quotes[0]: the quote is heading text ("Reactions"); a heading is no sentence of the report and cannot be quoted',
    );
  });

  it("accepts straight quotes and folded whitespace for curly quotes in the text", () => {
    const input = basicWith("plan-agreed", (claim) => {
      claim.accounts["first-report"]!.quotes = ['"We agreed   on a plan,"\nsaid Berg\'s aide.'];
      return claim;
    });
    const site = buildSite(input);
    expect(site.claims.get("plan-agreed")?.accounts[0]?.quotes[0]?.exact).toBe(
      "“We agreed on a plan,” said Berg’s aide.",
    );
  });

  it("rejects a quote that occurs twice", () => {
    const input = basicWith("talks-two-hours", (claim) => {
      claim.accounts["first-report"]!.quotes = ["plan"];
      return claim;
    });
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/talks-two-hours.yaml → accounts.first-report.quotes[0]: quote occurs 2 times in the article, so it cannot be linked: "plan"
        Fix: quote more of the sentence so it is unique]
    `);
  });

  it("rejects an account for an unknown article", () => {
    const input = basicWith("critics-vague", (claim) => {
      claim.accounts = { "third-report": claim.accounts["first-report"]! };
      return claim;
    });
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/critics-vague.yaml → accounts.third-report: unknown article "third-report"
        Fix: key each account by a file name from content/articles/]
    `);
  });

  it("rejects unknown people, speakers and places", () => {
    const input = basicWith("plan-agreed", (claim) => {
      claim.people = ["anna-berg", "erik-lund"];
      claim.places = ["tromso"];
      claim.accounts["first-report"]!.speaker = "the-aide";
      return claim;
    });
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 3 content problems:
      - tests/fixtures/content/basic/claims/plan-agreed.yaml → people[1]: unknown person "erik-lund"
        Fix: add content/people/erik-lund.yaml or use an existing person id
      - tests/fixtures/content/basic/claims/plan-agreed.yaml → places[0]: unknown place "tromso"
        Fix: add content/places/tromso.yaml or use an existing place id
      - tests/fixtures/content/basic/claims/plan-agreed.yaml → accounts.first-report.speaker: unknown person "the-aide"
        Fix: add content/people/the-aide.yaml or use an existing person id]
    `);
  });

  it("rejects two claims sharing an id (through redirectFrom)", () => {
    const input = basicWith("critics-vague", (claim) => ({ ...claim, redirectFrom: ["plan-agreed"] }));
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/critics-vague.yaml → redirectFrom[0]: claim id "plan-agreed" is already used by tests/fixtures/content/basic/claims/plan-agreed.yaml
        Fix: claim ids must be unique: remove the duplicate or pick another id]
    `);
  });

  it('rejects "only" with two accounts', () => {
    const input = basicWith("talks-two-hours", (claim) => ({ ...claim, status: "only" }));
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/talks-two-hours.yaml → status: status "only" but the claim has 2 accounts
        Fix: set \`status: agree\` or \`status: differ\`, or keep one account]
    `);
  });

  it('rejects "agree" or "differ" with one account', () => {
    const input = basicWith("critics-vague", (claim) => ({ ...claim, status: "agree" }));
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/critics-vague.yaml → status: status "agree" needs two or more accounts, but the claim has one
        Fix: remove \`status\` (a single account is "only") or add the other report's account]
    `);
  });

  it("rejects two accounts without a status", () => {
    const input = basicWith("talks-two-hours", (claim) => {
      delete claim.status;
      return claim;
    });
    expect(() => buildSite(input)).toThrow(/talks-two-hours\.yaml → status: the claim has 2 accounts but no status/u);
  });

  it('rejects "differ" without a note', () => {
    const input = basicWith("leaders-met", (claim) => {
      delete claim.note;
      return claim;
    });
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/claims/leaders-met.yaml → note: a claim on which the reports differ needs a note
        Fix: add \`note:\` with one line saying what differs]
    `);
  });

  it("rejects a claim of an unknown story", () => {
    const input = basicWith("critics-vague", (claim) => ({ ...claim, story: "other-summit" }));
    expect(() => buildSite(input)).toThrow(/critics-vague\.yaml → story: unknown story "other-summit"/u);
  });
});

/** A content folder written from a map of relative paths to file text. */
function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  for (const sub of ["stories", "articles", "claims", "people", "places"]) mkdirSync(join(dir, sub));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

describe("content files are validated as they are read", () => {
  it("rejects an article without front matter", () => {
    const dir = contentFolder({ "articles/no-front-matter.md": "Just text.\n" });
    expect(() => loadContent(dir)).toThrow(
      /no-front-matter\.md → \(front matter\): the file has no front matter\n {2}Fix: start the file with a `---` block/u,
    );
  });

  it("accepts a Markdown file that starts with a byte-order mark", () => {
    const dir = contentFolder({
      "articles/with-bom.md": "\uFEFF---\nstory: summit\noutlet: O\ntitle: T\npublished: 2025-08-16\n---\nText.\n",
    });
    expect(loadContent(dir).articles.map((article) => [article.id, article.body])).toEqual([["with-bom", "Text.\n"]]);
  });

  it("rejects a language that is no BCP 47 tag, naming it", () => {
    const dir = contentFolder({
      "articles/bad-language.md":
        "---\nstory: summit\noutlet: O\ntitle: T\npublished: 2025-08-16\nlanguage: en_US\n---\nText.\n",
    });
    expect(() => loadContent(dir)).toThrow(
      /bad-language\.md → language: "en_US" is not a BCP 47 language tag: write it like en, ar, he or zh-Hant/u,
    );
  });

  it("names every missing required field", () => {
    const dir = contentFolder({ "articles/half.md": "---\nstory: summit\ntitle: A title\n---\nText.\n" });
    expect(() => loadContent(dir)).toThrow(
      /half\.md → outlet: is required but missing\n {2}Fix: add `outlet:` to the front matter/u,
    );
    expect(() => loadContent(dir)).toThrow(/half\.md → published: /u);
  });

  it("names a missing or malformed accounts map like any other field", () => {
    const dir = contentFolder({
      "claims/no-accounts.yaml": "story: s\ntitle: t\ntopic: x\n",
      "claims/list-accounts.yaml": "story: s\ntitle: t\ntopic: x\naccounts: [first-report]\n",
    });
    expect(() => loadContent(dir)).toThrow(
      /no-accounts\.yaml → accounts: is required but missing\n {2}Fix: add `accounts:`/u,
    );
    expect(() => loadContent(dir)).toThrow(
      /list-accounts\.yaml → accounts: Invalid input: expected a map of ids, received array/u,
    );
  });

  it("rejects two files with the same id", () => {
    const claim = "story: s\ntitle: t\ntopic: x\naccounts: {}\n";
    const dir = contentFolder({ "claims/same.yaml": claim, "claims/same.yml": claim });
    expect(() => loadContent(dir)).toThrow(/same\.yml → \(file name\): id "same" is already used by .*same\.yaml/u);
  });

  it("rejects a file name that is not a URL-safe id", () => {
    const dir = contentFolder({ "people/Anna Berg.yaml": "name: Anna Berg\nrole: PM\n" });
    expect(() => loadContent(dir)).toThrow(/Anna Berg\.yaml → \(file name\): "Anna Berg" is not a valid id/u);
  });

  it("reports YAML syntax errors with the file", () => {
    const dir = contentFolder({ "places/oslo.yaml": "name: [Oslo\n" });
    expect(() => loadContent(dir)).toThrow(/oslo\.yaml → \(syntax\)/u);
  });

  it("reports every YAML syntax error, at the line of the file (front matter included)", () => {
    const dir = contentFolder({
      "places/oslo.yaml": "name: Oslo\nname: Kristiania\n",
      "articles/keys.md": "---\nstory: summit\nstory: other\n---\nText.\n",
    });
    expect(() => loadContent(dir)).toThrow(
      /keys\.md → \(syntax\): Map keys must be unique at line 3, column 1\n {2}Fix: correct the YAML syntax/u,
    );
    expect(() => loadContent(dir)).toThrow(/oslo\.yaml → \(syntax\): Map keys must be unique at line 2, column 1/u);
  });

  it("refuses a link in a collection folder by name, and passes over hidden files", () => {
    const dir = contentFolder({
      "places/oslo.yaml": "name: Oslo\n",
      "places/.gitkeep": "",
    });
    symlinkSync(join(dir, "places", "oslo.yaml"), join(dir, "places", "christiania.yaml"));
    expect(() => loadContent(dir)).toThrow(
      /christiania\.yaml → \(file name\): is not a regular file \(a link or a device\), so it is not read\n {2}Fix: replace it with a copy/u,
    );
    expect(() => loadContent(dir)).not.toThrow(/gitkeep/u);
  });
});
