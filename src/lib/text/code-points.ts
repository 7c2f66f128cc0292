/** `U+0065 U+0301`: the code points of a text, to name characters that may not show. */
export const codePoints = (text: string): string =>
  [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
