import Fuse from "fuse.js/basic";
import { describe, expect, it } from "vitest";
import { buildSearchDocuments } from "../../src/lib/search/build/documents.ts";
import { createSearchEngine, RERANK_LIMIT, type SearchResults } from "../../src/lib/search/yardstick/engine.ts";
import { payloadSource } from "../../src/lib/search/shared/payload-source.ts";
import { detectPeople, mergeReranked, rankClaims } from "../../src/lib/search/shared/rank.ts";
import { toSearchIndexAsset, toSearchPayload } from "../../src/lib/search/build/serialize.ts";
import { FUSE_OPTIONS } from "../../src/lib/search/shared/keys.ts";
import type { SearchPayload } from "../../src/lib/search/shared/types.ts";
import { MATCH_LIMIT, matchWord } from "../../src/lib/search/shared/vocabulary.ts";
import { closestWords, fullScanHits, SYNTHETIC_CLAIMS, syntheticSearch } from "./helpers/search-synthetic.ts";
import { searchCorpus } from "./search-corpus.ts";

const site = searchCorpus();
const payload = JSON.parse(toSearchIndexAsset(toSearchPayload(buildSearchDocuments(site))).json) as SearchPayload;
const engine = createSearchEngine(payload);

const peopleOf = (results: SearchResults): string[] =>
  results.people.filter((hit) => hit.detected).map((hit) => payload.people[hit.index]?.id ?? "?");
const claimsOf = (results: SearchResults): string[] =>
  results.claims.map((hit) => payload.claims[hit.index]?.id ?? "?");

describe("a person query", () => {
  it("lists the person first, then every claim involving them, quote-only mentions included", () => {
    const results = engine.search("Meloni");
    expect(peopleOf(results)).toEqual(["giorgia-meloni"]);
    const involving = site.people.get("giorgia-meloni")?.claimIds ?? [];
    expect(involving).toContain("kyiv-meeting"); // named only in its quote
    expect(claimsOf(results).slice(0, involving.length).sort()).toEqual([...involving].sort());
    expect(results.claims.slice(0, involving.length).every((hit) => hit.people.length === 1)).toBe(true);
  });

  it("finds the same person and claims under every spelling", () => {
    const expected = claimsOf(engine.search("Volodymyr Zelenskyy"));
    expect(expected.sort()).toEqual(["kyiv-meeting", "talks-useful"]);
    for (const spelling of ["Zelenskyj", "Zelenskyy", "Zelensky", "zelenskyj", "ZELENSKÝJ", "Zelenskiy"]) {
      const results = engine.search(spelling);
      expect(peopleOf(results), spelling).toEqual(["volodymyr-zelenskyy"]);
      expect(claimsOf(results).sort(), spelling).toEqual(expected);
    }
  });

  it("finds a person by surname, first name or a many-word alias, and with diacritics left out", () => {
    expect(peopleOf(engine.search("von der Leyen"))).toEqual(["ursula-von-der-leyen"]);
    expect(peopleOf(engine.search("Ursula"))).toEqual(["ursula-von-der-leyen"]);
    expect(peopleOf(engine.search("zoe stastna"))).toEqual(["zoe-stastna"]);
  });

  it("tolerates a typo", () => {
    expect(peopleOf(engine.search("Melonni"))).toEqual(["giorgia-meloni"]);
    expect(peopleOf(engine.search("Starmr"))).toEqual(["keir-starmer"]);
  });

  it("does not take a role word for a name", () => {
    const results = engine.search("President");
    expect(peopleOf(results)).toEqual([]);
    expect(results.people.map((hit) => payload.people[hit.index]?.id).sort()).toEqual([
      "emmanuel-macron",
      "ursula-von-der-leyen",
      "volodymyr-zelenskyy",
    ]);
  });

  it("lists claims naming two queried people before claims naming one", () => {
    const results = engine.search("Meloni Starmer");
    expect(peopleOf(results).sort()).toEqual(["giorgia-meloni", "keir-starmer"]);
    expect(claimsOf(results)[0]).toBe("support-promised");
    expect(claimsOf(results)).toContain("kyiv-meeting");
  });
});

describe("a text query", () => {
  it("ranks a title match above a match inside a quote", () => {
    // "met" is in the title of leaders-met, and only in the quote of kyiv-meeting.
    expect(claimsOf(engine.search("met")).slice(0, 2)).toEqual(["leaders-met", "kyiv-meeting"]);
  });

  it("finds topics, places and phrases without naming anyone", () => {
    const results = engine.search("two hours");
    expect(peopleOf(results)).toEqual([]);
    expect(claimsOf(results)).toEqual(["talks-two-hours"]);
    expect(claimsOf(engine.search("Oslo"))).toEqual(["leaders-met"]);
    expect(claimsOf(engine.search("Support"))).toEqual(["support-promised"]);
  });

  it("returns terms to mark: the query, the detected person's names and typo-corrected words", () => {
    expect(engine.search("Zelenskyj").terms).toEqual(
      expect.arrayContaining(["zelenskyj", "volodymyr zelenskyy", "zelensky"]),
    );
    expect(engine.search("usefull").terms).toContain("useful");
  });

  it("lists claims with all query words; when none has them all, claims with some", () => {
    expect(claimsOf(engine.search("plan vague"))).toEqual(["critics-vague"]);
    // No claim says "qqxqz": the claim saying "vague" is still found.
    expect(claimsOf(engine.search("vague qqxqz"))).toEqual(["critics-vague"]);
  });

  it("finds nothing for nonsense and for a one-letter query", () => {
    expect(claimsOf(engine.search("qqxqz"))).toEqual([]);
    expect(engine.search("a").claims).toEqual([]);
  });
});

describe("the word index", () => {
  // The word index picks the claims Fuse scores; the engine must not lose any
  // claim that Fuse, scanning every word of every claim, finds. Thousands of
  // claims with many near-ties: every query below matches more claims than
  // Fuse re-scores (RERANK_LIMIT), so dropping candidates cannot pass.
  const synthetic = syntheticSearch();
  const large = createSearchEngine(synthetic.payload);
  const scanned = fullScanHits(synthetic.payload, synthetic.queries);

  for (const query of synthetic.queries) {
    it(`finds every claim a full Fuse scan of every word finds for "${query}" among ${SYNTHETIC_CLAIMS} claims`, () => {
      const expected = scanned.get(query) ?? [];
      expect(expected.length, "a near-tie: more claims than Fuse re-scores").toBeGreaterThan(RERANK_LIMIT);
      const found = new Set(large.search(query).claims.map((hit) => hit.index));
      expect(expected.filter((index) => !found.has(index))).toEqual([]);
    });
  }
});

describe("capped word matches", () => {
  // A stem that begins or nearly spells many words stands for the closest
  // MATCH_LIMIT of them; the proof above then uses those words (fullScanHits).
  const synthetic = syntheticSearch();
  const source = payloadSource(synthetic.payload);
  const { vocabulary } = source.claims;
  const stem = "velnad";

  it("keep the word itself and the closest others, never a farther one", () => {
    const all = matchWord(vocabulary, stem);
    const kept = matchWord(vocabulary, stem, MATCH_LIMIT);
    expect(all.length, "a stem of many words").toBeGreaterThan(MATCH_LIMIT);
    expect(kept).toHaveLength(MATCH_LIMIT);
    expect(vocabulary.words[kept[0]?.index ?? -1]).toBe(stem);
    // Closeness as the README states it (closestWords), over every word a plain Fuse scan of the vocabulary
    // finds: not the engine's own scores, under which a word that merely contains the stem came first.
    const scanned = new Fuse(vocabulary.words, FUSE_OPTIONS)
      .search(stem)
      .map((result) => ({ word: result.item, score: result.score ?? 1 }));
    const closest = closestWords(stem, scanned);
    expect(closest?.size).toBe(MATCH_LIMIT);
    expect(kept.map((hit) => vocabulary.words[hit.index]).sort()).toEqual([...(closest ?? [])].sort());
  });

  it("find every claim containing a complete query word, however many words it begins", () => {
    const large = createSearchEngine(synthetic.payload);
    const id = vocabulary.words.indexOf(stem);
    const containing = source.claims.records[id] ?? [];
    expect(containing.length).toBeGreaterThan(0);
    const found = new Set(large.search(stem).claims.map((hit) => hit.index));
    expect(containing.filter((claim) => !found.has(claim))).toEqual([]);
  });
});

describe("rank helpers", () => {
  it("rankClaims: claims of more detected people first, then by person, then text rank; text hits after, once each", () => {
    const ranked = rankClaims(
      [
        { index: 7, claims: [1, 2, 3] },
        { index: 8, claims: [3, 4] },
      ],
      [
        { index: 9, score: 0.1 },
        { index: 2, score: 0.2 },
        { index: 4, score: 0.3 },
      ],
    );
    expect(ranked.map((hit) => hit.index)).toEqual([3, 2, 1, 4, 9]);
    expect(ranked[0]?.people).toEqual([7, 8]);
    expect(ranked.at(-1)?.people).toEqual([]);
  });

  it("mergeReranked: rescored hits first, the other candidates after in their order", () => {
    const candidates = [1, 2, 3, 4].map((index) => ({ index, score: 0.5 }));
    expect(mergeReranked(candidates, [{ index: 3, score: 0 }]).map((hit) => hit.index)).toEqual([3, 1, 2, 4]);
  });

  it("detectPeople: keeps matches close to the best", () => {
    const hits = [
      { index: 1, score: 0.15 },
      { index: 2, score: 0 },
      { index: 3, score: 0.05 },
    ];
    expect(detectPeople(hits).map((hit) => hit.index)).toEqual([2, 3]);
  });
});
