/**
 * Search latency over a built index: load `dist/search/index.<hash>.json`
 * into the site's own search engine (the sharded one for a sharded index) and time
 * queries drawn from the index itself — names, aliases, title words, quote
 * phrases and typos — as a reader would type them.
 *
 * The engine is imported by a computed path and checked at run time, so the
 * benchmark still runs (printing "n/a") while search is absent or changing.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { createRandom } from "../synthetic/text.ts";

const ENGINE = resolve(import.meta.dirname, "../../../src/lib/search/yardstick/engine.ts");
const SHARDED = resolve(import.meta.dirname, "../../../src/lib/search/browser/sharded-engine.ts");

/** The few payload fields the queries are drawn from. */
interface PayloadSample {
  readonly people?: readonly { name: string; aliases: readonly string[] }[];
  readonly claims?: readonly { title: string; quotes: readonly { text: string }[] }[];
}

type Search = (input: string) => unknown;

/** The sharded engine over the files beside a vocabulary (`<dist>/search/index.<hash>.json`). */
async function loadSharded(indexFile: string): Promise<Search | undefined> {
  try {
    const module = (await import(SHARDED)) as typeof import("../../../src/lib/search/browser/sharded-engine.ts");
    const root = dirname(dirname(indexFile));
    const url = `/search/${basename(indexFile)}`;
    const search = await module.openShardedSearch(url, (path) =>
      Promise.resolve(JSON.parse(readFileSync(join(root, path), "utf8"))),
    );
    return (input) => search.search(input);
  } catch (error) {
    console.log(
      `  sharded search unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    return undefined;
  }
}

/** People from the vocabulary and the first claims from their records, for queriesFor. */
async function shardedSample(indexFile: string, vocabulary: unknown): Promise<PayloadSample> {
  const { people, records, statuses } = vocabulary as {
    people: PayloadSample["people"];
    records: string;
    statuses: string;
  };
  const folder = dirname(indexFile);
  const claims = Array.from({ length: Math.min(50, statuses.length) }, (_, i) => {
    const file = JSON.parse(readFileSync(join(folder, `${records}c${i}.json`), "utf8")) as {
      claim: { title: string; quotes: { text: string }[] };
    };
    return file.claim;
  });
  return Promise.resolve({ ...(people === undefined ? {} : { people }), claims });
}

/**
 * 95th percentile of query times in ms, or undefined when the site has no
 * usable search engine. A sharded index (its vocabulary, version 2) is
 * searched through the sharded engine, its files read from the built site;
 * each query is run once first, so the times exclude reading and parsing.
 */
export async function searchP95(indexFile: string, rounds = 3): Promise<number | undefined> {
  const payload: unknown = JSON.parse(readFileSync(indexFile, "utf8"));
  const sharded = (payload as { version?: unknown }).version === 2;
  const search = sharded ? await loadSharded(indexFile) : await loadEngine(payload);
  if (search === undefined) return undefined;
  const queries = queriesFor(sharded ? await shardedSample(indexFile, payload) : (payload as PayloadSample));
  for (const query of queries) await search(query); // warm the JIT and load each query's files
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      await search(query);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
}

async function loadEngine(payload: unknown): Promise<Search | undefined> {
  try {
    const module: unknown = await import(ENGINE);
    const create = (module as { createSearchEngine?: unknown }).createSearchEngine;
    if (typeof create !== "function") return undefined;
    const engine: unknown = create(payload);
    const search = (engine as { search?: unknown }).search;
    return typeof search === "function" ? (search as Search) : undefined;
  } catch (error) {
    console.log(
      `  search engine unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    return undefined;
  }
}

/** Fifty queries from the payload, the same ones for the same index. */
export function queriesFor(payload: PayloadSample): string[] {
  const random = createRandom(7);
  const people = payload.people ?? [];
  const claims = payload.claims ?? [];
  const queries: string[] = [];
  for (let i = 0; i < 10 && people.length > 0; i++) {
    const person = random.pick(people);
    queries.push(person.name, random.pick(person.aliases.length > 0 ? person.aliases : [person.name]));
    queries.push(typo(random.pick(person.name.split(" ")), random.int(1, 3)));
  }
  for (let i = 0; i < 10 && claims.length > 0; i++) {
    const claim = random.pick(claims);
    queries.push(
      random.pick(
        claim.title
          .split(" ")
          .filter((word) => word.length > 3)
          .concat(claim.title),
      ),
    );
    const words = (claim.quotes[0]?.text ?? claim.title).split(" ");
    const at = random.int(0, Math.max(0, words.length - 3));
    queries.push(words.slice(at, at + 3).join(" "));
  }
  return queries;
}

/** Swap two neighbouring letters: the commonest typing slip. */
function typo(word: string, at: number): string {
  if (word.length < 4) return word;
  const i = Math.min(at, word.length - 2);
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
}
