import { SENTENCE_END, wordsOf, type LineRule } from "./line-rule.ts";

/** Photo agencies and libraries as credits name them. */
const AGENCY = String.raw`(?:REUTERS|Reuters|AP|AFP|EPA(?:-EFE)?|Getty Images|AFP via Getty Images|Anadolu(?: Agency)?|Shutterstock|Alamy|Bloomberg|Pool|TASS|Sputnik|Ukrinform|PA(?: Wire)?|dpa)`;

/** "Photo: …", "Photograph by …", "Image credit: …". */
const CREDIT_LABEL =
  /^(?:Photo|Photograph|Picture|Image|Illustration|Video|Credit|Photo credit|Image credit)s?\s*(?::|by\s)/iu;

/** "(AP Photo/Efrem Lukatsky)", "(Photo by Jane Doe/AFP via Getty Images)", "REUTERS/Jane Doe/File Photo". */
const AGENCY_CREDIT = new RegExp(
  String.raw`(?:\((?:AP|AFP|Reuters|EPA)?\s*Photo(?:\s+by)?[\s/][^()]+\)|(?:${AGENCY})\s*/\s*[\p{L}\p{M} .'’\-]+(?:/\s*File(?: Photo)?)?|[\p{L}\p{M} .'’\-]+/\s*(?:${AGENCY}))$`,
  "u",
);

/** A credit line of an agency alone, or a photographer and agency: "Getty Images", "Jane Doe/AFP via Getty Images", "REUTERS/Jane Doe". */
const AGENCY_ONLY = new RegExp(
  String.raw`^(?:(?:[\p{L}\p{M} .'’\-]+\s*/\s*)?(?:${AGENCY})|(?:${AGENCY})\s*/\s*[\p{L}\p{M} .'’\-]+(?:/\s*File(?: Photo)?)?)$`,
  "u",
);

/**
 * Longest credit a caption ends with, in characters. The credit patterns are
 * tried on this much of the line's end only: tried on the whole line, their
 * unanchored start made a 200 000-character line take minutes (quadratic).
 */
const MAX_CREDIT_LENGTH = 120;

/** "Jane Doe | Reuters": a short name, a bar, a short capitalised source. */
const NAME_BAR_SOURCE = /^([^|]{2,60})\s\|\s(\p{Lu}[^|]{1,40})$/u;

/** Longest credit after its label ("Photo: …"), in words. */
const MAX_LABELLED_CREDIT_WORDS = 12;

/**
 * True for a credit line standing alone. A labelled credit names its
 * source and stops: "Video by a local resident showed ships leaving the
 * harbour." ends like a sentence, so it is text, not a credit.
 */
export function isPhotoCredit(line: string): boolean {
  if (CREDIT_LABEL.test(line) && wordsOf(line).length <= MAX_LABELLED_CREDIT_WORDS && !SENTENCE_END.test(line)) {
    return true;
  }
  if (AGENCY_ONLY.test(line) || /^\([^()]*Photo[^()]*\)$/u.test(line)) return true;
  const bar = NAME_BAR_SOURCE.exec(line);
  if (bar === null) return false;
  const [, name = "", source = ""] = bar;
  return wordsOf(name).length <= 8 && wordsOf(source).length <= 5 && !SENTENCE_END.test(name.trim());
}

/**
 * True for a caption: text describing a picture that ends in its credit
 * ("… in Kyiv, August 16, 2025. REUTERS/Jane Doe", "… (AP Photo/Jane Doe)",
 * "… Photo: Jane Doe/AP").
 */
export function isPhotoCaption(line: string): boolean {
  const tail = line.slice(-MAX_CREDIT_LENGTH);
  return AGENCY_CREDIT.test(tail) || /[.!?]["”’]?\s+(?:Photo|Image|Picture|Credit)s?:\s*[^.!?]{2,60}$/u.test(tail);
}

/** Photo captions and credit lines. */
export const CAPTION_RULES: readonly LineRule[] = [
  {
    name: "photo-credit",
    reason: "photo credit",
    description: 'A credit standing alone: "Name | Agency", "Photo: …", "(AP Photo/…)", "Getty Images".',
    examples: [
      "Jane Doe | Reuters",
      "Photo: Jane Doe/AP",
      "Photograph by Jane Doe for The Harbour Daily",
      "(AP Photo/Jane Doe)",
      "Jane Doe/AFP via Getty Images",
      "REUTERS/Jane Doe",
    ],
    keeps: [
      "Russia | Ukraine | Talks. The three words were on every banner.",
      "Photos of the meeting were released.",
      "Video by a local resident showed ships leaving the harbour.",
    ],
    matches: isPhotoCredit,
  },
  {
    name: "photo-caption",
    reason: "photo caption",
    description: "A picture's caption, recognised by the credit it ends with.",
    examples: [
      "The envoy speaks to reporters in Kyiv, Ukraine, August 16, 2025. REUTERS/Jane Doe",
      "Firefighters work at the site of a strike in Odesa on Sunday. (AP Photo/Jane Doe)",
      "Leaders pose for a photograph before the talks. Photo: Jane Doe/AP",
    ],
    keeps: ["The photo was taken by a Reuters photographer in Kyiv.", "He showed reporters the picture."],
    matches: isPhotoCaption,
  },
];
