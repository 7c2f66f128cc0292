import { describe, expect, it } from "vitest";
import { foldWithOffsets, searchText } from "../../src/lib/search/shared/fold.ts";
import { MAX_QUERY_LENGTH, normalizeQuery } from "../../src/lib/search/shared/query.ts";
import { readState, writeState } from "../../src/lib/search/browser/url-state.ts";

describe("normalizeQuery", () => {
  it("ignores case and diacritics, and trims", () => {
    expect(normalizeQuery("  ZELENSKÝJ ").text).toBe("zelenskyj");
    expect(normalizeQuery("Šťastná").text).toBe("stastna");
    expect(normalizeQuery("Zoë").text).toBe(normalizeQuery("zoe").text);
  });

  it("folds letters that Unicode does not decompose", () => {
    expect(normalizeQuery("Bjørn Ødegård").text).toBe("bjorn odegard");
    expect(normalizeQuery("Łukasz Straße").text).toBe("lukasz strasse");
  });

  it("meets spelling variants of punctuation on one form", () => {
    // Apostrophes join (a possessive still starts with the name); hyphens and other punctuation separate.
    expect(normalizeQuery("Zelenskyj’s").text).toBe("zelenskyjs");
    expect(normalizeQuery("Zelenskyj's").text).toBe("zelenskyjs");
    expect(normalizeQuery("Jean-Pierre").text).toBe(normalizeQuery("Jean Pierre").text);
    expect(normalizeQuery("von  der\tLeyen!").text).toBe("von der leyen");
  });

  it("keeps distinct words of two letters or more, in typed order", () => {
    expect(normalizeQuery("Meloni a Starmer meloni").words).toEqual(["meloni", "starmer"]);
  });

  it("is searchable from two characters, and caps the length", () => {
    expect(normalizeQuery("a").searchable).toBe(false);
    expect(normalizeQuery(" ’ ").searchable).toBe(false);
    expect(normalizeQuery("eu").searchable).toBe(true);
    expect(normalizeQuery("x".repeat(500)).raw).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("foldWithOffsets", () => {
  const samples = [
    "Zelenskyj’s “plan”, said Meloni.",
    "Zoe\u0301 and Zoë", // a combining accent and a precomposed one
    "Straße, Ødegård — ﬁne!",
    "  spaced \n out  ",
  ];

  it("folds exactly like searchText", () => {
    for (const sample of samples) expect(foldWithOffsets(sample).text, sample).toBe(searchText(sample));
  });

  it("maps every folded character back to the characters it came from", () => {
    const text = "Zoe\u0301 met Straße";
    const folded = foldWithOffsets(text);
    const at = folded.text.indexOf("zoe");
    // The combining accent belongs to the "e" before it.
    expect(text.slice(folded.starts[at] ?? -1, folded.ends[at + 2] ?? -1)).toBe("Zoe\u0301");
    const ss = folded.text.indexOf("strasse");
    expect(text.slice(folded.starts[ss] ?? -1, folded.ends[ss + 6] ?? -1)).toBe("Straße");
  });
});

describe("URL state", () => {
  it("round-trips query and statuses", () => {
    const state = { query: "Meloni", statuses: ["differ", "agree"] as const };
    const search = writeState({ query: state.query, statuses: [...state.statuses] });
    expect(search).toBe("?q=Meloni&status=agree&status=differ");
    expect(readState(search)).toEqual({ query: "Meloni", statuses: ["agree", "differ"] });
  });

  it("reads comma lists, ignores unknown statuses and writes nothing for an empty state", () => {
    expect(readState("?q=von+der+Leyen&status=only,bogus").statuses).toEqual(["only"]);
    expect(readState("?q=von+der+Leyen").query).toBe("von der Leyen");
    expect(writeState({ query: "  ", statuses: [] })).toBe("");
  });
});
