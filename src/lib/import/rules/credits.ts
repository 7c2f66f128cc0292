import { wordsOf, type LineRule } from "./line-rule.ts";

/** "Reporting by Jane Doe in Kyiv; Editing by John Roe", optionally in brackets. */
const CREDIT_ROLES =
  /^\(?(?:Additional\s+)?(?:Reporting|Writing|Written|Editing|Edited|Compiled|Graphics|Research|Reported|Fact-checking) by\s+\p{Lu}/u;

/** "Associated Press writer Jane Doe in Kyiv contributed to this report." */
const CONTRIBUTED = /\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?$/iu;

/** "— With files from The Associated Press" */
const WITH_FILES = /^[–—-]?\s*With\s+(?:files|reporting)\s+from\s+\p{Lu}/u;

/** Who holds a copyright: capitalised words, perhaps joined by "of", "the", "and" or "&". */
const HOLDER = String.raw`\p{Lu}[\p{L}\p{M}\p{N}.&'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}.&'’\-]*|of|the|and|&|for))*`;

/**
 * "© 2025 Reuters", "Copyright 2025 The Associated Press. All rights
 * reserved.": the sign, the years and the holder, nothing else, so
 * "Copyright 2019 rules were at the heart of the dispute." is text.
 */
const COPYRIGHT = new RegExp(
  String.raw`^(?:©|\([cC]\)|Copyright|COPYRIGHT)\s*©?\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(?:${HOLDER})\.?(?:\s+(?:All rights reserved|ALL RIGHTS RESERVED)\.?)?$`,
  // No "i" flag: with it, \p{Lu} would match lower case too.
  "u",
);

/** "Our Standards: …" and a lone "All rights reserved." */
const NOTICE = /^(?:Our Standards:|All rights reserved\.?$)/iu;

/** Closing credits and the publisher's notices after the report. */
export const CREDIT_RULES: readonly LineRule[] = [
  {
    name: "closing-credit",
    reason: "closing credit",
    description: 'Who reported, wrote and edited: "Reporting by …; Editing by …", "… contributed to this report."',
    examples: [
      "Reporting by Jane Doe in Kyiv; Additional reporting by John Roe; Editing by Mark Poe",
      "(Reporting by Jane Doe; Editing by John Roe)",
      "Associated Press writer Jane Doe in Kyiv contributed to this report.",
      "— With files from The Associated Press",
    ],
    keeps: [
      "Reporting by local media suggested that the talks had stalled.",
      "Several journalists contributed to the debate about this report.",
    ],
    matches: (line) =>
      CREDIT_ROLES.test(line) || WITH_FILES.test(line) || (CONTRIBUTED.test(line) && wordsOf(line).length <= 30),
  },
  {
    name: "publisher-notice",
    reason: "publisher notice",
    description: 'Copyright lines and the publisher\'s boilerplate: "© 2025 Reuters", "Our Standards: …".',
    examples: [
      "© 2025 Harbour Wire",
      "Copyright 2025 The Associated Press. All rights reserved.",
      "Our Standards: The Harbour Wire Trust Principles.",
    ],
    keeps: ["Copyright law was not discussed at the summit.", "Copyright 2019 rules were at the heart of the dispute."],
    matches: (line) => (COPYRIGHT.test(line) || NOTICE.test(line)) && wordsOf(line).length <= 20,
  },
];
