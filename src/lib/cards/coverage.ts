import type { ClaimCardData } from "./design.ts";
import { uncoveredCharacters } from "./fonts.ts";

/**
 * What a claim's card cannot draw: the characters of its title, story,
 * outlets and quotes that neither Inter nor a fallback font has, each with
 * its code point, so the build can say which ones show as empty boxes.
 *
 * @returns One warning naming the claim and the characters, or none.
 */
export function cardCoverageWarnings(claimId: string, data: ClaimCardData): string[] {
  const text = [data.claimTitle, data.storyTitle, ...data.quotes.flatMap((quote) => [quote.outlet, quote.text])];
  const missing = uncoveredCharacters(text.join(" "));
  if (missing.length === 0) return [];
  const named = missing.map((char) => `"${char}" U+${(char.codePointAt(0) as number).toString(16).toUpperCase()}`);
  return [`preview card of claim ${claimId}: no font draws ${named.join(", ")}; they show as empty boxes`];
}
