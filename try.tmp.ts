import { buildSearchDocuments } from "./src/lib/search/documents.ts";
import { createSearchEngine } from "./src/lib/search/engine.ts";
import { toSearchPayload } from "./src/lib/search/serialize.ts";
import { buildSearchShards } from "./src/lib/search/shard-build.ts";
import { toSearchFiles } from "./src/lib/search/shard-assets.ts";
import { openShardedSearch } from "./src/lib/search/sharded-engine.ts";
import { syntheticSite, syntheticQueries } from "./scripts/bench/search-synthetic.ts";
import { gzipSync } from "node:zlib";
const n = Number(process.argv[2] ?? 10000);
const site = syntheticSite(n);
const payload = toSearchPayload(buildSearchDocuments(site));
const files = toSearchFiles(buildSearchShards(payload, Number(process.env.SHARD ?? 12000)));
const byUrl = new Map(files.files.map((f) => [f.url, f.json]));
const fetched: string[] = [];
const s = await openShardedSearch(files.vocabulary.url, async (url) => { fetched.push(url); const j = byUrl.get(url); if (!j) throw new Error("404 " + url); return JSON.parse(j); });
const full = createSearchEngine(payload);
const gz = (u: string) => gzipSync(byUrl.get(u)!, { level: 9 }).length;
console.log("vocab gz", gz(files.vocabulary.url), "shards", files.files.filter(f=>f.file.startsWith("s.")).length);
let mismatch = 0; const sizes: number[] = [];
const queries = syntheticQueries(site, 60);
for (const q of queries) {
  const before = fetched.length;
  const t = performance.now();
  const r = await s.search(q);
  const v = await s.view(r, [], Number(process.env.LIMIT ?? 50));
  const ms = performance.now() - t;
  const f = full.search(q);
  const same = JSON.stringify(r.claims) === JSON.stringify(f.claims) && JSON.stringify(r.people) === JSON.stringify(f.people);
  if (!same) mismatch++;
  const news = fetched.slice(before);
  sizes.push(news.reduce((a, u) => a + gz(u), 0)); if (process.env.QUIET) continue; console.log(q.padEnd(24), same ? "same" : "DIFF", r.claims.length, "files", news.length, "gz", (news.reduce((a, u) => a + gz(u), 0) / 1024).toFixed(1), ms.toFixed(1), "ms", v.claims.length);
}
console.log("mismatch", mismatch, "first", (sizes[0]!/1024).toFixed(1), "later p50", (sizes.slice(1).sort((a,b)=>a-b)[Math.floor(sizes.length/2)]!/1024).toFixed(1), "p95", (sizes.slice(1).sort((a,b)=>a-b)[Math.floor(sizes.length*0.95)-1]!/1024).toFixed(1), "max", (Math.max(...sizes.slice(1))/1024).toFixed(1));
const kinds = new Map<string, number[]>();
for (const f of files.files) { const k = f.file.startsWith("s.") ? "shard" : f.file.startsWith("index") ? "vocab" : "rec-" + f.file.split(".")[2]![0]; const a = kinds.get(k) ?? []; a.push(gz(f.url)); kinds.set(k, a); }
for (const [k, a] of kinds) console.log(k, a.length, "avg gz", (a.reduce((x, y) => x + y, 0) / a.length).toFixed(0), "max", Math.max(...a));
const c0 = files.files.find(f => f.file.endsWith(".c5.json"))!; console.log(c0.json.length, c0.json.slice(0, 1500));
