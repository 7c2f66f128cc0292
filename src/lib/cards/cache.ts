import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { FALLBACK_PACKAGES } from "./fallback-fonts.ts";
import { FONT_DIR, FONT_FILES } from "./fonts.ts";
import type { CardInput } from "./input.ts";

/**
 * A persistent, content-addressed cache of rendered cards, so a rebuild
 * renders only the cards whose content changed. The key hashes everything
 * the PNG depends on — the card's input (a claim's card data or an element
 * tree), the font files, the renderer versions and CARD_RENDER_VERSION — so a hit is
 * the very PNG a fresh render would give, and builds stay byte-identical.
 */

/** Bump when the rendering code changes the pixels or the encoding (the layout is already in the key). */
export const CARD_RENDER_VERSION = "4";

/** Packages whose versions change the output: the renderers, the bidi levels, the fallback fonts' packages. */
export const RENDERERS = [
  "satori",
  "@resvg/resvg-js",
  "@shuding/opentype.js",
  "bidi-js",
  ...FALLBACK_PACKAGES,
] as const;

/** `<ASTRO_CACHE_DIR or node_modules/.astro>/og-cards`, beside Astro's own cache. */
export function cardCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro", "og-cards");
}

/** Everything a card's pixels depend on besides its own input. */
export interface RendererInputs {
  readonly renderVersion: string;
  /** Version of each renderer package. */
  readonly packages: readonly { readonly name: string; readonly version: string }[];
  readonly zlib: string;
  readonly fonts: readonly { readonly file: string; readonly bytes: Uint8Array }[];
}

/** The real inputs: CARD_RENDER_VERSION, installed renderer versions, Node's zlib, the font files. */
export function rendererInputs(): RendererInputs {
  return {
    renderVersion: CARD_RENDER_VERSION,
    packages: RENDERERS.map((name) => {
      const { version } = JSON.parse(readFileSync(resolve("node_modules", name, "package.json"), "utf8")) as {
        version: string;
      };
      return { name, version };
    }),
    // The PNG encoder deflates with Node's zlib: another zlib may pick other (equally valid) bytes.
    zlib: process.versions.zlib ?? "unknown",
    fonts: FONT_FILES.map(({ file }) => ({ file, bytes: readFileSync(resolve(FONT_DIR, file)) })),
  };
}

/** sha256 of the renderer inputs. */
export function fingerprintOf(inputs: RendererInputs): string {
  const hash = createHash("sha256").update(`render ${inputs.renderVersion}\n`);
  for (const { name, version } of inputs.packages) hash.update(`${name}@${version}\n`);
  hash.update(`zlib@${inputs.zlib}\n`);
  for (const { file, bytes } of inputs.fonts) hash.update(file).update(bytes);
  return hash.digest("hex");
}

let fingerprint: string | undefined;

/**
 * Hash of what every card shares (rendererInputs()), computed once per
 * process; the build runs from the project root.
 */
export function rendererFingerprint(): string {
  fingerprint ??= fingerprintOf(rendererInputs());
  return fingerprint;
}

/** The cache key of a card: sha256 of the renderer fingerprint and the card's input. */
export function cardKey(card: CardInput, renderer: string = rendererFingerprint()): string {
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
  readonly render: (card: CardInput) => Promise<Uint8Array>;
  readonly renderer?: string;
}

/** The card's PNG from the cache, or rendered and stored on a miss. */
export async function cachedCardPng(card: CardInput, options: CardCacheOptions): Promise<Uint8Array<ArrayBuffer>> {
  const file = cardFile(options.dir ?? cardCacheDir(), cardKey(card, options.renderer));
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = await options.render(card);
  writeCardFile(file, png);
  return new Uint8Array(png);
}
