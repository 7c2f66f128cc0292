/**
 * How a claim's status reads its slots: dates at one grain, the story's own
 * calendar, conflicts among three or more reports, and a difference that
 * takes its slot out of a longer claim.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { dateGrain } from "../../src/lib/compare/dates.ts";
import type { UnitDetail } from "../../src/lib/compare/align/features.ts";
import { proposeStatus } from "../../src/lib/compare/align/propose-status.ts";
import { storyCalendar, withWeekdays } from "../../src/lib/compare/align/story-calendar.ts";
import { analyseStory, suggestClaims, type ReportInput, type Suggestion } from "../../src/lib/compare/align/suggest.ts";
import { wordsAlike } from "../../src/lib/compare/align/paraphrase-features.ts";
import { tokenize } from "../../src/lib/compare/align/nlp.ts";
import { recallsEarlierEvent } from "../../src/lib/compare/align/time-frame.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";

const findDetails = siteDetailFinder();
const report = (id: string, label: string, ...paragraphs: string[]): ReportInput => ({
  id,
  label,
  blocks: parseArticle(paragraphs.join("\n\n")).blocks,
});
const holding = (suggestions: readonly Suggestion[], ...texts: string[]) =>
  suggestions.filter((s) => texts.every((text) => [...s.accounts.values()].some((a) => a.quotes.includes(text))));
const date = (key: string, text = key, start = 0): UnitDetail => ({
  kind: "date",
  key,
  text,
  start,
  end: start + text.length,
});
const label = (id: string) => ({ a: "Quay Post", b: "Harbour Daily", c: "Valley Voice" })[id] ?? id;

describe("date grains", () => {
  it("tells weekdays, days of a month, months, years and clock times apart", () => {
    expect(["friday", "06-03", "2025-06-03", "june", "2025-06", "2025", "10:42", "last spring"].map(dateGrain)).toEqual(
      ["weekday", "day", "day", "month", "month", "year", "time", "other"],
    );
  });

  it("never sets a weekday against a date of a month: they may be one day", () => {
    const status = proposeStatus(
      new Map([
        ["a", { details: [date("tuesday", "Tuesday")], negated: false }],
        ["b", { details: [date("10-08", "8 October")], negated: false }],
      ]),
      label,
    );
    expect(status.status).toBe("agree");
    expect(status.details).toBe("Only Quay Post names Tuesday; only Harbour Daily names 8 October");
  });
});

describe("a day set for something", () => {
  it("dates an expected event, whatever the tense of the verb that set it ('called a walkout for Wednesday')", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "The dockers' union called a walkout at Orlavik port for Wednesday."),
        report("b", "Harbour Daily", "Dockers will stage a walkout at Orlavik port on Thursday."),
      ],
      findDetails,
    });
    expect(suggestions.find((s) => s.status === "differ")?.note).toMatch(/^Wednesday vs\. Thursday/u);
  });
});

describe("the story's calendar", () => {
  const anchored = [
    {
      text: "It broke out on the night of Monday, 3 June.",
      details: [date("monday", "Monday", 29), date("06-03", "3 June", 37)],
    },
  ];

  it("gives every date of a month its weekday from one anchor ('Monday, 3 June')", () => {
    const weekdayOf = storyCalendar(anchored);
    expect(["06-03", "06-06", "06-02", "07-01", "2025-06-03", "monday"].map(weekdayOf)).toEqual([
      "monday",
      "thursday",
      "sunday",
      "monday",
      "monday",
      undefined,
    ]);
  });

  it("knows nothing without an anchor, or when two anchors disagree", () => {
    expect(storyCalendar([{ text: "On 3 June.", details: [date("06-03", "3 June", 3)] }])("06-03")).toBeUndefined();
    const clash = { text: "Friday, 4 June", details: [date("friday", "Friday", 0), date("06-04", "4 June", 8)] };
    expect(storyCalendar([...anchored, clash])("06-03")).toBeUndefined();
  });

  it("needs the weekday and the date in one phrase", () => {
    const apart = {
      text: "On Monday it rained; on 3 June",
      details: [date("monday", "Monday", 3), date("06-03", "3 June", 24)],
    };
    expect(storyCalendar([apart])("06-03")).toBeUndefined();
  });

  it("adds the weekday beside the date, in the date's words, unless the text names it", () => {
    const weekdayOf = storyCalendar(anchored);
    expect(withWeekdays([date("06-06", "6 June")], weekdayOf).map((d) => [d.key, d.text])).toEqual([
      ["06-06", "6 June"],
      ["thursday", "6 June"],
    ]);
    expect(withWeekdays(anchored[0]?.details ?? [], weekdayOf)).toHaveLength(2);
  });

  it("names every day of the week in turn, and no weekday for a month or a year", () => {
    const weekdayOf = storyCalendar(anchored);
    expect(["06-03", "06-04", "06-05", "06-06", "06-07", "06-08", "06-09"].map(weekdayOf)).toEqual([
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
    ]);
    expect(["2025-06", "june", "2025", "10:42"].map(weekdayOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("counts days in the anchor's own year, else in a common year", () => {
    // 2024 is a leap year: 1 February 2024 was a Thursday, 1 March 2024 (29 days on) a Friday.
    const leap = storyCalendar([
      { text: "On Thursday, 1 February 2024, …", details: findDetails("On Thursday, 1 February 2024, …") },
    ]);
    expect(["03-01", "2024-03-01", "02-29"].map(leap)).toEqual(["friday", "friday", "thursday"]);
    // Without a year, February has 28 days: 1 March is four weeks after 1 February.
    const common = storyCalendar([
      { text: "On Thursday, 1 February, …", details: findDetails("On Thursday, 1 February, …") },
    ]);
    expect(common("03-01")).toBe("thursday");
  });

  it("reads an anchor with or without a comma, with 'the', and with spaces doubled", () => {
    const dayAfter = (text: string, key: string) => storyCalendar([{ text, details: findDetails(text) }])(key);
    expect(dayAfter("The strike began on Tuesday, the 8th of October.", "10-09")).toBe("wednesday");
    expect(dayAfter("Friday 7 June 2024 was wet.", "06-08")).toBe("saturday");
    expect(dayAfter("It broke out on Monday,  3 June.", "06-04")).toBe("tuesday");
    expect(dayAfter("The strike began on Tuesday the  8th of October.", "10-09")).toBe("wednesday");
  });

  it("reads the dates in the order of the text, and only the dates", () => {
    const [weekday, day] = anchored[0]?.details ?? [];
    if (weekday === undefined || day === undefined) throw new Error("the anchor has two dates");
    const text = anchored[0]?.text ?? "";
    expect(storyCalendar([{ text, details: [day, weekday] }])("06-06")).toBe("thursday");
    // A finder that also reports the "3" of "3 June" as a figure leaves the anchor whole.
    const three: UnitDetail = { kind: "number", key: "3", text: "3", start: day.start, end: day.start + 1 };
    expect(storyCalendar([{ text, details: [weekday, three, day] }])("06-06")).toBe("thursday");
  });

  it("takes no list of dates or of weekdays for an anchor", () => {
    const list = (text: string) => ({ text, details: findDetails(text) });
    expect(storyCalendar([...anchored, list("Stalls open on 4 June, 5 June and 6 June.")])("06-06")).toBe("thursday");
    expect(storyCalendar([...anchored, list("The market runs on Monday, Tuesday and Wednesday.")])("06-06")).toBe(
      "thursday",
    );
  });

  it("lets a report's '6 June' side against another's 'Wednesday' in a story dated 'Monday, 3 June'", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "The ferry strike began on the night of Monday, 3 June.",
          "Dockers will march through Orlavik on Wednesday.",
        ),
        report("b", "Harbour Daily", "Dockers will march through Orlavik on 6 June."),
      ],
      findDetails,
    });
    const march = holding(
      suggestions,
      "Dockers will march through Orlavik on Wednesday.",
      "Dockers will march through Orlavik on 6 June.",
    );
    expect(march.find((s) => s.status === "differ")?.note).toMatch(/Wednesday vs\. 6 June/u);
  });
});

describe("conflicts among three or more reports", () => {
  it("finds the conflict when two reports agree and a third does not", () => {
    const place = (key: string): UnitDetail => ({ kind: "place", key, text: key, start: 0, end: key.length });
    const status = proposeStatus(
      new Map([
        ["a", { details: [place("Orlavik")], negated: false }],
        ["b", { details: [place("Orlavik")], negated: false }],
        ["c", { details: [place("Brenmouth")], negated: false }],
      ]),
      label,
    );
    expect(status).toEqual({ status: "differ", note: "Orlavik vs. Brenmouth" });
  });

  it("sees no conflict where one report names a place the others also name, and one more", () => {
    const place = (key: string): UnitDetail => ({ kind: "place", key, text: key, start: 0, end: key.length });
    const status = proposeStatus(
      new Map([
        ["a", { details: [place("Orlavik")], negated: false }],
        ["b", { details: [place("Orlavik"), place("Brenmouth")], negated: false }],
      ]),
      label,
    );
    expect(status.status).toBe("agree");
  });
});

describe("a difference inside a longer claim", () => {
  it("keeps the claim the reports share, agreed, beside the difference's own claim", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "A fire destroyed the old rope works in Orlavik on Monday, and 40 families left their homes.",
        ),
        report(
          "b",
          "Harbour Daily",
          "The old rope works in Orlavik burned down on Monday, and some 25 families left their homes.",
        ),
        report("c", "Valley Voice", "The old rope works in Orlavik burned to the ground on Monday."),
      ],
      findDetails,
    });
    const sentences = (s: Suggestion) => [...s.accounts].map(([id, a]) => `${id}:${a.sentenceIds.join("+")}`);
    const fire = holding(suggestions, "The old rope works in Orlavik burned to the ground on Monday.");
    expect(fire.map((s) => s.status)).toEqual(["agree"]);
    const families = holding(
      suggestions,
      "and 40 families left their homes.",
      "and some 25 families left their homes.",
    );
    expect(families.map((s) => [s.status, s.note])).toEqual([
      ["differ", "40 vs. some 25 (Quay Post vs. Harbour Daily)"],
    ]);
    // The same two sentences of a and b, in both claims.
    expect(sentences(families[0] as Suggestion)).toEqual(sentences(fire[0] as Suggestion).slice(0, 2));
  });
});

describe("a difference among some reports of a claim", () => {
  it("leaves the disputed day to the difference's claim: the claim of all three agrees", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "A fire destroyed the old rope works in Orlavik on Monday night."),
        report("b", "Harbour Daily", "The old rope works in Orlavik burned down on Sunday night."),
        report("c", "Valley Voice", "The old rope works in Orlavik burned to the ground."),
      ],
      findDetails,
    });
    const all = holding(suggestions, "The old rope works in Orlavik burned to the ground.");
    expect(all.map((s) => s.status)).toEqual(["agree"]);
    const day = holding(
      suggestions,
      "A fire destroyed the old rope works in Orlavik on Monday night.",
      "The old rope works in Orlavik burned down on Sunday night.",
    ).filter((s) => s.accounts.size === 2);
    expect(day.map((s) => [s.status, s.note])).toEqual([["differ", "Monday vs. Sunday (Quay Post vs. Harbour Daily)"]]);
  });

  it("leaves the slot to the difference in a claim holding two of its sentences, and says so", () => {
    const suggestions = suggestClaims({
      reports: [
        report(
          "a",
          "Quay Post",
          "Ministers agreed in Orlavik to free 120 fishermen and to reopen the port to trawlers.",
        ),
        report(
          "b",
          "Harbour Daily",
          "Ministers agreed in Orlavik to free 150 fishermen and to reopen the port to trawlers.",
        ),
        report("c", "Valley Voice", "Ministers agreed in Orlavik to reopen the port to trawlers."),
        report("d", "Dock Wire", "The 120 fishermen held in Orlavik will be freed within days, officials said."),
      ],
      findDetails,
    });
    const port = holding(suggestions, "Ministers agreed in Orlavik to reopen the port to trawlers.");
    expect(port.map((s) => [s.status, s.details])).toEqual([["agree", "120 vs. 150 (a claim of its own)"]]);
    const count = holding(suggestions, "The 120 fishermen held in Orlavik will be freed within days, officials said.");
    expect(count.map((s) => s.status)).toEqual(["differ"]);
  });

  it("pairs no difference between a weekday and a date of a month", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "Fishing ministers met in Orlavik on Tuesday."),
        report("b", "Harbour Daily", "Fishing ministers met in Orlavik on 8 October."),
      ],
      findDetails,
    });
    expect(suggestions.filter((s) => s.status === "differ")).toEqual([]);
  });
});

describe("numbers that count nothing", () => {
  it("reads 'the two ministers' as a known set, not a figure only one report gives", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "The two ministers signed the fishing accord in Orlavik on Monday."),
        report("b", "Harbour Daily", "The fishing accord was signed in Orlavik on Monday by the ministers."),
      ],
      findDetails,
    });
    const [accord] = holding(
      suggestions,
      "The two ministers signed the fishing accord in Orlavik on Monday.",
      "The fishing accord was signed in Orlavik on Monday by the ministers.",
    );
    expect(accord).toMatchObject({ status: "agree" });
    expect(accord?.details).toBeUndefined();
  });

  it("still reads a count that opens a sentence as a figure", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "Two ministers signed the fishing accord in Orlavik on Monday."),
        report("b", "Harbour Daily", "Three ministers signed the fishing accord in Orlavik on Monday."),
      ],
      findDetails,
    });
    expect(suggestions.find((s) => s.status === "differ")?.note).toMatch(/^Two vs\. Three/u);
  });
});

describe("denials", () => {
  it("links two denials that share no content word", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "A fire destroyed the rope works in Orlavik on Monday.", "No one was hurt."),
        report("b", "Harbour Daily", "The Orlavik rope works burned down on Monday.", "There were no casualties."),
      ],
      findDetails,
    });
    expect(holding(suggestions, "No one was hurt.", "There were no casualties.").map((s) => s.status)).toEqual([
      "agree",
    ]);
  });
});

describe("verb negation is no denial", () => {
  it("reads 'would never reopen' and 'would not reopen' as one claim, agreed", () => {
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "The owners said the rope works in Orlavik would not reopen."),
        report("b", "Harbour Daily", "The rope works in Orlavik would never reopen, its owners said."),
      ],
      findDetails,
    });
    const both = holding(
      suggestions,
      "The owners said the rope works in Orlavik would not reopen.",
      "The rope works in Orlavik would never reopen, its owners said.",
    );
    expect(both.map((s) => s.status)).toEqual(["agree"]);
  });
});

describe("counted nouns", () => {
  it("takes synonyms WordNet knows as one thing, and related words as two", () => {
    expect(wordsAlike("passenger", "traveller")).toBe(true);
    expect(wordsAlike("worker", "employee")).toBe(true);
    expect(wordsAlike("job", "year")).toBe(false);
    expect(wordsAlike("firefighter", "worker")).toBe(false);
  });
});

describe("a new account of an agreed claim", () => {
  const reports = [
    report(
      "a",
      "Quay Post",
      "Ministers agreed on Monday to reopen the port in Orlavik, which no ferry has used since May.",
    ),
    report("b", "Harbour Daily", "Ministers agreed to reopen the port in Orlavik at talks in Brenmouth on Tuesday."),
    report("c", "Valley Voice", "The port in Orlavik will reopen, ministers agreed."),
  ];
  const first = (r: number) => reports[r]?.blocks[0]?.sentences[0]?.id as string;
  const existing = [
    {
      id: "port-reopening",
      status: "agree" as const,
      accounts: new Map([
        ["a", [first(0)]],
        ["b", [first(1)]],
      ]),
    },
  ];

  it("is read against what the claim's accounts all say, not the rest of their sentences", () => {
    const { suggestions } = analyseStory({ reports, existing, findDetails });
    const joined = suggestions.find((s) => s.claim === "port-reopening");
    expect(joined?.accounts.get("c")?.quotes).toEqual(["The port in Orlavik will reopen, ministers agreed."]);
    expect(joined?.status).toBe("agree");
  });

  it("still differs against the place the accounts all give", () => {
    const named = [
      ...reports.slice(0, 2),
      report("c", "Valley Voice", "Ministers agreed to reopen the port in Calder, which no ferry has used since May."),
    ];
    const { suggestions } = analyseStory({ reports: named, existing, findDetails });
    const joined = suggestions.find((s) => s.claim === "port-reopening");
    expect(joined?.status).toBe("differ");
  });
});

describe("background", () => {
  it("tells a statement recalling an earlier event from one about today's", () => {
    const recalls = (text: string) => recallsEarlierEvent(tokenize(text));
    expect(recalls("The leaders last met in March in Dovran.")).toBe(true);
    expect(recalls("Their previous meeting ended without a statement.")).toBe(true);
    expect(recalls("A smaller fire in 2019 damaged a warehouse.")).toBe(true);
    expect(recalls("The ceasefire that ended the fighting two years ago has held.")).toBe(true);
    expect(recalls("The leaders met on Tuesday in Mirana.")).toBe(false);
    expect(recalls("The last ferry left at noon.")).toBe(false);
  });

  it("scores background below the news it shares words with", () => {
    const today = "The fishing ministers met in Orlavik to sign the quota accord.";
    const pairScore = (b: string) => {
      const s = suggestClaims({
        reports: [report("a", "Quay Post", today), report("b", "Harbour Daily", b)],
        findDetails,
      });
      return s.find((x) => x.accounts.size === 2)?.score ?? 0;
    };
    expect(pairScore("The fishing ministers last met in Orlavik to sign the quota accord.")).toBeLessThan(
      pairScore("The fishing ministers met in Orlavik to sign the quota accord, officials said."),
    );
  });
});

describe("ranked candidates", () => {
  it("shows the best partners of each other report, so one report's near-twins never crowd out another's", () => {
    const { candidates } = analyseStory({
      reports: [
        report("a", "Quay Post", "The harbour ferry to Orlavik was cancelled because of the storm."),
        report(
          "b",
          "Harbour Daily",
          "The harbour ferry to Orlavik was cancelled.",
          "The Orlavik harbour ferry was cancelled again on Friday.",
          "A storm cancelled the harbour ferry.",
          "The ferry from the harbour to Orlavik is cancelled.",
        ),
        report("c", "Valley Voice", "Crossings to the island are suspended while the gale blows."),
      ],
      findDetails,
    });
    const first = `a#${reportsFirstId("The harbour ferry to Orlavik was cancelled because of the storm.")}`;
    const list = candidates.get(first) ?? [];
    expect(list.filter((c) => "articleId" in c && c.articleId === "b")).toHaveLength(3);
    expect(list.some((c) => "articleId" in c && c.articleId === "c")).toBe(true);
  });
});

function reportsFirstId(text: string): string {
  return parseArticle(text).blocks[0]?.sentences[0]?.id as string;
}

describe("a claim only one report carries", () => {
  const band = (c: string) => {
    const reports = [
      report(
        "a",
        "Quay Post",
        "A brass band played on the old pier at noon.",
        "Crowds on the old pier cheered the first ship.",
      ),
      report("b", "Harbour Daily", "The quay reopened to ships on Friday."),
      report("c", "Valley Voice", c),
    ];
    const first = reports[0]?.blocks[0]?.sentences[0]?.id as string;
    const existing = [{ id: "band", status: "only" as const, accounts: new Map([["a", [first]]]) }];
    return analyseStory({ reports, existing, findDetails }).suggestions.filter((s) => s.claim === "band");
  };

  it("gains the new report's account when the two sentences pair", () => {
    expect(band("A brass band played on the pier at midday.").map((s) => s.status)).toEqual(["agree"]);
  });

  it("gains none from a sentence whose own match is another sentence of that report", () => {
    expect(band("Crowds on the old pier cheered the first ship.")).toEqual([]);
  });
});
