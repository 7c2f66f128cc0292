/**
 * The quote locator on hand-made blocks, so the offsets and sentence ids it
 * returns are checked against positions counted here, not against the
 * article parser.
 */
import { describe, expect, it } from "vitest";
import { indexForQuotes, locateQuote } from "../../src/lib/claims/locate-quote.ts";
import type { BlockInfo } from "../../src/plugins/rehype-sentence-ids.ts";

/** A paragraph of sentences joined by one space, each with its offsets and an id of our choosing. */
function paragraph(id: string, ...sentences: [id: string, text: string][]): BlockInfo {
  let start = 0;
  const spans = sentences.map(([sentenceId, text]) => {
    const span = { id: sentenceId, text, start, end: start + text.length };
    start += text.length + 1;
    return span;
  });
  return { id, kind: "paragraph", text: sentences.map(([, text]) => text).join(" "), sentences: spans };
}

const first = paragraph(
  "p-one",
  ["s-ships", "Ships left the harbour at dawn."],
  ["s-cranes", "Cranes stood idle for hours."],
  ["s-talks", "Talks resumed at noon."],
);
const second = paragraph("p-two", ["s-mayor", "The mayor spoke at noon."]);
const heading: BlockInfo = { id: "h-port", kind: "heading", text: "Port news", sentences: [] };
const index = indexForQuotes([heading, first, second]);

describe("locateQuote", () => {
  it("gives the block, the offsets and the article's own words of a quote inside one sentence", () => {
    expect(locateQuote(index, "Cranes stood idle")).toEqual({
      kind: "found",
      location: { blockId: "p-one", start: 32, end: 49, exact: "Cranes stood idle", sentenceIds: ["s-cranes"] },
    });
  });

  it("names every sentence a quote overlaps, and only those", () => {
    const found = locateQuote(index, "at dawn. Cranes stood idle for hours. Talks");
    expect(found).toMatchObject({ kind: "found", location: { sentenceIds: ["s-ships", "s-cranes", "s-talks"] } });
    // Ending exactly where a sentence ends, and starting exactly where one starts: no neighbour is included.
    expect(locateQuote(index, "Cranes stood idle for hours.")).toMatchObject({
      location: { start: 32, end: 60, sentenceIds: ["s-cranes"] },
    });
    expect(locateQuote(index, "Ships left the harbour at dawn.")).toMatchObject({
      location: { start: 0, end: 31, sentenceIds: ["s-ships"] },
    });
  });

  it("says so when a quote runs from the end of one paragraph into the next, naming both parts", () => {
    expect(locateQuote(index, "resumed at noon. The mayor spoke")).toEqual({
      kind: "spans-paragraphs",
      end: "resumed at noon.",
      start: "The mayor spoke",
    });
    // From the very start of the first paragraph into the next.
    expect(locateQuote(index, `${first.text} The mayor`)).toEqual({
      kind: "spans-paragraphs",
      end: first.text,
      start: "The mayor",
    });
    // A long misquote found nowhere is missing, not "across paragraphs".
    expect(locateQuote(index, `${first.text} The mayor did not speak at all that day.`)).toMatchObject({
      kind: "missing",
    });
    // The last words of a paragraph alone are in it, not across two.
    expect(locateQuote(index, "resumed at noon.")).toMatchObject({ kind: "found", location: { blockId: "p-one" } });
  });

  it("counts the occurrences of an ambiguous quote across blocks", () => {
    expect(locateQuote(index, "at noon.")).toEqual({ kind: "ambiguous", count: 2 });
  });

  it("does not take a heading's text for a quote, and says it is one", () => {
    expect(locateQuote(index, "Port news")).toEqual({ kind: "heading", heading: "Port news" });
  });

  it("finds nothing for an empty quote, and offers the closest sentence for a misquote", () => {
    expect(locateQuote(index, "")).toEqual({ kind: "empty" });
    expect(locateQuote(index, "Cranes stood still for hours.")).toEqual({
      kind: "missing",
      closest: "Cranes stood idle for hours.",
    });
  });

  it("weighs shared words by sentence length, and keeps the first of two equally close sentences", () => {
    // "noon" is in a sentence of four words and one of five: the shorter is closer.
    expect(locateQuote(index, "noon news")).toEqual({ kind: "missing", closest: "Talks resumed at noon." });
    // "idle" and "mayor" each stand in a sentence of five words: the earlier one is shown.
    expect(locateQuote(index, "idle mayor")).toEqual({ kind: "missing", closest: "Cranes stood idle for hours." });
  });
});
