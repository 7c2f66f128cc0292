/**
 * The sharded search index in a real browser, on a built synthetic site of
 * a few hundred claims: a person query requests the vocabulary once, then
 * exactly the postings shards holding the words it matches and the records of
 * the results it shows (and of the few candidates Fuse scores again) — no
 * other part of the index.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { writeSyntheticCorpus } from "../../scripts/lib/synthetic/corpus.ts";
import { RERANK_LIMIT } from "../../src/lib/search/shared/core.ts";
import { normalizeQuery } from "../../src/lib/search/shared/query.ts";
import { shardOf } from "../../src/lib/search/shared/shard-codec.ts";
import type { ClaimBundleFile, ClaimRecordFile, SearchVocabulary } from "../../src/lib/search/shared/shard-types.ts";
import { buildVocabulary, MATCH_LIMIT, matchWord } from "../../src/lib/search/shared/vocabulary.ts";
import { useSite } from "./support/browser.ts";

const DIST = "tmp/search-shards-dist";
const content = mkdtempSync(join(tmpdir(), "search-shards-"));

// Registered before useSite, so the site exists by the time useSite's own beforeAll serves it.
beforeAll(async () => {
  writeSyntheticCorpus(content, { articles: 24, seed: 13 });
  await buildInto({ outDir: DIST, cacheDir: "tmp/search-shards-cache", contentDir: join(content, "content") });
}, 600_000);
afterAll(() => rmSync(content, { recursive: true, force: true }));
const site = useSite(DIST);

interface ClaimsJson {
  people: { id: string; aliases: string[]; name: string; url: string }[];
  claims: { people: string[]; url: string }[];
}

const searchDir = (): string => join(DIST, "search");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(searchDir(), file), "utf8")) as T;

describe("the sharded search index", () => {
  it("a person query requests the vocabulary, the shards of its words and the records it shows, nothing else", async () => {
    const data = JSON.parse(readFileSync(join(DIST, "claims.json"), "utf8")) as ClaimsJson;
    const count = (id: string): number => data.claims.filter((claim) => claim.people.includes(id)).length;
    const person = [...data.people].sort((a, b) => count(b.id) - count(a.id))[0];
    if (person === undefined) throw new Error("the synthetic site names nobody");
    const query = [...person.aliases].sort((a, b) => a.length - b.length)[0] ?? person.name;

    const vocabularyFile = readdirSync(searchDir()).find((name) => /^index\.[0-9a-f]{12}\.json$/u.test(name)) ?? "";
    const vocabulary = readJson<SearchVocabulary>(vocabularyFile);
    const words = buildVocabulary(vocabulary.words);
    const expectedShards = new Set(
      normalizeQuery(query).words.flatMap((word) =>
        // A query word stands for its closest MATCH_LIMIT words (vocabulary.ts).
        matchWord(words, word, MATCH_LIMIT).map(
          (hit) => `${vocabulary.postings}${shardOf(vocabulary.shards, hit.index)}.json`,
        ),
      ),
    );

    const { page, context, errors } = await site.open("/");
    const responses: Promise<{ file: string; bytes: number }>[] = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith("/search/") && path.endsWith(".json"))
        responses.push(response.body().then((body) => ({ file: path.slice("/search/".length), bytes: body.length })));
    });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator("[data-search-count]").filter({ hasText: query }).waitFor();
    await page.waitForLoadState("networkidle");
    const shown = await page
      .locator('[data-search-results] a[data-result][href^="/claims/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(await page.locator('[data-search-results] a[href="' + person.url + '"]').count()).toBe(1);

    const requested = await Promise.all(responses);
    const files = requested.map((entry) => entry.file);
    const all = readdirSync(searchDir()).filter((name) => name.endsWith(".json"));
    expect(new Set(files).size, "no file twice").toBe(files.length);
    expect(files.filter((file) => file === vocabularyFile)).toHaveLength(1);
    expect(new Set(files.filter((file) => file.startsWith(vocabulary.postings)))).toEqual(expectedShards);
    const claimFiles = files.filter((file) => /^r\.[0-9a-f]+\.c\d+\.json$/u.test(file));
    // A person whose claims fit on a page has them in one file (shard-codec.ts BUNDLE_MAX_CLAIMS).
    const bundleFiles = files.filter((file) => /^r\.[0-9a-f]+\.b\d+\.json$/u.test(file));
    const claimUrls = [
      ...claimFiles.map((file) => readJson<ClaimRecordFile>(file).claim.url),
      ...bundleFiles.flatMap((file) =>
        Object.values(readJson<ClaimBundleFile>(file)).map((record) => record.claim.url),
      ),
    ];
    expect(claimUrls, "every claim shown had its record fetched").toEqual(expect.arrayContaining(shown));
    expect(claimUrls.length, "records beyond those shown: only candidates Fuse re-scored").toBeLessThanOrEqual(
      shown.length + RERANK_LIMIT,
    );
    expect(
      files.filter(
        (file) =>
          file !== vocabularyFile && !file.startsWith(vocabulary.postings) && !file.startsWith(vocabulary.records),
      ),
      "nothing but vocabulary, shards and records",
    ).toEqual([]);

    const fetchedBytes = requested.reduce((sum, entry) => sum + entry.bytes, 0);
    const indexBytes = all.reduce((sum, name) => sum + statSync(join(searchDir(), name)).size, 0);
    expect(all.length, "the index has many more files than the query needs").toBeGreaterThan(files.length * 5);
    expect(fetchedBytes, "a fraction of the index's bytes").toBeLessThan(indexBytes / 4);
    expect(errors).toEqual([]);
    await context.close();
  });
});
