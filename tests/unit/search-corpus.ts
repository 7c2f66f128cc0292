/**
 * The fixture corpus plus, in memory only, a third report naming the people
 * of the real content (Meloni, Starmer, Macron, Zelenskyy with his aliases,
 * von der Leyen) and a person with diacritics, so search tests can check
 * aliases, spellings and quote-only mentions without changing the shared
 * fixture files.
 */
import { loadContent } from "../../src/lib/content/load-content.ts";
import type { Entry } from "../../src/lib/content/parse-entries.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import type { SiteInput } from "../../src/lib/model/input.ts";
import type { Site } from "../../src/lib/model/types.ts";
import { articleSchema } from "../../src/schemas/article.ts";
import { claimSchema } from "../../src/schemas/claim.ts";
import { personSchema } from "../../src/schemas/person.ts";

/** The shared fixture, untouched. */
export const FIXTURE = "tests/fixtures/content/basic";

const entry = <T>(id: string, data: T, body?: string): Entry<T> => ({
  id,
  file: `memory/${id}`,
  data,
  ...(body === undefined ? {} : { body }),
});

const THIRD_REPORT = [
  "Volodymyr Zelenskyy met Giorgia Meloni in Kyiv.",
  "Zelenskyj said the talks were useful.",
  "Meloni, Starmer and Macron promised support.",
  "Zoë Šťastná, the envoy, was not there.",
].join(" ");

const PEOPLE = {
  "giorgia-meloni": { name: "Giorgia Meloni", aliases: ["Meloni"], role: "Prime Minister of Italy" },
  "keir-starmer": { name: "Keir Starmer", aliases: ["Starmer"], role: "Prime Minister of the United Kingdom" },
  "emmanuel-macron": { name: "Emmanuel Macron", aliases: ["Macron"], role: "President of France" },
  "volodymyr-zelenskyy": {
    name: "Volodymyr Zelenskyy",
    aliases: ["Zelenskyj", "Zelenskyy", "Zelensky"],
    role: "President of Ukraine",
  },
  "ursula-von-der-leyen": {
    name: "Ursula von der Leyen",
    aliases: ["von der Leyen"],
    role: "President of the European Commission",
  },
  "zoe-stastna": { name: "Zoë Šťastná", aliases: ["Šťastná"], role: "Envoy" },
};

const CLAIMS = {
  "kyiv-meeting": {
    title: "Zelenskyy received a visitor in Kyiv",
    topic: "Meeting",
    // Meloni is not listed: she is named only in the quote.
    people: ["volodymyr-zelenskyy"],
    quotes: ["Volodymyr Zelenskyy met Giorgia Meloni in Kyiv."],
  },
  "talks-useful": {
    title: "The talks were useful",
    topic: "Meeting",
    people: ["volodymyr-zelenskyy"],
    quotes: ["Zelenskyj said the talks were useful."],
  },
  "support-promised": {
    title: "Three leaders promised support",
    topic: "Support",
    people: ["giorgia-meloni", "keir-starmer", "emmanuel-macron"],
    quotes: ["Meloni, Starmer and Macron promised support."],
  },
};

/** Site input of the fixture plus the in-memory report, people and claims. */
export function searchCorpusInput(): SiteInput {
  const base = loadContent(FIXTURE);
  const article = articleSchema.parse({
    story: "summit",
    outlet: "The Third Paper",
    title: "Leaders in Kyiv",
    published: "2025-08-18",
  });
  return {
    ...base,
    articles: [...base.articles, entry("third-report", article, THIRD_REPORT)],
    people: [...base.people, ...Object.entries(PEOPLE).map(([id, person]) => entry(id, personSchema.parse(person)))],
    claims: [
      ...base.claims,
      ...Object.entries(CLAIMS).map(([id, claim]) =>
        entry(
          id,
          claimSchema.parse({
            story: "summit",
            title: claim.title,
            topic: claim.topic,
            people: claim.people,
            accounts: { "third-report": { quotes: claim.quotes, summary: claim.title, direct: false } },
          }),
        ),
      ),
    ],
  };
}

/** The fixture site (unchanged files) and the extended site. */
export const fixtureSite = (): Site => buildSite(loadContent(FIXTURE));
export const searchCorpus = (): Site => buildSite(searchCorpusInput());
