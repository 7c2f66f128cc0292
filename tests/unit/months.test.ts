import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MONTH_ALTERNATION, MONTH_NAMES, monthNumber } from "../../src/lib/text/months.ts";

const REPO = path.resolve(import.meta.dirname, "../..");
const TABLE = "src/lib/text/months.ts";

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

  // A second list of month names (a copy of the table) is what this guards against: any source file of
  // src/ or scripts/ that spells out most of the twelve names, other than the table itself.
  it("is the only list of month names in src/ and scripts/", () => {
    const copies: string[] = [];
    for (const top of ["src", "scripts"])
      for (const entry of readdirSync(path.join(REPO, top), { recursive: true, encoding: "utf8" })) {
        const file = path.posix.join(top, entry.split(path.sep).join("/"));
        if (file === TABLE || !/\.(?:astro|[cm]?[jt]s)$/u.test(file)) continue;
        const text = readFileSync(path.join(REPO, file), "utf8");
        const named = MONTH_NAMES.filter((name) => new RegExp(`\\b${name}\\b`, "iu").test(text));
        if (named.length >= 9) copies.push(file);
      }
    expect(copies).toEqual([]);
  });
});
