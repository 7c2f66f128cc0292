import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { FONT_DIR, FONT_FILES } from "./render-png.ts";
import type { CardNode } from "./og-card.ts";

/**
 * A persistent, content-addressed cache of rendered cards, so a rebuild
 * renders only the cards whose content changed. The key hashes everything
 * the PNG depends on — the card's element tree (its data as laid out), the
 * font files, the renderer versions and CARD_RENDER_VERSION — so a hit is
 * the very PNG a fresh render would give, and builds stay byte-identical.
 */

/** Bump when the rendering code changes the pixels or the encoding (the layout is already in the key). */
export const CARD_RENDER_VERSION = "2";

/** Packages whose versions change the output. */
const RENDERERS = ["satori", "@resvg/resvg-js"] as const;

/** `<ASTRO_CACHE_DIR or node_modules/.astro>/og-cards`, beside Astro's own cache. */
export function cardCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro", "og-cards");
}

let fingerprint: string | undefined;

/**
 * Hash of what every card shares: font bytes, renderer and zlib versions,
 * CARD_RENDER_VERSION. Computed once per process; the build runs from the
 * project root.
 */
export function rendererFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash("sha256").update(`render ${CARD_RENDER_VERSION}\n`);
  for (const name of RENDERERS) {
    const { version } = JSON.parse(readFileSync(resolve("node_modules", name, "package.json"), "utf8")) as {
      version: string;
    };
    hash.update(`${name}@${version}\n`);
  }
  // The PNG encoder deflates with Node's zlib: another zlib may pick other (equally valid) bytes.
  hash.update(`zlib@${process.versions.zlib ?? "unknown"}\n`);
  for (const { file } of FONT_FILES) hash.update(file).update(readFileSync(resolve(FONT_DIR, file)));
  fingerprint = hash.digest("hex");
  return fingerprint;
}

/** The cache key of a card: sha256 of the renderer fingerprint and the card's element tree. */
export function cardKey(card: CardNode, renderer: string = rendererFingerprint()): string {
  return createHash("sha256").update(renderer).update("\n").update(JSON.stringify(card)).digest("hex");
}

/** Where the card with this key lives in the cache. */
export const cardFile = (dir: string, key: string): string => join(dir, `${key}.png`);

/** Write a PNG into the cache atomically: readers never see half a file, concurrent writers of one key agree. */
export function writeCardFile(file: string, png: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
}

/** How cachedCardPng renders and where it keeps files (tests inject both). */
export interface CardCacheOptions {
  readonly dir?: string;
  readonly render: (card: CardNode) => Promise<Uint8Array>;
  readonly renderer?: string;
}

/** The card's PNG from the cache, or rendered and stored on a miss. */
export async function cachedCardPng(card: CardNode, options: CardCacheOptions): Promise<Uint8Array<ArrayBuffer>> {
  const file = cardFile(options.dir ?? cardCacheDir(), cardKey(card, options.renderer));
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = await options.render(card);
  writeCardFile(file, png);
  return new Uint8Array(png);
}
