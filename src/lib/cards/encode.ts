import { constants, crc32, deflateSync } from "node:zlib";

/**
 * A minimal PNG encoder for the opaque preview cards: 8-bit RGB, no row
 * filter, zlib level 3. resvg's own `asPng()` spent ~9 ms per 1200×630 card
 * (a third of the card's cost); this takes ~5 ms and the files come out
 * smaller, because a card is mostly flat colour that deflate compresses well
 * unfiltered. Pure and deterministic: the same pixels give the same bytes.
 */

/** Deflate level: 3 is the knee (level 1 barely faster, level 6 three times slower for 25 % smaller files). */
const DEFLATE_LEVEL = 3;
let scratch = new Uint8Array(0);
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * Encode RGBA pixels (row-major, 4 bytes a pixel) whose alpha is 255
 * everywhere as an RGB PNG. The alpha channel is dropped, not blended: a
 * card paints an opaque background over its whole area.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  if (rgba.length !== width * height * 4)
    throw new Error(`expected ${width}×${height} RGBA pixels, got ${rgba.length} bytes`);
  const stride = width * 3 + 1;
  // Each scanline: filter byte 0 (none), then the RGB triples.
  // Reused between cards: a fresh 2 MB buffer per card costs more in page faults than the copy itself.
  if (scratch.length !== stride * height) scratch = new Uint8Array(stride * height);
  const raw = scratch;
  for (let y = 0, from = 0; y < height; y++) {
    let to = y * stride + 1;
    // Indexes stay inside both arrays (length checked above); `!` keeps this hot loop free of fallbacks.
    for (const end = from + width * 4; from < end; from += 4, to += 3) {
      raw[to] = rgba[from]!;
      raw[to + 1] = rgba[from + 1]!;
      raw[to + 2] = rgba[from + 2]!;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, colour type 2 (RGB), deflate, adaptive filtering, no interlace
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: DEFLATE_LEVEL })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/**
 * Encode an indexed-colour PNG (colour type 3) from scanlines already laid
 * out as PNG wants them: each row a filter byte (0) and `width` palette
 * indexes, so the buffer goes to deflate without a copy. A card has a few
 * dozen colours: one byte a pixel instead of three makes deflate three times
 * quicker and the file about three times smaller.
 */
export function encodeIndexedPng(
  rows: Uint8Array,
  width: number,
  height: number,
  palette: readonly (readonly [number, number, number])[],
): Uint8Array<ArrayBuffer> {
  if (rows.length !== (width + 1) * height)
    throw new Error(`expected ${height} rows of 1 + ${width} bytes, got ${rows.length} bytes`);
  if (palette.length === 0 || palette.length > 256)
    throw new Error(`a PNG palette has 1 to 256 colours, got ${palette.length}`);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indexes, colour type 3 (palette), deflate, adaptive filtering, no interlace
  return concat([
    Uint8Array.from(SIGNATURE),
    chunk("IHDR", header),
    chunk("PLTE", Uint8Array.from(palette.flat())),
    chunk("IDAT", deflateSync(rows, INDEXED_DEFLATE)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/**
 * Deflate of indexed cards: runs only (Z_RLE). A card's rows are long runs
 * of paper with short runs of text, and on cards RLE took a third of the
 * time of level 3 for files 8 % larger (about 33 KB); level 6 took 3.5 times
 * as long for files 17 % smaller.
 */
const INDEXED_DEFLATE = { level: 3, strategy: constants.Z_RLE } as const;

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
