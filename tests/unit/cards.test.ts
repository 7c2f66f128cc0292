import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { threadId } from "node:worker_threads";
import {
  cachedCardPng,
  cardCacheDir,
  cardFile,
  cardKey,
  CARD_RENDER_VERSION,
  fingerprintOf,
  RENDERERS,
  rendererFingerprint,
  rendererInputs,
} from "../../src/lib/cards/cache.ts";
import { renderCard } from "../../src/lib/cards/input.ts";
import { encodeIndexedPng, encodeOpaquePng } from "../../src/lib/cards/encode.ts";
import { CardPool } from "../../src/lib/cards/pool.ts";
import type { ClaimCardData } from "../../src/lib/cards/design.ts";
import { FONT_FILES } from "../../src/lib/cards/fonts.ts";

const data: ClaimCardData = {
  siteName: "Side by Side",
  storyTitle: "A summit in two reports",
  claimTitle: "Berg and Dahl met",
  status: "agree",
  quotes: [{ outlet: "The Daily Example", text: "Anna Berg met Carl Dahl in Oslo." }],
};

/** A claim card's input. */
const claimCard = (card: ClaimCardData) => ({ claim: card });

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "card-cache-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("card cache", () => {
  it("render a missing card once, then answer from the file with identical bytes", async () => {
    const dir = tempDir();
    const render = vi.fn(async () => Uint8Array.from([1, 2, 3, 4]));
    const card = claimCard(data);
    const first = await cachedCardPng(card, { dir, render, renderer: "r1" });
    const second = await cachedCardPng(card, { dir, render, renderer: "r1" });
    expect(render).toHaveBeenCalledTimes(1);
    expect([...first]).toEqual([1, 2, 3, 4]);
    expect([...second]).toEqual([...first]);
    expect(readdirSync(dir)).toEqual([`${cardKey(card, "r1")}.png`]);
  });

  it("key on the card's content: same data same key, other data or renderer another key", () => {
    const key = cardKey(claimCard(data), "r1");
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(cardKey(claimCard({ ...data }), "r1")).toBe(key);
    expect(cardKey(claimCard({ ...data, claimTitle: "Berg and Dahl did not meet" }), "r1")).not.toBe(key);
    expect(cardKey(claimCard({ ...data, status: "differ" }), "r1")).not.toBe(key);
    expect(cardKey(claimCard(data), "r2")).not.toBe(key);
  });

  it("render again when the card changes", async () => {
    const dir = tempDir();
    const render = vi.fn(async () => Uint8Array.from([9]));
    await cachedCardPng(claimCard(data), { dir, render, renderer: "r1" });
    await cachedCardPng(claimCard({ ...data, storyTitle: "Another story" }), { dir, render, renderer: "r1" });
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("fingerprint the real renderer inputs: every renderer's version, zlib, every font's bytes", () => {
    const inputs = rendererInputs();
    expect(inputs.renderVersion).toBe(CARD_RENDER_VERSION);
    expect(inputs.packages.map((p) => p.name)).toEqual([...RENDERERS]);
    for (const { name, version } of inputs.packages) {
      const installed = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string };
      expect(version, name).toBe(installed.version);
    }
    expect(inputs.zlib).toBe(process.versions.zlib);
    expect(inputs.fonts.map((font) => font.file)).toEqual(FONT_FILES.map((font) => font.file));
    for (const font of inputs.fonts)
      expect(Buffer.from(font.bytes).equals(readFileSync(`src/assets/fonts/${font.file}`))).toBe(true);

    const real = rendererFingerprint();
    expect(real).toBe(fingerprintOf(inputs));
    // Each input moves the fingerprint.
    const [firstFont, ...otherFonts] = inputs.fonts;
    if (firstFont === undefined) throw new Error("no fonts");
    const changedFont = Uint8Array.from(firstFont.bytes);
    changedFont[100] = (changedFont[100] ?? 0) ^ 1;
    const variants = [
      { ...inputs, renderVersion: `${inputs.renderVersion}+1` },
      { ...inputs, packages: inputs.packages.map((p, i) => (i === 0 ? { ...p, version: `${p.version}-next` } : p)) },
      { ...inputs, zlib: `${inputs.zlib}-other` },
      { ...inputs, fonts: [{ ...firstFont, bytes: changedFont }, ...otherFonts] },
    ];
    for (const variant of variants) expect(fingerprintOf(variant)).not.toBe(real);
  });

  it("live in the Astro cache folder, which ASTRO_CACHE_DIR moves", () => {
    expect(cardCacheDir({ ASTRO_CACHE_DIR: "/tmp/x-cache" })).toBe("/tmp/x-cache/og-cards");
    expect(cardCacheDir({})).toMatch(/node_modules\/\.astro\/og-cards$/u);
  });
});

describe("PNG encoder", () => {
  it("write the RGB of opaque RGBA pixels as a valid, deterministic PNG", () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : i * 10));
    const png = encodeOpaquePng(rgba, width, height);
    const view = new DataView(png.buffer);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(png.subarray(12, 16)).toString("latin1")).toBe("IHDR");
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([3, 2, 8, 2]);
    const idatLength = view.getUint32(33);
    expect(Buffer.from(png.subarray(37, 41)).toString("latin1")).toBe("IDAT");
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    const expected = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22].map((i) => (i * 10) & 255);
    expect([...rows]).toEqual([0, ...expected.slice(0, 9), 0, ...expected.slice(9)]);
    expect(Buffer.from(encodeOpaquePng(rgba, width, height)).equals(Buffer.from(png))).toBe(true);
  });

  it("refuse pixels that do not match the size", () => {
    expect(() => encodeOpaquePng(new Uint8Array(8), 3, 2)).toThrow("expected 3×2 RGBA pixels, got 8 bytes");
  });

  it("write palette indexes with their palette as an indexed-colour PNG", () => {
    // Two rows of three pixels, each row led by its filter byte.
    const rows = Uint8Array.from([0, 0, 1, 1, 0, 1, 0, 0]);
    const palette = [
      [255, 255, 255],
      [26, 26, 26],
    ] as const;
    const png = encodeIndexedPng(rows, 3, 2, palette);
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([3, 2, 8, 3]);
    expect(Buffer.from(png.subarray(37, 41)).toString("latin1")).toBe("PLTE");
    expect([...png.subarray(41, 47)]).toEqual([255, 255, 255, 26, 26, 26]);
    const idatLength = view.getUint32(51);
    expect(Buffer.from(png.subarray(55, 59)).toString("latin1")).toBe("IDAT");
    expect([...inflateSync(png.subarray(59, 59 + idatLength))]).toEqual([...rows]);
    expect(() => encodeIndexedPng(rows, 4, 2, palette)).toThrow("expected 2 rows of 1 + 4 bytes, got 8 bytes");
  });
});

describe("card pool", () => {
  it("render in a worker thread the very PNG this thread renders", async () => {
    const dir = tempDir();
    const card = claimCard(data);
    const file = cardFile(dir, cardKey(card));
    const pool = new CardPool(1);
    const stats = await pool.render(card, file);
    // The card was rendered on another thread, which reports its own CPU time.
    expect(threadId).toBe(0);
    expect(stats.threadId).toBeGreaterThan(0);
    expect(stats.cpuMs).toBeGreaterThan(0);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(await renderCard(card)))).toBe(true);
  });
});
