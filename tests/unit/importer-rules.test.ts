import { describe, expect, it } from "vitest";
import { convertRawReport } from "../../src/lib/import/convert-raw-report.ts";
import { findLineRule, LINE_RULES } from "../../src/lib/import/line-rules.ts";
import { findStatedDate } from "../../src/lib/import/rules/dates.ts";
import { findDateline } from "../../src/lib/import/rules/datelines.ts";
import { findHeadline, isHeadlineShaped } from "../../src/lib/import/rules/headline.ts";

describe("the table of line rules", () => {
  it("has unique names, and every rule documents examples and lines it keeps", () => {
    expect(new Set(LINE_RULES.map((rule) => rule.name)).size).toBe(LINE_RULES.length);
    for (const rule of LINE_RULES) {
      expect({ rule: rule.name, examples: rule.examples.length > 0, keeps: rule.keeps.length > 0 }).toEqual({
        rule: rule.name,
        examples: true,
        keeps: true,
      });
    }
  });

  // The first rule in table order claims a line: each example must be claimed by its own rule, not an earlier one.
  for (const rule of LINE_RULES) {
    describe(rule.name, () => {
      it.each(rule.examples)(`claims %j as "${rule.reason}"`, (line) => {
        expect(findLineRule(line, LINE_RULES)?.name).toBe(rule.name);
      });

      it.each(rule.keeps)("leaves %j to the body (no rule claims it)", (line) => {
        expect(findLineRule(line, LINE_RULES)?.name).toBeUndefined();
      });
    });
  }
});

describe("headlines", () => {
  it.each([
    ["Ferry operators agree to restore night crossings after week-long strike", true],
    ["Will the strait reopen?", true],
    ["Peace Talks “Game-Changing”, Envoy Says", true],
    ["The council met on Monday. It voted to close the bridge.", false],
    ["Zelenskyj:", false],
    ["A clause that goes on,", false],
    ["2025", false],
    [Array.from({ length: 26 }, () => "word").join(" "), false],
  ])("%j has a headline's shape: %s", (line, expected) => {
    expect(isHeadlineShaped(line)).toBe(expected);
  });

  it("prefers a repeated line (after a standfirst) to the first line", () => {
    expect(findHeadline(["Short first line", "Head", "Body.", "Head"])).toEqual({ text: "Head", repeated: true });
  });

  it("never takes a paragraph pasted twice for the headline", () => {
    expect(findHeadline(["Head", "It rained. Roads closed.", "It rained. Roads closed."])).toEqual({
      text: "Head",
      repeated: false,
    });
  });

  it("takes the first line only when text follows it", () => {
    expect(findHeadline(["Head", "Body."])).toEqual({ text: "Head", repeated: false });
    expect(findHeadline(["Head"])).toBeUndefined();
  });
});

describe("datelines", () => {
  it.each([
    [
      "KYIV, Aug 17 (Reuters) - Russia said…",
      { text: "KYIV, Aug 17 (Reuters) -", agency: "Reuters", date: { month: 8, day: 17 } },
    ],
    ["KYIV, Ukraine (AP) — Russia said…", { text: "KYIV, Ukraine (AP) —", agency: "AP" }],
    ["Kyiv (AFP) - Russia said…", { text: "Kyiv (AFP) -", agency: "AFP" }],
    ["NEW YORK — Markets rose.", { text: "NEW YORK —" }],
    [
      "WASHINGTON, Aug. 17, 2025 — Talks began.",
      { text: "WASHINGTON, Aug. 17, 2025 —", date: { month: 8, day: 17, year: 2025 } },
    ],
    [
      "BRUSSELS, 17 August 2025 – Talks began.",
      { text: "BRUSSELS, 17 August 2025 –", date: { month: 8, day: 17, year: 2025 } },
    ],
  ])("reads %j", (paragraph, expected) => {
    expect(findDateline(paragraph)).toEqual(expected);
  });

  it.each([
    "Zelenskyy — who met Trump — said little.",
    "US — and European — officials met.",
    "Russia said on Sunday that talks would go on.",
    "KYIV-based analysts disagree.",
  ])("finds none in %j", (paragraph) => {
    expect(findDateline(paragraph)).toBeUndefined();
  });
});

describe("stated dates", () => {
  it.each([
    ["Updated 10:42 AM GMT+2, August 17, 2025", { month: 8, day: 17, year: 2025 }],
    ["Sun 17th Aug 2025", { month: 8, day: 17, year: 2025 }],
    ["2025-08-17T10:42:00Z", { year: 2025, month: 8, day: 17 }],
    ["Sept. 3", { month: 9, day: 3 }],
    ["Feb 29", { month: 2, day: 29 }],
    ["Published: 17.08.2025, 19:43", { year: 2025, month: 8, day: 17 }],
    ["Last updated 2025/08/17", { year: 2025, month: 8, day: 17 }],
    ["Updated 17/08/2025 07:43 PM IST", { year: 2025, month: 8, day: 17 }],
    ["Updated 08/17/2025", { year: 2025, month: 8, day: 17 }],
  ])("reads %j", (text, expected) => {
    expect(findStatedDate(text)).toEqual(expected);
  });

  it.each(["June 31, 2025", "Feb 29, 2025", "2025-13-45", "10:42 AM", "08/07/2025", "31.06.2025"])(
    "finds no real date in %j",
    (text) => {
      expect(findStatedDate(text)).toBeUndefined();
    },
  );
});

describe("the publication date", () => {
  const convert = (text: string, published?: string) =>
    convertRawReport(text, { story: "s", ...(published === undefined ? {} : { published }) });

  it("prefers the Published timestamp to the dateline and to an Updated one", () => {
    const result = convert(
      "Head line\nUpdated August 19, 2025\nPublished August 17, 2025\nKYIV, Aug. 18, 2025 (Reuters) - Text.",
    );
    expect(result.frontMatter.published).toBe("2025-08-17");
    expect(result.frontMatter.publishedFrom).toEqual({ kind: "timestamp", text: "Published August 17, 2025" });
  });

  it("takes a dateline's full date before an Updated timestamp", () => {
    const result = convert("Head line\nUpdated August 19, 2025\nKYIV, Aug. 18, 2025 (Reuters) - Text.");
    expect(result.frontMatter.published).toBe("2025-08-18");
    expect(result.frontMatter.publishedFrom?.kind).toBe("dateline");
  });

  it("records --date that agrees with the text as stated by it", () => {
    const result = convert("Head line\nPublished August 17, 2025\nText.", "2025-08-17");
    expect(result.frontMatter.publishedFrom).toEqual({ kind: "timestamp", text: "Published August 17, 2025" });
    expect(result.warnings).toEqual([]);
  });

  it("uses --date over a different stated date, with a warning", () => {
    const result = convert("Head line\nPublished August 17, 2025\nText.", "2025-08-18");
    expect(result.frontMatter.published).toBe("2025-08-18");
    expect(result.frontMatter.publishedFrom).toBeUndefined();
    expect(result.warnings).toMatchInlineSnapshot(`
      [
        "--date 2025-08-18 used, although the timestamp says 2025-08-17 ("Published August 17, 2025")",
      ]
    `);
  });

  it("asks for --date when a dateline gives no year", () => {
    expect(() => convert("Head line\nKYIV, Aug 17 (Reuters) - Text.")).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: the dateline "KYIV, Aug 17 (Reuters) -" gives no year and no timestamp does: pass --date YYYY-MM-DD]`,
    );
  });

  it("asks for --date when the text states no date", () => {
    expect(() => convert("Head line\nText.")).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: the text states no date (no dateline or timestamp gives one): pass --date YYYY-MM-DD, with --date-inferred if you inferred it]`,
    );
  });
});
