import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { claimPairs, scorePairSets, statusAgreement } from "../../src/lib/compare/yardstick/evaluate.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import { proposeStatus, listWords } from "../../src/lib/compare/align/propose-status.ts";
import { suggestClaims, type ReportInput, type Suggestion } from "../../src/lib/compare/align/suggest.ts";
import { tokenize } from "../../src/lib/compare/align/nlp.ts";
import { splitClauses } from "../../src/lib/compare/align/units.ts";
import { concepts } from "../../src/lib/compare/align/wordnet.ts";
import type { UnitDetail } from "../../src/lib/compare/align/features.ts";
import { loadAlignmentSet } from "../../scripts/lib/bench/alignment-set.ts";

const findDetails = siteDetailFinder();

/** A report from paragraphs of our own writing, parsed by the build's pipeline. */
const report = (id: string, label: string, ...paragraphs: string[]): ReportInput => ({
  id,
  label,
  blocks: parseArticle(paragraphs.join("\n\n")).blocks,
});

/** The suggestion whose accounts quote all the given texts. */
function holding(suggestions: readonly Suggestion[], ...texts: string[]): Suggestion | undefined {
  return suggestions.find((s) => texts.every((text) => [...s.accounts.values()].some((a) => a.quotes.includes(text))));
}

describe("clauses", () => {
  it("cuts a sentence where a participle opens a second statement, keeping the text verbatim", () => {
    const text = "Meanwhile, the mayor met the minister in Oslo, calling the new harbour plan a historic decision.";
    const clauses = splitClauses(text, tokenize(text));
    expect(clauses.map((c) => c.text)).toEqual([
      "Meanwhile, the mayor met the minister in Oslo",
      "calling the new harbour plan a historic decision.",
    ]);
    for (const clause of clauses) expect(text.slice(clause.start, clause.start + clause.text.length)).toBe(clause.text);
  });

  it("keeps attribution and short asides with their statement", () => {
    for (const text of [
      "The council has approved the harbour plan, according to the mayor of the town.",
      "The plan, officials said, will cost more than expected this year.",
    ]) {
      expect(splitClauses(text, tokenize(text))).toHaveLength(1);
    }
  });
});

describe("WordNet concepts", () => {
  it("meets paraphrases through shared senses and direct hypernyms", () => {
    const shared = (a: string, b: string, wordClass: "n" | "v") =>
      concepts(a, wordClass).some((c) => concepts(b, wordClass).includes(c));
    expect(shared("blaze", "fire", "n")).toBe(true);
    expect(shared("ship", "vessel", "n")).toBe(true);
    expect(shared("ship", "budget", "n")).toBe(false);
    expect(concepts("Zelenskyy", "n")).toEqual([]);
  });
});

describe("status proposal", () => {
  const detail = (kind: UnitDetail["kind"], key: string, text = key): UnitDetail => ({
    kind,
    key,
    text,
    start: 0,
    end: 0,
  });
  const label = (id: string) => ({ a: "Coast Gazette", b: "North Wire" })[id] ?? id;

  it("agrees when the accounts name the same details", () => {
    const same = { details: [detail("place", "oslo", "Oslo")], negated: false };
    expect(
      proposeStatus(
        new Map([
          ["a", same],
          ["b", same],
        ]),
        label,
      ),
    ).toEqual({ status: "agree" });
  });

  it("names two values of one fact as a difference, and what only one report names", () => {
    const proposed = proposeStatus(
      new Map([
        [
          "a",
          { details: [detail("place", "brussels", "Brussels"), detail("person", "meloni", "Meloni")], negated: false },
        ],
        ["b", { details: [detail("place", "washington", "Washington")], negated: false }],
      ]),
      label,
    );
    expect(proposed).toEqual({ status: "differ", note: "Brussels vs. Washington; only Coast Gazette names Meloni" });
  });

  it("reads a person only one report names as a difference, with nothing else differing", () => {
    // Isolates the person rule: no exclusive detail, no denial, and the other account names nobody.
    const proposed = proposeStatus(
      new Map([
        ["a", { details: [detail("person", "meloni", "Meloni"), detail("place", "oslo", "Oslo")], negated: false }],
        ["b", { details: [detail("place", "oslo", "Oslo")], negated: false }],
      ]),
      label,
    );
    expect(proposed).toEqual({ status: "differ", note: "Only Coast Gazette names Meloni" });
  });

  it("reads people each report alone names as a difference of both, listed per report", () => {
    const proposed = proposeStatus(
      new Map([
        [
          "a",
          { details: [detail("person", "meloni", "Meloni"), detail("person", "macron", "Macron")], negated: false },
        ],
        [
          "b",
          { details: [detail("person", "starmer", "Starmer"), detail("person", "macron", "Macron")], negated: false },
        ],
      ]),
      label,
    );
    expect(proposed).toEqual({
      status: "differ",
      note: "Only Coast Gazette names Meloni; only North Wire names Starmer",
    });
  });

  it("agrees, listing them, when only one report names a place or a day", () => {
    const proposed = proposeStatus(
      new Map([
        ["a", { details: [detail("place", "alaska", "Alaska"), detail("date", "friday", "Friday")], negated: false }],
        ["b", { details: [], negated: false }],
      ]),
      label,
    );
    expect(proposed).toEqual({ status: "agree", details: "Only Coast Gazette names Alaska and Friday" });
  });

  it("takes a name the other account spells shorter as shared", () => {
    const proposed = proposeStatus(
      new Map([
        [
          "a",
          { details: [detail("name", "marta quint", "Marta Quint")], negated: false, text: "Marta Quint said so." },
        ],
        ["b", { details: [], negated: false, text: "Quint, who heads the union, said so." }],
      ]),
      label,
    );
    expect(proposed).toEqual({ status: "agree" });
  });

  it("reads a denial against a statement as a difference", () => {
    const proposed = proposeStatus(
      new Map([
        ["a", { details: [], negated: false }],
        ["b", { details: [], negated: true }],
      ]),
      label,
    );
    expect(proposed).toEqual({ status: "differ", note: "North Wire negates what the other report states" });
  });

  it("lists words as a reader writes them", () => {
    expect([listWords(["A"]), listWords(["A", "B"]), listWords(["A", "B", "C"])]).toEqual([
      "A",
      "A and B",
      "A, B and C",
    ]);
  });
});

describe("suggestions on reports of our own", () => {
  const reports = [
    report(
      "gazette",
      "Coast Gazette",
      "A fire broke out on a cargo ship in Port Wenna harbour on Tuesday night.",
      "The harbour master said 40 firefighters fought the blaze for six hours.",
      "Two crew members were treated in hospital for smoke inhalation.",
      "Local fishermen said the flames could be seen from miles away.",
    ),
    report(
      "wire",
      "North Wire",
      "Firefighters battled a blaze aboard a cargo vessel in Port Wenna late on Tuesday.",
      "Some 25 firefighters fought the blaze, the fire service said.",
      "No crew members needed hospital treatment, officials said.",
    ),
    report("times", "Wenna Times", "A cargo ship caught fire in Port Wenna on Tuesday evening."),
  ];
  const suggestions = suggestClaims({ reports, findDetails });

  it("groups a paraphrase across three reports into one claim that agrees", () => {
    const fire = holding(
      suggestions,
      "A fire broke out on a cargo ship in Port Wenna harbour on Tuesday night.",
      "Firefighters battled a blaze aboard a cargo vessel in Port Wenna late on Tuesday.",
      "A cargo ship caught fire in Port Wenna on Tuesday evening.",
    );
    expect(fire?.status).toBe("agree");
    expect(fire?.claim).toBeNull();
  });

  it("drafts a difference of detail with a note naming both values", () => {
    const count = holding(
      suggestions,
      "The harbour master said 40 firefighters fought the blaze for six hours.",
      "Some 25 firefighters fought the blaze, the fire service said.",
    );
    expect(count?.status).toBe("differ");
    expect(count?.note).toContain("40 vs. Some 25");
  });

  it("proposes differ for a contradiction", () => {
    const hospital = holding(
      suggestions,
      "Two crew members were treated in hospital for smoke inhalation.",
      "No crew members needed hospital treatment, officials said.",
    );
    expect(hospital?.status).toBe("differ");
    expect(hospital?.note).toContain("North Wire negates");
  });

  it("proposes only for a sentence no other report carries", () => {
    const only = holding(suggestions, "Local fishermen said the flames could be seen from miles away.");
    expect(only?.status).toBe("only");
    expect(only?.accounts.size).toBe(1);
  });

  it("gives every unit's evidence and a score in [0, 1]", () => {
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    const fire = holding(suggestions, "A cargo ship caught fire in Port Wenna on Tuesday evening.");
    expect(fire?.shared.words).toContain("cargo");
  });

  it("is deterministic", () => {
    expect(suggestClaims({ reports, findDetails })).toEqual(suggestions);
  });
});

describe("scoring against an answer key", () => {
  const claim = (accounts: Record<string, string[]>, status?: string) => ({
    accounts: new Map(Object.entries(accounts)),
    ...(status === undefined ? {} : { status }),
  });

  it("counts cross-report sentence pairs that share a claim", () => {
    const pairs = claimPairs([claim({ a: ["s1", "s2"], b: ["t1"] }), claim({ a: ["s3"] })]);
    expect([...pairs].sort()).toEqual(["a#s1\nb#t1", "a#s2\nb#t1"]);
  });

  it("gives precision, recall and F1", () => {
    const scores = scorePairSets(new Set(["x", "y", "z", "w"]), new Set(["x", "y", "v"]));
    expect(scores).toMatchObject({ precision: 0.5, recall: 2 / 3, correct: 2 });
    expect(scores.f1).toBeCloseTo(4 / 7);
  });

  it("matches statuses through the suggestion holding most of a claim's pairs", () => {
    const expected = [claim({ a: ["s1"], b: ["t1"] }, "differ"), claim({ a: ["s2"], b: ["t2"] }, "agree")];
    const suggested = [claim({ a: ["s1"], b: ["t1"] }, "differ"), claim({ a: ["s2"], b: ["t9"] }, "agree")];
    expect(statusAgreement(suggested, expected)).toBe(0.5);
  });

  it("answers two claims over the same sentences with two suggestions, one to one, status breaking the tie", () => {
    // "They met" (agree) and "where they met" (differ), both over a#s1 and b#t1.
    const expected = [claim({ a: ["s1"], b: ["t1"] }, "agree"), claim({ a: ["s1"], b: ["t1"] }, "differ")];
    const suggested = [claim({ a: ["s1"], b: ["t1"] }, "differ"), claim({ a: ["s1"], b: ["t1"] }, "agree")];
    expect(statusAgreement(suggested, expected)).toBe(1);
    // One suggestion for both: it answers each, and is right for one.
    expect(statusAgreement([claim({ a: ["s1"], b: ["t1"] }, "differ")], expected)).toBe(0.5);
  });

  it("gives a claim the suggestion holding most of its pairs before one holding fewer", () => {
    const expected = [claim({ a: ["s1", "s2"], b: ["t1"] }, "agree")];
    const suggested = [claim({ a: ["s1"], b: ["t1"] }, "differ"), claim({ a: ["s1", "s2"], b: ["t1"] }, "agree")];
    expect(statusAgreement(suggested, expected)).toBe(1);
  });

  it("beats no suggestion at all on the team's development set", () => {
    const set = loadAlignmentSet("tests/fixtures/alignment/flood", "flood");
    const suggested = suggestClaims({ reports: set.reports, findDetails }).map((s) =>
      claim(Object.fromEntries([...s.accounts].map(([id, a]) => [id, [...a.sentenceIds]]))),
    );
    const scores = scorePairSets(claimPairs(suggested), claimPairs(set.expected));
    // A floor, not the target: the bench prints the figures against the baseline.
    expect(scores.precision).toBeGreaterThanOrEqual(0.6);
    expect(scores.recall).toBeGreaterThanOrEqual(0.5);
  });
});
