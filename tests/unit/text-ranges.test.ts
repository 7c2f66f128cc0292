import { describe, expect, it } from "vitest";
import { mergeRanges, segmentText, type TextRange } from "../../src/lib/text/ranges.ts";

/** A range carrying a label, as marks carry their claims. */
interface Labelled extends TextRange {
  readonly label: string;
}

describe("mergeRanges", () => {
  it("joins overlapping and touching ranges and keeps the rest apart, in order of start", () => {
    const ranges = [
      { start: 20, end: 24 },
      { start: 0, end: 2 },
      { start: 0, end: 13 },
      { start: 13, end: 15 },
    ];
    expect(mergeRanges(ranges)).toEqual([
      { start: 0, end: 15 },
      { start: 20, end: 24 },
    ]);
    expect(ranges[0]).toEqual({ start: 20, end: 24 });
  });

  it("gives plain ranges, without the fields of what it merged", () => {
    const found = [{ start: 4, end: 9, kind: "place" }];
    expect(mergeRanges(found)).toStrictEqual([{ start: 4, end: 9 }]);
  });

  it("hands each merged range its members, in order of start then end, to carry their data", () => {
    const marks: Labelled[] = [
      { start: 5, end: 12, label: "long" },
      { start: 30, end: 32, label: "apart" },
      { start: 5, end: 8, label: "short" },
      { start: 10, end: 14, label: "later" },
    ];
    const joined = mergeRanges(marks, (range, members) => ({ ...range, labels: members.map((m) => m.label) }));
    expect(joined).toEqual([
      { start: 5, end: 14, labels: ["short", "long", "later"] },
      { start: 30, end: 32, labels: ["apart"] },
    ]);
  });

  it("gives nothing for nothing", () => {
    expect(mergeRanges([])).toEqual([]);
  });
});

describe("segmentText", () => {
  it("cuts a text at sorted ranges into plain and marked pieces, keeping every character", () => {
    expect(
      segmentText("Met in Oslo on Friday", [
        { start: 7, end: 11 },
        { start: 15, end: 21 },
      ]),
    ).toEqual([
      { text: "Met in ", marked: false },
      { text: "Oslo", marked: true },
      { text: " on ", marked: false },
      { text: "Friday", marked: true },
    ]);
    expect(segmentText("Oslo", [{ start: 0, end: 4 }])).toEqual([{ text: "Oslo", marked: true }]);
    expect(segmentText("", [])).toEqual([]);
  });

  it("makes no empty piece for an empty range", () => {
    expect(segmentText("abc", [{ start: 1, end: 1 }])).toEqual([{ text: "abc", marked: false }]);
  });

  it("marks nothing for a range past the end of the text or overlapping the one before", () => {
    expect(segmentText("abc", [{ start: 1, end: 4 }])).toEqual([{ text: "abc", marked: false }]);
    expect(
      segmentText("abcdef", [
        { start: 0, end: 3 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([
      { text: "abc", marked: true },
      { text: "def", marked: false },
    ]);
  });
});
