import { describe, expect, it } from "vitest";
import { buildSearchDocuments } from "../../src/lib/search/build/documents.ts";
import { createSearchEngine } from "../../src/lib/search/yardstick/engine.ts";
import { excerpt, findMarks, pickQuote } from "../../src/lib/search/browser/highlight.ts";
import { segmentText } from "../../src/lib/text/ranges.ts";
import { toSearchPayload } from "../../src/lib/search/build/serialize.ts";
import { resultsMessage, toResultsView } from "../../src/lib/search/browser/view.ts";
import { searchCorpus } from "./search-corpus.ts";

const payload = toSearchPayload(buildSearchDocuments(searchCorpus()));
const engine = createSearchEngine(payload);

describe("marks in quotes", () => {
  it("marks every spelling of a detected person in the quote's own characters", () => {
    const results = engine.search("Zelenskyj");
    const quote = "Volodymyr Zelenskyy met Giorgia Meloni in Kyiv.";
    const marked = findMarks(quote, results.terms).map((range) => quote.slice(range.start, range.end));
    expect(marked).toEqual(["Volodymyr Zelenskyy"]);
  });

  it("marks at word starts only, ignoring case and diacritics", () => {
    expect(findMarks("Šťastná met Nastasja", ["stastna"])).toEqual([{ start: 0, end: 7 }]);
    expect(findMarks("The Berg’s aide and Bergen", ["berg"]).length).toBe(2);
    expect(findMarks("Iceberg", ["berg"])).toEqual([]);
  });

  it("picks the quote with the most marked text and splits it into pieces", () => {
    const claim = payload.claims.find((c) => c.id === "leaders-met");
    if (claim === undefined) throw new Error("fixture claim missing");
    const match = pickQuote(claim, ["oslo"]);
    expect(match?.quote.text).toBe("Anna Berg met Carl Dahl in Oslo.");
    expect(segmentText(match?.quote.text ?? "", match?.marks ?? [])).toEqual([
      { text: "Anna Berg met Carl Dahl in ", marked: false },
      { text: "Oslo", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("cuts a long quote around the first mark, at spaces, with ellipses", () => {
    const text = `${"word ".repeat(80)}Meloni said yes ${"more ".repeat(80)}`.trim();
    const start = text.indexOf("Meloni");
    const cut = excerpt(text, [{ start, end: start + 6 }], 100);
    expect(cut.text.length).toBeLessThanOrEqual(102);
    expect(cut.text.startsWith("…word")).toBe(true);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(cut.text.slice(cut.marks[0]?.start, cut.marks[0]?.end)).toBe("Meloni");
  });
});

describe("the results view", () => {
  it("shows the person with mentions per report, then their claims with status, outlets and marked quote", () => {
    const view = toResultsView(engine.search("Meloni"), payload, [], 50);
    expect(view.people[0]).toMatchObject({
      name: "Giorgia Meloni",
      claimCount: 2,
      mentions: [{ outlet: "The Third Paper", count: 2 }],
    });
    expect(view.claims.map((claim) => claim.title)).toEqual([
      "Three leaders promised support",
      "Zelenskyy received a visitor in Kyiv",
    ]);
    expect(view.claims[0]).toMatchObject({ status: "only", outlets: ["The Third Paper"], people: ["Giorgia Meloni"] });
    expect(view.claims[1]?.quote?.pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual([
      "Giorgia Meloni",
    ]);
    expect(view.message).toBe("1 person and 2 claims for “Meloni”.");
  });

  it("filters claims by status but counts every status", () => {
    const view = toResultsView(engine.search("Berg"), payload, ["agree"], 50);
    expect(view.claims.map((claim) => claim.title)).toEqual(["A plan was agreed"]);
    expect(view.counts).toEqual({ agree: 1, differ: 1, only: 0 });
    expect(view.message).toBe("1 person, 2 claims and 1 report for “Berg”. 1 claim shown with status Agree.");
  });

  it("says when the list is cut, and what to try when nothing is found", () => {
    expect(toResultsView(engine.search("the"), payload, [], 1).message).toMatch(/ Showing the first 1\.$/u);
    expect(toResultsView(engine.search("qqxqz"), payload, [], 50).message).toBe(
      "Nothing found for “qqxqz”. Try another spelling, a surname or fewer words.",
    );
    expect(resultsMessage("", { people: [], reports: [], claims: [], filteredCount: 0 }, 0, [])).toBe("");
  });
});
