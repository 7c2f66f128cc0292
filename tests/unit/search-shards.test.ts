import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { buildSearchDocuments } from "../../src/lib/search/build/documents.ts";
import { createSearchEngine, RERANK_LIMIT } from "../../src/lib/search/yardstick/engine.ts";
import { payloadSource } from "../../src/lib/search/shared/payload-source.ts";
import { searchText } from "../../src/lib/search/shared/fold.ts";
import { toSearchPayload } from "../../src/lib/search/build/serialize.ts";
import { toSearchFiles } from "../../src/lib/search/build/shard-assets.ts";
import { buildSearchShards } from "../../src/lib/search/build/shard-build.ts";
import {
  expandPeople,
  groupLanguages,
  languagesByReport,
  packPostings,
  referPeople,
  shardOf,
  shardRange,
  unpackPostings,
} from "../../src/lib/search/shared/shard-codec.ts";
import { openShardedSearch, type ShardedSearch } from "../../src/lib/search/browser/sharded-engine.ts";
import type { ClaimRecordFile, PostingsShard } from "../../src/lib/search/shared/shard-types.ts";
import type { SearchPayload } from "../../src/lib/search/shared/types.ts";
import { fullScanHits, SYNTHETIC_CLAIMS, syntheticSearch } from "./helpers/search-synthetic.ts";
import { searchCorpus } from "./search-corpus.ts";

/** A sharded search over files held in memory, recording every URL it fetches. */
async function inMemory(
  payload: SearchPayload,
  targetBytes?: number,
): Promise<{ search: ShardedSearch; fetched: string[]; files: Map<string, string> }> {
  const built = toSearchFiles(buildSearchShards(payload, targetBytes));
  const files = new Map(built.files.map((file) => [file.url, file.json]));
  const fetched: string[] = [];
  const search = await openShardedSearch(built.vocabulary.url, (url) => {
    fetched.push(url);
    const json = files.get(url);
    return json === undefined ? Promise.reject(new Error(`404 ${url}`)) : Promise.resolve(JSON.parse(json));
  });
  return { search, fetched, files };
}

const corpus = toSearchPayload(buildSearchDocuments(searchCorpus()));

describe("postings", () => {
  it("pack ascending records and key masks into small numbers and back", () => {
    const records = [0, 3, 4, 1000, 70_000];
    const keys = [1, 64, 127, 0, 5];
    const packed = packPostings(records, keys, 7);
    expect(packed).toEqual([1, 3 * 128 + 64, 128 + 127, 996 * 128, 69_000 * 128 + 5]);
    expect(unpackPostings(packed, 7)).toEqual({ records, keys });
  });

  it("shardOf finds the shard whose range holds a word", () => {
    const starts = [0, 10, 11, 40];
    expect([0, 9, 10, 11, 39, 40, 500].map((id) => shardOf(starts, id))).toEqual([0, 0, 1, 2, 2, 3, 3]);
    expect(shardRange({ shards: starts, words: Array.from({ length: 45 }, String) }, 3)).toEqual([40, 45]);
  });
});

describe("claim records", () => {
  const people = [["giorgia meloni", "meloni"], ["keir starmer", "starmer", "k starmer"], ["meloni"]];

  it("name people by index where the field lists exactly their names, and give the field back", () => {
    const field = ["keir starmer", "starmer", "k starmer", "giorgia meloni", "meloni", "jd vance", "meloni"];
    const refs = referPeople(field, people);
    expect(refs).toEqual([1, 0, "jd vance", 2]);
    expect(expandPeople(refs, people)).toEqual(field);
  });

  it("keep strings that only begin like a person's names", () => {
    const field = ["keir starmer", "starmer", "jd vance"];
    expect(referPeople(field, people)).toEqual(field);
  });

  it("carry the outlets claims show, no headlines, and people by index", () => {
    const built = buildSearchShards(corpus, 40);
    // Every person's folded full name: where it appears, the person stands for it.
    const names = new Set(corpus.people.map((person) => searchText(person.name)));
    corpus.claims.forEach((claim, i) => {
      const record = built.records.get(`c${i}`) as ClaimRecordFile;
      const cited = [...new Set([...claim.reports, ...claim.quotes.map((quote) => quote.report)])];
      expect(record.outlets).toEqual(
        Object.fromEntries(cited.map((report) => [report, corpus.reports[report]?.outlet])),
      );
      expect(record.fields.people.filter((ref) => typeof ref === "string" && names.has(ref))).toEqual([]);
    });
    const refs = corpus.claims.flatMap((_, i) => (built.records.get(`c${i}`) as ClaimRecordFile).fields.people);
    expect(refs.filter((ref) => typeof ref === "number").length).toBeGreaterThan(corpus.claims.length / 2);
  });

  it("a person's mentions keep their headlines when a claim citing the same report was loaded first", async () => {
    const { search } = await inMemory(corpus, 40);
    const { toResultsView } = await import("../../src/lib/search/browser/view.ts");
    const whole = createSearchEngine(corpus);
    // A word query loads claim records (outlets only); the person query then shows headlines of mentions.
    await search.view(await search.search("talks"), [], 20);
    expect(await search.view(await search.search("Meloni"), [], 20)).toEqual(
      toResultsView(whole.search("Meloni"), corpus, [], 20),
    );
  });
});

describe("shard building", () => {
  const shards = buildSearchShards(corpus, 40);

  it("cuts the sorted words into consecutive shards, each word in exactly one", () => {
    const { words, shards: starts } = shards.vocabulary;
    expect(words).toEqual([...words].sort());
    expect(new Set(words).size).toBe(words.length);
    expect(starts[0]).toBe(0);
    expect(starts.length).toBe(shards.shards.length);
    expect(starts.length).toBeGreaterThan(3);
    shards.shards.forEach((shard, k) => {
      const [start, end] = shardRange(shards.vocabulary, k);
      expect(end, `shard ${k} is not empty`).toBeGreaterThan(start);
      expect(shard.c.length).toBe(end - start);
      expect(shard.r.length).toBe(end - start);
    });
  });

  it("keeps every posting: unpacked shards give back the word index's claims and fields per word", () => {
    const whole = payloadSource(corpus).claims;
    for (const word of ["meloni", "zelenskyj", "kyiv", "oslo", "useful"]) {
      const id = shards.vocabulary.words.indexOf(word);
      const k = shardOf(shards.vocabulary.shards, id);
      const shard = shards.shards[k] as PostingsShard;
      const own = whole.vocabulary.words.indexOf(word);
      expect(id, word).toBeGreaterThanOrEqual(0);
      expect(unpackPostings(shard.c[id - (shards.vocabulary.shards[k] ?? 0)] ?? [], 7), word).toEqual({
        records: whole.records[own],
        keys: whole.keys[own],
      });
      expect(whole.records[own]?.length, word).toBeGreaterThan(0);
    }
  });

  it("lists every person, claim status and report, and a record for each", () => {
    expect(shards.vocabulary.people.map((person) => person.name)).toEqual(corpus.people.map((person) => person.name));
    expect(shards.vocabulary.statuses).toHaveLength(corpus.claims.length);
    expect(shards.vocabulary.statuses.charAt(0)).toBe(
      String(["agree", "differ", "only"].indexOf(corpus.claims[0]?.status ?? "")),
    );
    expect(shards.vocabulary.reportCount).toBe(corpus.reports.length);
    const bundled = corpus.people.filter((person) => person.claims.length > 0 && person.claims.length <= 20);
    expect(bundled.length).toBeGreaterThan(0);
    expect(shards.records.size).toBe(
      2 * corpus.claims.length + corpus.people.length + corpus.reports.length + bundled.length,
    );
    corpus.people.forEach((person, i) => {
      const bundle = shards.records.get(`b${i}`);
      if (!bundled.includes(person)) return expect(bundle).toBeUndefined();
      expect(bundle).toEqual(
        Object.fromEntries(person.claims.map((claim) => [claim, shards.records.get(`c${claim}`)])),
      );
    });
  });

  it("gives each claim a fields file: what its record gives Fuse, without the display", () => {
    corpus.claims.forEach((claim, i) => {
      const record = shards.records.get(`c${i}`) as ClaimRecordFile;
      expect(shards.records.get(`f${i}`)).toEqual({
        title: searchText(claim.title),
        topic: searchText(claim.topic),
        fields: record.fields,
      });
    });
  });

  it("names files by content: a changed claim renames the records, the shards stay", () => {
    const before = toSearchFiles(shards);
    const changed = {
      ...corpus,
      claims: corpus.claims.map((claim, i) => (i === 0 ? { ...claim, title: "Changed" } : claim)),
    };
    const after = toSearchFiles(buildSearchShards(changed, 40));
    const names = (files: typeof before, kind: string): string[] =>
      files.files.filter((file) => file.file.startsWith(kind)).map((file) => file.file);
    expect(before.vocabulary.file).toMatch(/^index\.[0-9a-f]{12}\.json$/u);
    expect(names(after, "r.")).not.toEqual(names(before, "r."));
    expect(names(after, "s.")).toEqual(names(before, "s."));
    expect(after.vocabulary.file).not.toBe(before.vocabulary.file);
  });
});

describe("report languages", () => {
  const marks = [{}, { lang: "ar", dir: "rtl" }, {}, { lang: "he", dir: "rtl" }, { lang: "ar", dir: "rtl" }] as const;

  it("group the reports not in the site's language by language, and give each report its own back", () => {
    const grouped = groupLanguages(marks);
    expect(grouped).toEqual([
      { lang: "ar", dir: "rtl", reports: [1, 4] },
      { lang: "he", dir: "rtl", reports: [3] },
    ]);
    expect([...languagesByReport(grouped)].sort(([a], [b]) => a - b)).toEqual([
      [1, { lang: "ar", dir: "rtl" }],
      [3, { lang: "he", dir: "rtl" }],
      [4, { lang: "ar", dir: "rtl" }],
    ]);
    expect(groupLanguages([{}, {}])).toEqual([]);
    expect(languagesByReport(undefined).size).toBe(0);
  });

  it("are the vocabulary's alone: absent when every report is in the site's language, records carry none", () => {
    expect("languages" in buildSearchShards(corpus).vocabulary).toBe(false);
    const arabic = toSearchPayload(buildSearchDocuments(buildSite(loadContent("tests/fixtures/content/languages"))));
    const report = arabic.reports.findIndex((r) => r.lang === "ar");
    expect(report).toBeGreaterThanOrEqual(0);
    const shards = buildSearchShards(arabic);
    expect(shards.vocabulary.languages).toEqual([{ lang: "ar", dir: "rtl", reports: [report] }]);
    expect(shards.records.get(`r${report}`)).toEqual({
      id: "al-marsa-ferries",
      url: "/articles/al-marsa-ferries/",
      outlet: "Al Marsa",
      title: "عودة العبارات الليلية إلى المضيق الشمالي",
    });
  });

  it("reach the quotes and headlines the sharded engine shows, as in the whole payload's view", async () => {
    const arabic = toSearchPayload(buildSearchDocuments(buildSite(loadContent("tests/fixtures/content/languages"))));
    const { search } = await inMemory(arabic);
    const { toResultsView } = await import("../../src/lib/search/browser/view.ts");
    const whole = createSearchEngine(arabic);
    const view = await search.view(await search.search("المضيق"), [], 10);
    expect(view).toEqual(toResultsView(whole.search("المضيق"), arabic, [], 10));
    expect(view.claims.map((claim) => claim.quote && { ...claim.quote, pieces: undefined })).toEqual([
      { outlet: "Al Marsa", lang: "ar", dir: "rtl", pieces: undefined },
    ]);
    expect(view.reports).toEqual([
      {
        url: "/articles/al-marsa-ferries/",
        outlet: "Al Marsa",
        title: "عودة العبارات الليلية إلى المضيق الشمالي",
        lang: "ar",
        dir: "rtl",
      },
    ]);
    // An English quote and headline carry neither, not even as undefined keys.
    const english = await search.view(await search.search("Northern Strait"), [], 10);
    expect(english.claims.map((claim) => Object.keys(claim.quote ?? {}))).toEqual([["pieces", "outlet"]]);
    expect(english.reports.map((r) => Object.keys(r))).toEqual([["url", "outlet", "title"]]);
  });
});

describe("the sharded engine", () => {
  it("finds what the whole-payload engine finds, in the same order", async () => {
    const { search } = await inMemory(corpus, 40);
    const whole = createSearchEngine(corpus);
    for (const query of [
      "Meloni",
      "Zelenskyj",
      "ZELENSKÝJ",
      "Melonni",
      "zoe stastna",
      "President",
      "met",
      "two hours",
      "vague qqxqz",
      "Meloni Starmer",
      "a",
    ]) {
      expect(await search.search(query), query).toEqual(whole.search(query));
    }
  });

  it("shows the same results as the whole payload, statuses and counts included", async () => {
    const { search } = await inMemory(corpus, 40);
    const { toResultsView } = await import("../../src/lib/search/browser/view.ts");
    const whole = createSearchEngine(corpus);
    for (const statuses of [[], ["differ"]] as const) {
      const results = await search.search("Meloni");
      expect(await search.view(results, statuses, 2)).toEqual(
        toResultsView(whole.search("Meloni"), corpus, statuses, 2),
      );
    }
  });

  it("a person query fetches the vocabulary, the shards of its words and the records it shows, nothing else", async () => {
    const { search, fetched, files } = await inMemory(corpus, 40);
    expect(fetched).toHaveLength(1); // the vocabulary
    const results = await search.search("Meloni");
    await search.view(results, [], 20);
    const shardFiles = fetched.filter((url) => url.includes("/s."));
    const recordFiles = fetched.filter((url) => url.includes("/r."));
    const allShards = [...files.keys()].filter((url) => url.includes("/s."));
    expect(shardFiles.length).toBeGreaterThan(0);
    expect(shardFiles.length).toBeLessThan(allShards.length / 2);
    const shown = new Set([
      ...results.claims.map((hit) => `c${hit.index}`),
      ...results.people.map((hit) => `p${hit.index}`),
      ...results.reports.map((hit) => `r${hit.index}`),
    ]);
    // A detected person's claims may come in one file (b<person>) when they fit on a page.
    const names = recordFiles.map((url) => /\.([bcpr]\d+)\.json$/u.exec(url)?.[1] ?? "");
    const detected = new Set(results.people.filter((hit) => hit.detected).map((hit) => `b${hit.index}`));
    const covered = names.flatMap((name) =>
      name.startsWith("b") ? (corpus.people[Number(name.slice(1))]?.claims ?? []).map((claim) => `c${claim}`) : [name],
    );
    expect(covered).toEqual(expect.arrayContaining([...shown]));
    expect(names.filter((name) => !shown.has(name) && !detected.has(name))).toEqual([]);
    expect(
      names.some((name) => name.startsWith("b")),
      "Meloni's claims fit on a page: one file",
    ).toBe(true);
    expect(new Set(fetched).size, "no file twice").toBe(fetched.length);
    const count = fetched.length;
    await search.view(await search.search("Meloni"), [], 20);
    expect(fetched, "the same query again fetches nothing").toHaveLength(count);
  });

  it("a failed file fails the query, and the next query retries it", async () => {
    const built = toSearchFiles(buildSearchShards(corpus, 40));
    const files = new Map(built.files.map((file) => [file.url, file.json]));
    let fail = true;
    const search = await openShardedSearch(built.vocabulary.url, (url) => {
      if (fail && url.includes("/s.")) return Promise.reject(new Error("offline"));
      return Promise.resolve(JSON.parse(files.get(url) ?? "null"));
    });
    await expect(search.search("Meloni")).rejects.toThrow("offline");
    fail = false;
    expect((await search.search("Meloni")).claims.length).toBeGreaterThan(0);
  });

  it("refuses a vocabulary of another format", async () => {
    await expect(
      openShardedSearch("/search/index.x.json", () => Promise.resolve({ version: 1 })),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: the search index has an unknown format]`);
  });
});

describe(`the sharded engine over ${SYNTHETIC_CLAIMS} synthetic claims`, () => {
  // As for the whole-payload engine (search-ranking.test.ts): every query
  // matches more claims than Fuse re-scores, so losing candidates fails.
  const synthetic = syntheticSearch();
  const scanned = fullScanHits(synthetic.payload, synthetic.queries);
  const whole = createSearchEngine(synthetic.payload);
  const opened = inMemory(synthetic.payload);

  for (const query of synthetic.queries) {
    it(`finds every claim a full Fuse scan of every word finds for "${query}", as the whole-payload engine does`, async () => {
      const { search } = await opened;
      const expected = scanned.get(query) ?? [];
      expect(expected.length, "a near-tie").toBeGreaterThan(RERANK_LIMIT);
      const results = await search.search(query);
      const found = new Set(results.claims.map((hit) => hit.index));
      expect(expected.filter((index) => !found.has(index))).toEqual([]);
      expect(results).toEqual(whole.search(query));
    });
  }

  it("a person query fetches the fields alone of candidates that are not the person's claims, whole records of theirs", async () => {
    const built = toSearchFiles(buildSearchShards(synthetic.payload));
    const files = new Map(built.files.map((file) => [file.url, file.json]));
    const person = synthetic.payload.people[0];
    let fieldsFiles = 0;
    for (const query of [...synthetic.queries, `${person?.aliases[0] ?? ""} ceasefire`, `${person?.name ?? ""} said`]) {
      const fetched: string[] = [];
      const search = await openShardedSearch(built.vocabulary.url, (url) => {
        fetched.push(url);
        return Promise.resolve(JSON.parse(files.get(url) ?? "null"));
      });
      const results = await search.search(query);
      const claimFiles = fetched.flatMap((url) => {
        const match = /\.([cf])(\d+)\.json$/u.exec(url);
        return match ? [{ kind: match[1], claim: Number(match[2]) }] : [];
      });
      const detected = results.people.filter((hit) => hit.detected);
      const theirs = new Set(detected.flatMap((hit) => synthetic.payload.people[hit.index]?.claims ?? []));
      const fieldsOnly = claimFiles.filter((file) => file.kind === "f").map((file) => file.claim);
      const whole = claimFiles.filter((file) => file.kind === "c").map((file) => file.claim);
      fieldsFiles += fieldsOnly.length;
      if (detected.length === 0) expect(fieldsOnly, query).toEqual([]);
      expect(
        fieldsOnly.filter((claim) => theirs.has(claim)),
        query,
      ).toEqual([]);
      if (detected.length > 0)
        expect(
          whole.filter((claim) => !theirs.has(claim)),
          query,
        ).toEqual([]);
      // What the page then shows comes whole; no fields file is fetched again.
      const count = fetched.length;
      await search.view(results, [], 20);
      expect(fetched.slice(count).filter((url) => /\.f\d+\.json$/u.test(url))).toEqual([]);
    }
    expect(fieldsFiles, "some candidates beyond the people's claims").toBeGreaterThan(0);
  });
});
