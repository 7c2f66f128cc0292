/**
 * One timed run of the alignment engine on a synthetic story, in a process
 * of its own so `npm run bench align` can read its peak memory:
 *
 *   tsx scripts/bench/align-cost.ts <reports> <sentences per report>
 *
 * Prints one JSON line: the engine's wall and CPU time, start-up excluded
 * (the NLP models and word vectors load once, in a warm-up run on a tiny
 * story).
 */
import { cpuUsage } from "node:process";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import { suggestClaims } from "../../src/lib/compare/align/suggest.ts";
import { syntheticStory } from "../lib/synthetic/story.ts";

const [reports, sentences] = process.argv.slice(2).map(Number);
if (!Number.isInteger(reports) || !Number.isInteger(sentences)) {
  console.error("usage: tsx scripts/bench/align-cost.ts <reports> <sentences per report>");
  process.exit(2);
}
const findDetails = siteDetailFinder();
suggestClaims({ reports: syntheticStory(2, 5, 1), findDetails });
const story = syntheticStory(reports as number, sentences as number, 42);
const cpu = cpuUsage();
const start = performance.now();
suggestClaims({ reports: story, findDetails });
const used = cpuUsage(cpu);
console.log(JSON.stringify({ wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }));
