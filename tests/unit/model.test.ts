import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { toClaimsCsv } from "../../src/lib/export/claims-csv.ts";
import { toClaimsExport } from "../../src/lib/export/claims-json.ts";
import { toCsv } from "../../src/lib/export/csv.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { formatCoverage } from "../../src/lib/model/coverage.ts";
import { proveContentDir } from "../../src/lib/model/prove-site.ts";
import { byName, totalMentions } from "../../src/lib/model/queries.ts";
import { createMentionCounter } from "../../src/lib/people/mentions.ts";
import { BASIC_DIR } from "./helpers/basic-fixture.ts";

const site = buildSite(loadContent(BASIC_DIR));

describe("sentence ids", () => {
  const ids = (markdown: string): string[] =>
    parseArticle(markdown).blocks.flatMap((b) => [b.id, ...b.sentences.map((s) => s.id)]);
  const original = "First paragraph here. It has two sentences.\n\nThe talks lasted two hours. Critics were unhappy.\n";

  it("do not change when unrelated text is added, removed or edited elsewhere", () => {
    const before = ids(original);
    const edited = ids(
      `A new opening paragraph. With two sentences.\n\n${original.replace("First paragraph here.", "First paragraph, edited.")}`,
    );
    for (const id of before.filter((id) => !id.includes("first-paragraph"))) expect(edited).toContain(id);
  });

  it("of a sentence stay the same when text before it, in its own paragraph, is edited", () => {
    const sentenceId = (markdown: string, text: string): string | undefined =>
      parseArticle(markdown)
        .blocks.flatMap((block) => block.sentences)
        .find((sentence) => sentence.text === text)?.id;
    const target = "It has two sentences.";
    const edited = original
      .replace("First paragraph here.", "An inserted sentence. The first paragraph, now longer.")
      .replace("The talks lasted two hours.", "");
    expect(sentenceId(original, target)).toBe("s-it-has-two-sentences");
    // Positional ids (s-2) would now be s-3: the sentence moved, its words did not.
    expect(sentenceId(edited, target)).toBe("s-it-has-two-sentences");
    expect(sentenceId(edited, "Critics were unhappy.")).toBe(sentenceId(original, "Critics were unhappy."));
  });

  it("are unique within an article", () => {
    const all = ids("Same words again. Same words again.\n\nSame words again.\n");
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("mention counting", () => {
  const count = createMentionCounter([
    { id: "zelenskyy", names: ["Volodymyr Zelenskyy", "Zelenskyy", "Zelenskyj", "Zelensky"] },
    { id: "ukraine", names: ["Ukraine"] },
    { id: "von-der-leyen", names: ["Ursula von der Leyen", "von der Leyen", "Von der Leyen"] },
  ]);

  it("counts every spelling once, on word boundaries, with possessives", () => {
    const counts = count(
      "Volodymyr Zelenskyy met Zelenskyj’s aides. Zelensky’s Ukraine’s Ukrainian Ukraine. Zelenskyyy no.",
    );
    expect(counts.get("zelenskyy")).toBe(3);
    expect(counts.get("ukraine")).toBe(2);
  });

  it("never matches an empty name: an alias of combining marks alone once looped for ever", () => {
    const counter = createMentionCounter([{ id: "anna-berg", names: ["Berg", "\u0301"] }]);
    expect(counter("Berg met Dahl. Bérg again.")).toEqual(new Map([["anna-berg", 2]]));
  });

  it("ignores diacritics but not case", () => {
    const counts = count("Von der Leyen and Ursula von der Leyen; ZELENSKYY; Zelenskýj");
    expect(counts.get("von-der-leyen")).toBe(2);
    expect(counts.get("zelenskyy")).toBe(1);
  });
});

describe("the site model", () => {
  it("orders claims as the reports make them and derives only", () => {
    expect(site.stories[0]?.claimIds).toEqual(["leaders-met", "plan-agreed", "talks-two-hours", "critics-vague"]);
    expect(site.claims.get("critics-vague")?.status).toBe("only");
  });

  it("counts mentions per article and links people to claims that quote them", () => {
    const berg = site.people.get("anna-berg");
    expect(berg?.mentions).toEqual({ "first-report": 2, "second-report": 1 });
    expect(berg?.claimIds).toEqual(["leaders-met", "plan-agreed"]);
  });

  it("sums a person's mentions over the reports for the indexes, which list people and places by name", () => {
    expect(totalMentions(site.people.get("anna-berg") ?? { mentions: {} })).toBe(3);
    expect(totalMentions({ mentions: {} })).toBe(0);
    expect(byName([{ name: "Óscar" }, { name: "anna" }, { name: "Zoe" }, { name: "Berg" }]).map((e) => e.name)).toEqual(
      ["anna", "Berg", "Óscar", "Zoe"],
    );
  });

  it("measures coverage of body sentences", () => {
    expect(site.coverage.map((c) => [c.articleId, c.covered, c.total])).toEqual([
      ["first-report", 4, 4],
      ["second-report", 3, 3],
    ]);
  });

  it("reports uncovered sentences when a claim is missing", () => {
    const input = loadContent(BASIC_DIR);
    const partial = buildSite({ ...input, claims: input.claims.filter((claim) => claim.id !== "critics-vague") });
    expect(formatCoverage(partial.coverage)).toEqual([
      "first-report: 3/4 sentences covered by claims (75.0 %)",
      "  uncovered: Critics called the plan vague.",
      "second-report: 3/3 sentences covered by claims (100.0 %)",
    ]);
  });

  it("counts and quotes the sentences of list items and block quotes like those of paragraphs (issue 21)", () => {
    const input = loadContent(BASIC_DIR);
    const listed = {
      ...input,
      articles: input.articles.map((article) =>
        article.id === "second-report"
          ? { ...article, body: `${article.body ?? ""}\n- Berg thanked the hosts.\n\n> Dahl said little.\n` }
          : article,
      ),
    };
    expect(buildSite(listed).coverage.find((c) => c.articleId === "second-report")).toMatchObject({
      covered: 3,
      total: 5,
      uncovered: ["Berg thanked the hosts.", "Dahl said little."],
    });
    const quoting = buildSite({
      ...listed,
      claims: listed.claims.map((claim) =>
        claim.id === "critics-vague"
          ? {
              ...claim,
              data: {
                ...claim.data,
                status: "agree" as const,
                accounts: {
                  ...claim.data.accounts,
                  "second-report": {
                    quotes: ["Berg thanked the hosts.", "Dahl said little."],
                    summary: "Thanks and little else.",
                    direct: false,
                  },
                },
              },
            }
          : claim,
      ),
    });
    expect(quoting.claims.get("critics-vague")?.accounts[1]?.quotes.map((q) => q.anchors)).toEqual([
      ["#s-berg-thanked-the-hosts"],
      ["#s-dahl-said-little"],
    ]);
    expect(quoting.coverage.find((c) => c.articleId === "second-report")?.uncovered).toEqual([]);
  });

  it("marks quoted sentences in the rendered article and links them to claims", () => {
    const html = site.articles.get("second-report")?.html ?? "";
    expect(html).toContain('<a href="/claims/leaders-met/" class="claim-ref status-differ"');
    expect(html.match(/class="claim-ref/gu)).toHaveLength(3);
  });
});

describe("links to the original on the proven model", () => {
  it("are carried on each quote whose report has a sourceUrl, so pages read them instead of recomputing", () => {
    const site = proveContentDir("tests/fixtures/content/share");
    const accounts = site.claims.get("talks-two-hours")?.accounts ?? [];
    // The second report has no sourceUrl; the first repeats the quote's words, so the fragment carries context.
    expect(accounts.map((account) => [account.articleId, account.quotes.map((quote) => quote.original)])).toEqual([
      ["first-report", ["https://example.com/news/leaders-agree-on-a-plan#:~:text=aide.-,The,hours."]],
      ["second-report", [undefined]],
    ]);
  });
});

describe("reserved names in the model", () => {
  it("reads no inherited value for an article named like an object property", () => {
    const input = loadContent(BASIC_DIR);
    const renamed = buildSite({
      ...input,
      articles: input.articles.map((article) =>
        article.id === "second-report" ? { ...article, id: "constructor" } : article,
      ),
      claims: input.claims.map((claim) => {
        const accounts = Object.entries(claim.data.accounts).map(([id, account]) => [
          id === "second-report" ? "constructor" : id,
          account,
        ]);
        return { ...claim, data: { ...claim.data, accounts: Object.fromEntries(accounts) } };
      }),
    });
    // Carl Dahl is named in both reports; a plain {} would answer Object for a report that does not name him.
    expect(renamed.people.get("carl-dahl")?.mentions["constructor"]).toBe(1);
    expect(renamed.places.get("oslo")?.mentions["constructor"]).toBeUndefined();
  });
});

describe("claims.json", () => {
  const data = toClaimsExport(site);
  const schema = JSON.parse(readFileSync("public/claims.schema.json", "utf8")) as object;
  const validate = new Ajv2020({ allErrors: true }).compile(schema);

  it("validates against its JSON Schema", () => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("has no account key for a report that does not cover a claim", () => {
    const claim = data.claims.find((c) => c.id === "critics-vague");
    expect(Object.keys(claim?.accounts ?? {})).toEqual(["first-report"]);
    expect(claim?.accounts["first-report"]?.anchors).toEqual(["#s-critics-called-the-plan-vague"]);
  });

  it("the schema rejects a differ without note and an only with two accounts", () => {
    const broken = structuredClone(data);
    const differ = broken.claims.find((c) => c.status === "differ");
    delete differ?.note;
    expect(validate(broken)).toBe(false);
    const agree = structuredClone(data);
    const first = agree.claims.find((c) => c.status === "agree");
    if (first) first.status = "only";
    expect(validate(agree)).toBe(false);
  });
});

describe("claims.csv", () => {
  it("has one row per account, escapes quotes and defuses formulas", () => {
    const csv = toClaimsCsv(toClaimsExport(site));
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 7);
    expect(toCsv([["=1+1", 'say "hi", ok', "-x", 3]])).toBe(`'=1+1,"say ""hi"", ok",'-x,3\r\n`);
    // A semicolon-locale spreadsheet splits unquoted cells on ";": quoted, the formula stays inside the text.
    expect(toCsv([["a;=1+1", "b"]])).toBe(`"a;=1+1",b\r\n`);
  });
});
