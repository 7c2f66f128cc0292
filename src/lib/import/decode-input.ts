import { ImportError } from "./import-error.ts";

/** C0 controls other than tab, LF and CR, plus DEL and the C1 block: never in real prose. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Above this share of control characters the "text" is treated as binary:
 * a stray form feed in a pasted report is tolerated, a corrupted file is not.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Below this share of NUL bytes at one parity (and none at the other) a
 * file without a byte order mark is not taken for UTF-16: text of mostly
 * one-byte characters, spaces and line breaks has a NUL in every second byte.
 */
const MIN_UTF16_NUL_SHARE = 0.1;

type Utf16 = "utf-16le" | "utf-16be";

/**
 * The UTF-16 byte order of a file, if it is UTF-16: from its byte order mark,
 * or, without one, from NUL bytes standing only at odd (little-endian) or
 * only at even (big-endian) offsets, as ASCII spaces and letters leave them.
 */
function utf16Order(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++;
      else odd++;
    }
  }
  const minimum = (bytes.length / 2) * MIN_UTF16_NUL_SHARE;
  if (odd >= minimum && even === 0) return "utf-16le";
  if (even >= minimum && odd === 0) return "utf-16be";
  return undefined;
}

/** Decode strictly: an invalid sequence throws instead of turning into U+FFFD silently. */
function decodeStrictly(bytes: Uint8Array, encoding: "utf-8" | Utf16): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decode the bytes of a raw report as text (UTF-8, or UTF-16 with or
 * without a byte order mark), refusing anything that is not plausibly a
 * text file: empty or whitespace-only input, NUL bytes outside UTF-16,
 * invalid sequences, or a high share of control characters.
 *
 * @param bytes The file's content.
 * @param name How to name the file in error messages (the path as given).
 * @returns The text, without a leading byte order mark.
 * @throws ImportError with a one-line message naming the file.
 */
export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ImportError(`${name} is empty: nothing to import`);
  const utf16 = utf16Order(bytes);
  let text: string | undefined;
  if (utf16 !== undefined) {
    text = decodeStrictly(bytes, utf16);
    if (text === undefined) {
      throw new ImportError(`${name} is not valid ${utf16.toUpperCase()}: expected plain UTF-8 or UTF-16 text`);
    }
  } else {
    // NUL never occurs in UTF-8 text but in almost every binary format.
    if (bytes.includes(0)) {
      throw new ImportError(`${name} looks binary (it contains NUL bytes): expected plain UTF-8 text`);
    }
    text = decodeStrictly(bytes, "utf-8");
    if (text === undefined) throw new ImportError(`${name} is not valid UTF-8: expected plain UTF-8 text`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_SHARE) {
    throw new ImportError(`${name} looks binary (${controls} control characters): expected plain UTF-8 text`);
  }
  if (text.trim() === "") {
    throw new ImportError(`${name} contains only whitespace: nothing to import`);
  }
  return text;
}
