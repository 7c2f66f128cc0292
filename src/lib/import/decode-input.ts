import { ImportError } from "./import-error.ts";

/** C0 controls other than tab, LF and CR, plus DEL and the C1 block: never in real prose. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Above this share of control characters the "text" is treated as binary:
 * a stray form feed in a pasted report is tolerated, a corrupted file is not.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decode the bytes of a raw report as UTF-8 text, refusing anything that is
 * not plausibly a text file: empty or whitespace-only input, NUL bytes,
 * invalid UTF-8, or a high share of control characters.
 *
 * @param bytes The file's content.
 * @param name How to name the file in error messages (the path as given).
 * @returns The text, without a leading byte order mark.
 * @throws ImportError with a one-line message naming the file.
 */
export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ImportError(`${name} is empty: nothing to import`);
  // NUL never occurs in text files but in almost every binary format.
  if (bytes.includes(0)) {
    throw new ImportError(`${name} looks binary (it contains NUL bytes): expected plain UTF-8 text`);
  }
  let text: string;
  try {
    // `fatal` makes invalid sequences throw instead of turning into U+FFFD silently.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${name} is not valid UTF-8: expected plain UTF-8 text`);
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
