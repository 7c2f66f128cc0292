import { describe, expect, it } from "vitest";
import { MONTH_ALTERNATION, MONTH_NAMES, monthNumber } from "../../src/lib/text/months.ts";

describe("the month table", () => {
  it("numbers names and abbreviations in any case, with or without a full stop", () => {
    expect(monthNumber("January")).toBe(1);
    expect(monthNumber("may")).toBe(5);
    expect(monthNumber("Sept.")).toBe(9);
    expect(monthNumber("SEP")).toBe(9);
    expect(monthNumber("Dec")).toBe(12);
  });

  it("gives 0 for words that are not months", () => {
    expect(monthNumber("Mayday")).toBe(0);
    expect(monthNumber("Ju")).toBe(0);
    expect(monthNumber("")).toBe(0);
  });

  it("matches whole names before abbreviations, and no abbreviation for May", () => {
    const whole = new RegExp(`^(?:${MONTH_ALTERNATION})`, "u");
    expect(whole.exec("September 5")?.[0]).toBe("September");
    expect(whole.exec("Sept 5")?.[0]).toBe("Sept");
    expect(MONTH_ALTERNATION.split("|")).toHaveLength(MONTH_NAMES.length + 12);
  });
});
