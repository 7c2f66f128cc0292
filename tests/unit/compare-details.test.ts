import { describe, expect, it } from "vitest";
import {
  createDetailExtractor,
  distinctDetails,
  oneSidedDetails,
  placeAdjectives,
  type Detail,
} from "../../src/lib/compare/details.ts";
import { claimDetails, type ClaimQuotes, type ReportIndex } from "../../src/lib/compare/account-details.ts";
import { placeKeyedWords } from "../../src/lib/compare/names.ts";
import { createNameMatcher } from "../../src/lib/people/name-matcher.ts";

/** A small world of our own: two people, three places. */
const extract = createDetailExtractor({
  people: [
    { id: "anna-varga", names: ["Anna Varga", "Varga", "Várga"] },
    { id: "giorgia-meloni", names: ["Giorgia Meloni", "Meloni"] },
  ],
  places: [
    { id: "lisbon", names: ["Lisbon", "Lisboa"] },
    { id: "italy", names: ["Italy"] },
    { id: "ruritania", names: ["Ruritania", "RURITANIA"] },
  ],
});

const brief = (details: readonly Detail[]): string[] => details.map((d) => `${d.kind}:${d.key} = ${d.text}`);
const keysOf = (text: string, kind: Detail["kind"]): string[] =>
  extract(text)
    .filter((d) => d.kind === kind)
    .map((d) => d.key);

describe("detail extraction: people and places", () => {
  it("finds every alias under the entity's id, with the text's own words", () => {
    expect(brief(extract("Várga flew to Lisboa; Anna Varga later left Lisbon."))).toEqual([
      "person:anna-varga = Várga",
      "place:lisbon = Lisboa",
      "person:anna-varga = Anna Varga",
      "place:lisbon = Lisbon",
    ]);
  });

  it("splits a possessive: Italy's Giorgia Meloni is a place and a person", () => {
    expect(brief(extract("The talks included Italy’s Giorgia Meloni."))).toEqual([
      "place:italy = Italy",
      "person:giorgia-meloni = Giorgia Meloni",
    ]);
  });

  it("gives offsets into the original text, even after diacritics and emoji", () => {
    const text = "😀 Zoë said Várga met Meloni in Lisboa at 10:42 with CNN.";
    for (const detail of extract(text)) expect(text.slice(detail.start, detail.end)).toBe(detail.text);
    expect(extract(text).map((d) => d.text)).toEqual(["Zoë", "Várga", "Meloni", "Lisboa", "10:42", "CNN"]);
  });
});

describe("detail extraction: dates and times", () => {
  it.each([
    ["They met in Lisbon on Friday.", ["friday"]],
    ["The vote is due next Monday.", ["monday"]],
    ["It was signed on 15 August.", ["08-15"]],
    ["It was signed on August 15, 2025.", ["2025-08-15"]],
    ["It was signed on the 3rd of March 2024.", ["2024-03-03"]],
    ["Talks resume in September.", ["september"]],
    ["Talks resume in May 2026.", ["2026-05"]],
    ["It has been planned since 2019.", ["2019"]],
    ["The plan was drafted last spring.", ["last spring"]],
    ["The plan was drafted two years ago.", ["2 years ago"]],
    ["The plan was drafted a week earlier.", ["1 week earlier"]],
    ["The first shot came at 10:42, the second at 3 p.m.", ["10:42", "15:00"]],
    ["Officials said yesterday that talks end this week.", ["yesterday", "this week"]],
    ["The report is dated 2025-08-15.", ["2025-08-15"]],
  ])("%s", (text, keys) => {
    expect(keysOf(text, "date")).toEqual(keys);
  });

  it("ends a date before the sentence's full stop, keeping an abbreviation's", () => {
    const texts = (text: string) =>
      extract(text)
        .filter((d) => d.kind === "date")
        .map((d) => d.text);
    expect(texts("The walkout will go ahead on 6 June.")).toEqual(["6 June"]);
    expect(texts("It opened on Aug. 15, 2025, and shut on 3 Sept. 2026.")).toEqual(["Aug. 15, 2025", "3 Sept. 2026"]);
  });

  it("does not take May the verb or a month abbreviation alone", () => {
    expect(keysOf("Officials May resign, said Jan.", "date")).toEqual([]);
  });
});

describe("detail extraction: numbers", () => {
  it.each([
    ["It follows Article Five of the treaty.", ["5"], ["Article Five"]],
    ["It follows Article 5 of the treaty.", ["5"], ["Article 5"]],
    ["It offers Article 5-like protection.", ["5"], ["Article 5"]],
    ["About 300 troops stayed.", ["300"], ["About 300"]],
    ["The meeting lasted two hours.", ["2"], ["two hours"]],
    ["It cost 1.5 million euros, or 1,500,000.", ["1500000", "1500000"], ["1.5 million", "1,500,000"]],
    ["Twenty-five soldiers and a dozen medics.", ["25", "12"], ["Twenty-five", "a dozen"]],
    ["Turnout was 12% in two hundred and fifty towns.", ["12", "250"], ["12%", "two hundred and fifty"]],
    ["One of them said an attack on one is an attack on all.", [], []],
    ["They flew F-16 jets from base 7b.", [], []],
    ["Varga told Channel Nine about it.", [], []],
    // A label in lower case is no label: the detail is the number alone.
    ["It follows article 5 of the treaty.", ["5"], ["5"]],
    // "one" with a unit or a label is a count, not a pronoun; "-one" ending a number is part of it.
    ["The talks lasted one hour.", ["1"], ["one hour"]],
    ["They cited Article One again.", ["1"], ["Article One"]],
    ["Twenty-one ships sailed.", ["21"], ["Twenty-one"]],
    // Only a capitalised number word straight after a capitalised word is part of a name.
    ["In Oslo 40 ships sailed.", ["40"], ["40"]],
    ["In Oslo two ships sailed.", ["2"], ["two"]],
    ["The Treaty Article Five clause held.", ["5"], ["Article Five"]],
    ["Berg left. Nine ships sailed.", ["9"], ["Nine"]],
    ["Varga told Channel  Nine about it.", [], []],
  ])("%s", (text, keys, words) => {
    const numbers = extract(text).filter((d) => d.kind === "number");
    expect(numbers.map((d) => d.key)).toEqual(keys);
    expect(numbers.map((d) => d.text)).toEqual(words);
  });

  it("leaves the digits of a date to the date", () => {
    expect(brief(extract("On 15 August 2025, 40 ships sailed."))).toEqual([
      "date:2025-08-15 = 15 August 2025",
      "number:40 = 40",
    ]);
  });
});

describe("detail extraction: other proper names", () => {
  it("finds organisations, broadcasters and platforms", () => {
    expect(keysOf("Varga told CNN and the BBC, then posted on Truth Social and on X.", "name")).toEqual([
      "cnn",
      "bbc",
      "truth social",
      "x",
    ]);
    expect(keysOf("Varga told Channel Nine.", "name")).toEqual(["channel nine"]);
  });

  it("cuts at a possessive and drops titles", () => {
    expect(
      brief(extract("NATO’s Secretary General Mark Rutte met President Varga.")).filter((d) => d.startsWith("name")),
    ).toEqual(["name:nato = NATO", "name:mark rutte = Mark Rutte"]);
  });

  it("keeps a name that starts with a known place, but not the place alone, which it does not name as a place", () => {
    expect(brief(extract("The Ruritania Senate met in Ruritania."))).toEqual([
      "name:ruritania senate = Ruritania Senate",
      "place:ruritania = Ruritania",
    ]);
  });

  it("keys one organisation the same under the place's name, its alias or an adjective the place lists", () => {
    const union = { id: "northern-union", names: ["Northern Union", "NU"], adjectives: ["Northern"] };
    const withUnion = createDetailExtractor({ people: [], places: [union] });
    const names = (text: string): string[] =>
      withUnion(text)
        .filter((d) => d.kind === "name")
        .map((d) => `${d.key} = ${d.text}`);
    expect(names("The minister met the NU Commission on Monday.")).toEqual([
      "northern union commission = NU Commission",
    ]);
    expect(names("The minister met the Northern Commission on Monday.")).toEqual([
      "northern union commission = Northern Commission",
    ]);
    expect(names("The minister met the Northern Union Commission on Monday.")).toEqual([
      "northern union commission = Northern Union Commission",
    ]);
    // Equal keys: the organisation is no detail that only one of two accounts names.
    const accounts = new Map([
      ["a", withUnion("The minister met the NU Commission.")],
      ["b", withUnion("The minister met the Northern Commission.")],
    ]);
    expect(oneSidedDetails(accounts).size).toBe(0);
    // An adjective alone is no name, and no mention of the place: "Northern" may mean the north.
    expect(withUnion("The talks with Northern leaders ended.")).toEqual([]);
    // Reports are read the same way when searched for a name elsewhere: every spelling gives the key's words.
    const text = "The NU Commission, the Northern Union Commission and the Northern Commission met.";
    // As the report index does: places only, none folded into a name.
    const places = createDetailExtractor({ people: [], places: [union] }, { names: false })(text);
    expect(placeKeyedWords(text, places, placeAdjectives({ places: [union] }))).toBe(
      "the northern union commission the northern union commission and the northern union commission met",
    );
    // Without the adjective in content, the two spellings stay apart.
    expect(keysOf("The minister met the Northern Commission.", "name")).toEqual(["northern commission"]);
  });

  it("skips known aliases in any case, titles with demonyms, and sentence-initial words", () => {
    expect(
      keysOf(
        "The Portuguese President spoke. “We will go very quickly. Faster than a truce,” said Varga of RURITANIA and LISBON.",
        "name",
      ),
    ).toEqual([]);
  });

  it("drops a word that is only a fragment of a longer name the text uses", () => {
    expect(keysOf("Varga called Ruritania a NATO Ally. The Ally must act, she said.", "name")).toEqual(["nato ally"]);
    expect(keysOf("Varga toured the White House. The House was empty.", "name")).toEqual(["white house"]);
    expect(keysOf("Varga met Mark Rutte in Lisbon; Rutte said little.", "name")).toEqual(["mark rutte"]);
  });

  it("reads a name joined by “of” or “of the” as one name, not its capitalised words", () => {
    expect(keysOf("Varga gave the State of the Union address. The State must act.", "name")).toEqual([
      "state of the union",
    ]);
    expect(keysOf("Varga met the Bank of Portugal in Lisbon.", "name")).toEqual(["bank of portugal"]);
  });

  it("drops a title's one-word complement with the title, but keeps a longer name after it", () => {
    expect(keysOf("Varga met the Secretary of State and the Minister of Defence.", "name")).toEqual([]);
    expect(keysOf("Varga met the President of the Ruritania Senate.", "name")).toEqual(["ruritania senate"]);
  });

  it("drops, across an account's quotes, a name that is a fragment of a longer one it names", () => {
    const none: ReportIndex = { names: () => false };
    const claim: ClaimQuotes = {
      storyReports: ["a", "b"],
      accounts: [
        { articleId: "a", quotes: [{ exact: "Ruritania is a NATO Ally." }, { exact: "The Ally must act." }] },
        { articleId: "b", quotes: [{ exact: "Ruritania is a friend." }] },
      ],
    };
    const details = claimDetails(claim, extract, new Map([["b", none]]));
    expect(details["a"]?.only.map((d) => d.text)).toEqual(["NATO Ally"]);
    expect(details["a"]?.marks).toEqual([[{ start: 15, end: 24 }], []]);
  });

  it("is deterministic", () => {
    const text = "On Friday, Varga told CNN in Lisbon that 300 troops would stay for two years.";
    expect(extract(text)).toEqual(extract(text));
  });
});

describe("one-sided details", () => {
  const accounts = (entries: Record<string, string>): Map<string, readonly Detail[]> =>
    new Map(Object.entries(entries).map(([id, text]) => [id, extract(text)]));

  it("are what only one account names; a place both name is no detail", () => {
    const result = oneSidedDetails(
      accounts({
        a: "Varga met Meloni in Lisbon on Friday, CNN said.",
        b: "Anna Varga and Italy’s leader met in Lisboa.",
      }),
    );
    expect(brief(result.get("a") ?? [])).toEqual([
      "person:giorgia-meloni = Meloni",
      "date:friday = Friday",
      "name:cnn = CNN",
    ]);
    expect(brief(result.get("b") ?? [])).toEqual(["place:italy = Italy"]);
  });

  it("fold number words: Article Five and Article 5 are the same", () => {
    expect(oneSidedDetails(accounts({ a: "Under Article Five.", b: "Under Article 5." })).size).toBe(0);
  });

  it("leave out accounts with none", () => {
    const result = oneSidedDetails(accounts({ a: "Varga spoke in Lisbon.", b: "Varga spoke in Lisbon on Monday." }));
    expect([...result.keys()]).toEqual(["b"]);
  });

  it("do not exist for a claim with one account", () => {
    expect(oneSidedDetails(accounts({ a: "Varga spoke in Lisbon on Monday." })).size).toBe(0);
  });

  it("keep every occurrence for marking; distinctDetails lists each once", () => {
    const result = oneSidedDetails(accounts({ a: "Lisbon, then Lisbon again.", b: "Elsewhere." }));
    expect(result.get("a")?.map((d) => d.start)).toEqual([0, 13]);
    expect(distinctDetails(result.get("a") ?? []).map((d) => d.text)).toEqual(["Lisbon"]);
  });
});

describe("name matcher", () => {
  it("returns spans in the original text and lets longer names win", () => {
    const match = createNameMatcher([
      ["Volodymyr Zelenskyy", "z"],
      ["Zelenskyy", "z"],
      ["Kyiv", "k"],
    ]);
    const text = "Ẑ Volodymyr Zelenskyy left Kyiv’s centre; Zelenskyy returned.";
    expect(match(text).map((m) => [m.value, text.slice(m.start, m.end)])).toEqual([
      ["z", "Volodymyr Zelenskyy"],
      ["k", "Kyiv"],
      ["z", "Zelenskyy"],
    ]);
  });

  it("folds diacritics in the text, keeping offsets into the original up to its very end", () => {
    const match = createNameMatcher([["Varga", "v"]]);
    const text = "Ẑ: Ms Várga met Várga";
    expect(match(text).map((m) => [m.start, m.end, text.slice(m.start, m.end)])).toEqual([
      [6, 11, "Várga"],
      [16, 21, "Várga"],
    ]);
  });

  it("matches names with characters that mean something in a pattern literally", () => {
    const match = createNameMatcher([
      ["U.S.", "us"],
      ["C++ Group", "group"],
    ]);
    expect(match("The U.S. and the C++ Group met; the UKS did not.").map((m) => m.value)).toEqual(["us", "group"]);
    expect(match("The US and the C Group met.")).toEqual([]);
  });

  it("finds nothing with no names", () => {
    expect(createNameMatcher([])("Anna Varga met Giorgia Meloni.")).toEqual([]);
  });

  it("lets the longer name win where a shorter one is its prefix, whatever the order names are given in", () => {
    // At one position the pattern tries names in turn: a prefix listed first would match there and split the
    // longer name. Shorter names are given first, so only sorting longest first passes.
    const match = createNameMatcher([
      ["Anna", "first name"],
      ["Anna Varga", "person"],
      ["Port", "word"],
      ["Port Royal", "town"],
      ["Port Royal Harbour", "harbour"],
    ]);
    const text = "Anna Varga sailed from Port Royal Harbour to Port Royal; Anna stayed in Port.";
    expect(match(text).map((m) => [m.value, text.slice(m.start, m.end)])).toEqual([
      ["person", "Anna Varga"],
      ["harbour", "Port Royal Harbour"],
      ["town", "Port Royal"],
      ["first name", "Anna"],
      ["word", "Port"],
    ]);
  });
});
