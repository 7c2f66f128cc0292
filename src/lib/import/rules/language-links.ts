import { onlyPhrases, type LineRule } from "./line-rule.ts";

/**
 * Languages as links to a page's other editions name them: in English and
 * in their own script. Only whole lines of these (or "Read in …") are claimed.
 */
const LANGUAGES = [
  "english",
  "hindi",
  "marathi",
  "bengali",
  "tamil",
  "telugu",
  "urdu",
  "arabic",
  "hebrew",
  "french",
  "german",
  "spanish",
  "chinese",
  "japanese",
  "russian",
  "ukrainian",
  "हिंदी",
  "हिन्दी",
  "मराठी",
  "বাংলা",
  "தமிழ்",
  "తెలుగు",
  "اردو",
  "العربية",
  "עברית",
  "français",
  "deutsch",
  "español",
  "中文",
  "日本語",
  "русский",
  "українська",
];

const LANGUAGE_LINK_PHRASES = [
  ...LANGUAGES,
  ...LANGUAGES.flatMap((language) => [`read in ${language}`, `read this in ${language}`, `in ${language}`]),
  "हिंदी में पढ़ें",
  "हिन्दी में पढ़ें",
];
const isLanguageLink = onlyPhrases(LANGUAGE_LINK_PHRASES);

/** Links to the same report in another language. */
export const LANGUAGE_LINK_RULES: readonly LineRule[] = [
  {
    name: "language-link",
    reason: "link to another language edition",
    description: 'A link to the report in another language: "Read in Hindi", "हिंदी", "Español | Français".',
    examples: ["Read in Hindi", "हिंदी में पढ़ें", "Español | Français", "Read this in Marathi"],
    keeps: ["Hindi is spoken by half the crew.", "Read the Hindi edition for more, she said."],
    matches: isLanguageLink,
  },
];
