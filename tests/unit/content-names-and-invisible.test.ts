import { describe, expect, it } from "vitest";
import { foldForQuote, indexForQuotes, locateQuote } from "../../src/lib/claims/locate-quote.ts";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { personSchema } from "../../src/schemas/person.ts";
import type { SiteInput } from "../../src/lib/model/input.ts";
import { BASIC_DIR, basicWith } from "./helpers/basic-fixture.ts";

/** The basic corpus with one more person or place file. */
function withEntity(kind: "people" | "places", id: string, data: { name: string; aliases: string[] }): SiteInput {
  const input = loadContent(BASIC_DIR);
  const file = `${BASIC_DIR}/${kind}/${id}.yaml`;
  return kind === "people"
    ? { ...input, people: [...input.people, { id, file, data: { ...data, caseSensitive: [], role: "Adviser" } }] }
    : { ...input, places: [...input.places, { id, file, data: { ...data, caseSensitive: [], adjectives: [] } }] };
}

describe("a name may belong to one person or place only", () => {
  it("refuses two people sharing an alias, naming both files", () => {
    const input = withEntity("people", "lars-berg", { name: "Lars Berg", aliases: ["Berg"] });
    expect(() => buildSite(input)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/people/lars-berg.yaml → aliases: "Berg" also names the person in tests/fixtures/content/basic/people/anna-berg.yaml, so mentions of it cannot be told apart
        Fix: keep "Berg" in one of the two files only, and give the other person a spelling of its own]
    `);
  });

  it("compares names as the mention counter does: diacritics folded, case kept", () => {
    const accented = withEntity("places", "oslo-airport", { name: "Ósló", aliases: [] });
    expect(() => buildSite(accented)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/places/oslo-airport.yaml → name: "Ósló" also names the place in tests/fixtures/content/basic/places/oslo.yaml, so mentions of it cannot be told apart
        Fix: keep "Ósló" in one of the two files only, and give the other place a spelling of its own]
    `);
    // The counter is case-sensitive, so "berg" would never be counted for Anna Berg: no clash.
    expect(() => buildSite(withEntity("people", "lower", { name: "Lars Dahlberg", aliases: ["berg"] }))).not.toThrow();
  });

  it("refuses a person and a place sharing a name (issue 21: the place's mentions went to the person)", () => {
    expect(() => buildSite(withEntity("places", "berg", { name: "Berg", aliases: [] })))
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tests/fixtures/content/basic/people/anna-berg.yaml → aliases: "Berg" also names the place in tests/fixtures/content/basic/places/berg.yaml, so mentions of it cannot be told apart
        Fix: keep "Berg" in one of the two files only: a person and a place may not share a name (give the person a fuller spelling of its own)]
    `);
  });

  it("accepts a name in two scripts when each word keeps to one", () => {
    expect(
      personSchema.safeParse({ name: "Volodymyr Zelenskyy", aliases: ["Зеленський"], role: "President" }).success,
    ).toBe(true);
    expect(personSchema.safeParse({ name: "Zelenskyy Зеленський", role: "President" }).success).toBe(true);
  });

  it("accepts an ordinary word as an alias once the file confirms it under caseSensitive", () => {
    const person = { name: "Will Hart", aliases: ["Will"], role: "Spokesman" };
    expect(personSchema.safeParse(person).success).toBe(false);
    expect(personSchema.safeParse({ ...person, caseSensitive: ["Will"] }).success).toBe(true);
  });

  it("lets one file repeat its own name among its aliases", () => {
    expect(() =>
      buildSite(withEntity("people", "eva-lind", { name: "Eva Lind", aliases: ["Eva Lind", "Lind"] })),
    ).not.toThrow();
  });
});

describe("quotes differing only by invisible characters", () => {
  const INVISIBLES = [
    ["zero-width space", "\u200B"],
    ["zero-width non-joiner", "\u200C"],
    ["zero-width joiner", "\u200D"],
    ["word joiner", "\u2060"],
    ["soft hyphen", "\u00AD"],
    ["byte order mark", "\uFEFF"],
  ] as const;

  it.each(INVISIBLES)("finds a quote whose article has a %s inside a word", (_, char) => {
    const text = `The talks lasted two ho${char}urs. Critics called the plan vague.`;
    const index = indexForQuotes(parseArticle(`${text}\n`).blocks);
    const result = locateQuote(index, "The talks lasted two hours.");
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    // The offsets cut the article's own text, invisible character included.
    expect(result.location.exact).toBe(`The talks lasted two ho${char}urs.`);
    expect(text.slice(result.location.start, result.location.end)).toBe(result.location.exact);
  });

  it.each(INVISIBLES)("finds a quote that carries a %s the article lacks", (_, char) => {
    const input = basicWith("talks-two-hours", (claim) => {
      claim.accounts["first-report"]!.quotes = [`The talks${char} lasted two hours.`];
      return claim;
    });
    const quote = buildSite(input).claims.get("talks-two-hours")?.accounts[0]?.quotes[0];
    expect(quote?.exact).toBe("The talks lasted two hours.");
  });

  it("maps folded offsets back into the original text", () => {
    const folded = foldForQuote("\uFEFFa\u200B “b”\u00AD  c");
    expect(folded.text).toBe('a "b" c');
    // a=1, space=3 (after the ZWSP at 2), "=4, b=5, "=6, space=8 (after the soft hyphen at 7), c=10, end=11.
    expect(folded.offsets).toEqual([1, 3, 4, 5, 6, 8, 10, 11]);
  });
});
