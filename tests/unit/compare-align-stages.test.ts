/**
 * The engine v2's stages, each on sentences of our own (fictional, written
 * for these tests; none is taken from an answer key).
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { attributionMask } from "../../src/lib/compare/align/attribution.ts";
import { tokenize } from "../../src/lib/compare/align/nlp.ts";
import { reportUnits } from "../../src/lib/compare/align/units.ts";
import { analyseStory, suggestClaims, type ReportInput, type Suggestion } from "../../src/lib/compare/align/suggest.ts";
import { draftSummary, draftTitle } from "../../src/lib/claims/draft-claim.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";

const findDetails = siteDetailFinder();

const report = (id: string, label: string, ...paragraphs: string[]): ReportInput => ({
  id,
  label,
  blocks: parseArticle(paragraphs.join("\n\n")).blocks,
});

/** The suggestions whose accounts quote all the given texts. */
const holding = (suggestions: readonly Suggestion[], ...texts: string[]) =>
  suggestions.filter((s) => texts.every((text) => [...s.accounts.values()].some((a) => a.quotes.includes(text))));

/** The words of a text an attribution takes. */
const attributed = (text: string) => {
  const tokens = tokenize(text);
  const mask = attributionMask(tokens);
  return tokens
    .filter((_, i) => mask[i])
    .map((t) => t.text)
    .join(" ");
};

describe("attribution apart from content", () => {
  it("reads the speaker and the reporting verb at the start, the end, inserted, inverted and after 'according to'", () => {
    expect(attributed("Port manager Ilse Varn said the quay would reopen in May.")).toBe("Port manager Ilse Varn said");
    expect(attributed("The quay will reopen in May, the port authority said.")).toBe(", the port authority said");
    expect(attributed("The quay, officials said, will reopen in May.")).toBe(", officials said ,");
    expect(attributed('"We will reopen in May," said port manager Ilse Varn.')).toBe("said port manager Ilse Varn");
    expect(attributed("The quay will reopen in May, according to the harbour office.")).toBe(
      ", according to the harbour office",
    );
    expect(attributed("The mayor's spokesman, Ivo Brandt, said the quay would reopen.")).toBe(
      "The mayor 's spokesman , Ivo Brandt , said",
    );
  });

  it("reads a speaker set off by commas after the statement, with or without a title", () => {
    expect(attributed("The quay will reopen in May, the port's director, Ilse Varn, told reporters.")).toBe(
      ", the port 's director , Ilse Varn , told reporters",
    );
    expect(attributed("The quay will reopen in May, Ilse Varn, told reporters.")).toBe(", Ilse Varn , told reporters");
  });

  it("leaves a statement that has no reporting verb whole", () => {
    expect(attributed("Port manager Ilse Varn closed the quay on Monday.")).toBe("");
    expect(attributed("No ships were damaged.")).toBe("");
  });

  it("takes a name standing only in an attribution for no one-sided detail", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "The mayor's spokesman, Ivo Brandt, said the old quay would reopen to ferries in May.",
        ),
        report("b", "Harbour Daily", "The old quay will reopen to ferries in May, the council said."),
      ],
      findDetails,
    });
    const [quay] = holding(
      suggestions,
      "The mayor's spokesman, Ivo Brandt, said the old quay would reopen to ferries in May.",
      "The old quay will reopen to ferries in May, the council said.",
    );
    expect(quay?.status).toBe("agree");
    expect(quay?.note ?? "").not.toContain("Ivo Brandt");
    expect(quay?.details ?? "").not.toContain("Ivo Brandt");
  });
});

describe("paraphrase in the pair score", () => {
  it("pairs two sentences that share no content word", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "The bakery on Mill Lane burned down overnight.",
          "Tourists crowded the harbour for the regatta.",
        ),
        report(
          "b",
          "Harbour Daily",
          "Flames gutted a bread shop late in the evening.",
          "Sailing boats raced past the lighthouse.",
        ),
      ],
      findDetails,
    });
    const [fire] = holding(
      suggestions,
      "The bakery on Mill Lane burned down overnight.",
      "Flames gutted a bread shop late in the evening.",
    );
    expect(fire?.claim).toBeNull();
    expect(fire?.accounts.size).toBe(2);
  });
});

describe("every difference paired", () => {
  const suggestions = suggestClaims({
    reports: [
      report(
        "a",
        "Quay Post",
        "The summit of fishing ministers will be held in Orlavik next month.",
        "Some 120 trawlers joined the protest in the harbour.",
        "The new fish market opens on Monday.",
      ),
      report(
        "b",
        "Harbour Daily",
        "Fishing ministers will meet for their summit in Brenmouth next month.",
        "About 95 trawlers took part in the harbour protest.",
        "The new fish market will open its doors on Wednesday.",
      ),
    ],
    findDetails,
  });
  const difference = (...texts: string[]) => holding(suggestions, ...texts).find((s) => s.status === "differ");

  it("proposes two unknown cities for one summit as a difference, naming both and the reports", () => {
    const summit = difference(
      "The summit of fishing ministers will be held in Orlavik next month.",
      "Fishing ministers will meet for their summit in Brenmouth next month.",
    );
    expect(summit?.note).toBe("Orlavik vs. Brenmouth (Quay Post vs. Harbour Daily)");
  });

  it("proposes two figures of the same thing and two days of one event as differences", () => {
    expect(
      difference(
        "Some 120 trawlers joined the protest in the harbour.",
        "About 95 trawlers took part in the harbour protest.",
      )?.note,
    ).toMatch(/120 vs\. About 95/u);
    expect(
      difference("The new fish market opens on Monday.", "The new fish market will open its doors on Wednesday.")?.note,
    ).toMatch(/Monday vs\. Wednesday/u);
  });
});

describe("a denial meets the statement it denies", () => {
  it("pairs 'no injuries' with a man in hospital as a difference though they share no content word", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "A delivery lorry overturned on the coast road near Orlavik.",
          "No injuries were reported.",
          "The road was closed for six hours.",
        ),
        report(
          "b",
          "Harbour Daily",
          "A lorry tipped onto its side on the coast road outside Orlavik.",
          "The driver was taken to hospital with a broken arm.",
          "Traffic was diverted through the village until the evening.",
        ),
      ],
      findDetails,
    });
    const pair = holding(
      suggestions,
      "No injuries were reported.",
      "The driver was taken to hospital with a broken arm.",
    );
    expect(pair.map((s) => s.status)).toEqual(["differ"]);
  });
});

describe("one place under two spans", () => {
  it("reads 'the town of Orlavik' and 'Orlavik' as one place, no difference", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "About 200 people were forced from their homes in the town of Orlavik by the storm."),
        report("b", "Harbour Daily", "The storm drove some 200 residents from their homes in Orlavik."),
      ],
      findDetails,
    });
    const both = holding(
      suggestions,
      "About 200 people were forced from their homes in the town of Orlavik by the storm.",
      "The storm drove some 200 residents from their homes in Orlavik.",
    );
    expect(both.length).toBeGreaterThan(0);
    expect(both.map((s) => s.note ?? "").join(" ")).not.toMatch(/Orlavik vs\.|vs\. Orlavik/u);
  });
});

describe("dates of different events", () => {
  it("proposes no difference between a day something happened and a day something is expected", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "Snow closed the mountain pass on Monday.", "Bakers in Orlavik sold out of bread."),
        report(
          "b",
          "Harbour Daily",
          "Forecasters expect more snow on the mountain pass on Thursday.",
          "The bakery shelves of Orlavik were empty.",
        ),
      ],
      findDetails,
    });
    expect(
      holding(
        suggestions,
        "Snow closed the mountain pass on Monday.",
        "Forecasters expect more snow on the mountain pass on Thursday.",
      ).filter((s) => s.status === "differ"),
    ).toEqual([]);
  });

  it("reads a date inside a clause of time as that clause's event ('after the dam collapsed on Monday')", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "Mud swept through the village of Orlavik after the old dam collapsed late on Monday.",
        ),
        report("b", "Harbour Daily", "Mud swept through the village of Orlavik on Tuesday when the old dam gave way."),
      ],
      findDetails,
    });
    const both = holding(
      suggestions,
      "Mud swept through the village of Orlavik after the old dam collapsed late on Monday.",
      "Mud swept through the village of Orlavik on Tuesday when the old dam gave way.",
    );
    expect(both.length).toBeGreaterThan(0);
    expect(both.map((s) => s.note ?? "").join(" ")).not.toMatch(/Monday|Tuesday/u);
  });

  it("still proposes two days of one expected event as a difference", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "The mountain pass will stay closed until Thursday."),
        report("b", "Harbour Daily", "The mountain pass is expected to reopen on Friday."),
      ],
      findDetails,
    });
    expect(
      holding(
        suggestions,
        "The mountain pass will stay closed until Thursday.",
        "The mountain pass is expected to reopen on Friday.",
      ).find((s) => s.status === "differ")?.note,
    ).toMatch(/Thursday vs\. Friday/u);
  });
});

describe("units", () => {
  it("scores a quotation running over two sentences as one unit, never cut inside the marks", () => {
    const blocks = parseArticle(
      '"The water came in so fast. We carried the children up the stairs, and then we waited," said Tova Elm.',
    ).blocks;
    const units = reportUnits("a", blocks);
    expect(units).toHaveLength(1);
    expect(units[0]?.sentenceIds).toHaveLength(2);
    expect(units[0]?.clause).toBe(false);
  });

  it("cuts a second verb phrase with a modal of its own ('… was repaired last year and would be inspected again')", () => {
    const blocks = parseArticle(
      "The mayor said the old footbridge was repaired last year and would be inspected in May.",
    ).blocks;
    const clauses = reportUnits("a", blocks)
      .filter((u) => u.clause)
      .map((u) => u.text);
    expect(clauses).toEqual([
      "The mayor said the old footbridge was repaired last year",
      "and would be inspected in May.",
    ]);
  });

  it("lets a lead sentence carrying three claims join three claims", () => {
    const lead =
      "The Tarn road bridge collapsed on Monday morning, and 14 cars fell into the river, while rescuers pulled every driver out alive.";
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", lead),
        report(
          "b",
          "Harbour Daily",
          "The road bridge over the Tarn gave way on Monday morning.",
          "Fourteen cars plunged into the river below.",
          "Every driver was rescued alive by the crews.",
        ),
      ],
      findDetails,
    });
    const withLead = suggestions.filter((s) => s.accounts.get("a")?.sentenceIds.length === 1 && s.accounts.has("b"));
    expect(withLead.map((s) => s.accounts.get("b")?.quotes[0])).toEqual([
      "The road bridge over the Tarn gave way on Monday morning.",
      "Fourteen cars plunged into the river below.",
      "Every driver was rescued alive by the crews.",
    ]);
  });
});

describe("a new report joins a story", () => {
  const reports = [
    report("a", "Quay Post", "The quay will stay closed until Friday.", "Gulls nested on the old crane."),
    report("b", "Harbour Daily", "The quay is expected to reopen on Wednesday."),
    report("c", "Coast Wire", "The quay reopens to ships on Friday.", "A brass band played on the pier."),
  ];
  const sentence = (r: number, n: number) => reports[r]?.blocks[n]?.sentences[0]?.id as string;
  const existing = [
    {
      id: "quay-reopening",
      status: "differ" as const,
      note: "Friday vs. Wednesday",
      accounts: new Map([
        ["a", [sentence(0, 0)]],
        ["b", [sentence(1, 0)]],
      ]),
    },
  ];

  it("joins a claim whose accounts differ and says which account it sides with", () => {
    const { suggestions } = analyseStory({ reports, existing, findDetails });
    const joined = suggestions.find((s) => s.claim === "quay-reopening");
    expect(joined?.accounts.get("c")?.quotes).toEqual(["The quay reopens to ships on Friday."]);
    expect(joined?.status).toBe("differ");
    expect(joined?.note).toBe("Coast Wire: Friday, as Quay Post; Harbour Daily says Wednesday");
  });

  it("ranks the claim first among the new sentence's candidates", () => {
    const { candidates } = analyseStory({ reports, existing, findDetails });
    expect(candidates.get(`c#${sentence(2, 0)}`)?.[0]).toMatchObject({ claim: "quay-reopening" });
  });
});

describe("drafted titles and summaries", () => {
  it("words what is said, without the attribution, apostrophes kept", () => {
    expect(draftTitle("the port’s new crane will be ready by June")).toBe("The port’s new crane will be ready by June");
    expect(draftSummary("that the quay would reopen in May.", "Ilse Varn")).toBe(
      "Ilse Varn says the quay would reopen in May.",
    );
    expect(draftSummary('"We will reopen in May,"')).toBe("We will reopen in May.");
  });
});
