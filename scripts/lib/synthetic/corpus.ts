/**
 * A synthetic content tree for benchmarks and tests: the same schemas as
 * content/, at any size, from a seed. Stories have 2–6 reports; reports are
 * Markdown with 8–20 paragraphs naming people by varying aliases; there are
 * about ten claims per report, each quoting sentences verbatim. Every quote
 * is checked to occur exactly once in its report (as the build will check),
 * so the corpus always builds.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { slugify } from "../../../src/lib/slug.ts";
import { normalizeText } from "../../../src/lib/text/normalize.ts";
import {
  createRandom,
  makeClaimTitle,
  makeSentence,
  OUTLETS,
  THEMES,
  TITLES,
  TOPICS,
  uniqueName,
  type Random,
  type Sentence,
} from "./text.ts";

/** How much to generate. */
export interface CorpusOptions {
  /** Number of reports (articles); at least 2. */
  readonly articles: number;
  readonly seed?: number;
  /** Claims per article, on average. */
  readonly claimsPerArticle?: number;
}

/** What was written, for checking and for per-item figures. */
export interface CorpusCounts {
  readonly stories: number;
  readonly articles: number;
  readonly claims: number;
  readonly people: number;
  readonly places: number;
  readonly quotes: number;
  readonly sentences: number;
}

interface PersonDraft {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string;
}

interface ArticleDraft {
  readonly id: string;
  readonly sentences: Sentence[];
  /** Normalised paragraph texts, to prove a quote occurs exactly once. */
  readonly paragraphs: string[];
}

/**
 * Write `<root>/content/{stories,articles,claims,people,places}/` and return
 * the counts. The root must exist; the content folder is created.
 */
export function writeSyntheticCorpus(root: string, options: CorpusOptions): CorpusCounts {
  if (options.articles < 2) throw new Error("a synthetic corpus needs at least 2 articles (a story has 2–6 reports)");
  const random = createRandom(options.seed ?? 20_250_815);
  const dir = join(root, "content");
  const write = (collection: string, file: string, text: string): void =>
    writeFileSync(join(dir, collection, file), text);
  for (const collection of ["stories", "articles", "claims", "people", "places"])
    mkdirSync(join(dir, collection), { recursive: true });

  const names = new Set<string>();
  const ids = new Set<string>();
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  // A few people recur across many stories (as heads of government do); most belong to one or two.
  const people = Array.from({ length: Math.max(8, Math.round(options.articles * 0.4)) }, () =>
    makePerson(random, names, uniqueId),
  );
  const famous = people.slice(0, 6);
  const places = Array.from({ length: Math.max(4, Math.round(options.articles * 0.15)) }, () =>
    uniqueName(random, names, 2),
  );
  for (const person of people)
    write("people", `${person.id}.yaml`, stringify({ name: person.name, aliases: person.aliases, role: person.role }));
  const placeIds = new Map(places.map((place) => [place, uniqueId(slugify(place))]));
  for (const [place, id] of placeIds) write("places", `${id}.yaml`, stringify({ name: place }));

  let remaining = options.articles;
  const counts = { stories: 0, articles: 0, claims: 0, quotes: 0, sentences: 0 };
  while (remaining > 0) {
    let size = Math.min(random.int(2, 6), remaining);
    if (remaining - size === 1) size = size === 2 ? 3 : size - 1;
    remaining -= size;

    const theme = random.pick(THEMES);
    const storyPlace = random.pick(places);
    const storyId = uniqueId(slugify(`${theme} ${storyPlace}`));
    const date = new Date(Date.UTC(2024, 0, 1) + counts.stories * 86_400_000);
    const cast = [
      ...random.sample(famous, random.int(1, 2)),
      ...random.sample(people.slice(famous.length), random.int(2, 4)),
    ];
    const storyPlaces = [
      storyPlace,
      ...random.sample(
        places.filter((p) => p !== storyPlace),
        2,
      ),
    ];
    const topics = random.sample(TOPICS, random.int(3, 6));
    write(
      "stories",
      `${storyId}.yaml`,
      stringify({
        title: `The ${theme} in ${storyPlace}`,
        summary: `Reports on the ${theme} negotiated in ${storyPlace}.`,
        date: day(date),
      }),
    );

    const articles: ArticleDraft[] = [];
    for (let i = 0; i < size; i++) {
      const outlet = random.pick(OUTLETS);
      const title = `${cast[0]?.name ?? storyPlace} and the ${theme}: ${random.pick(["what we know", "talks resume", "a deal in sight", "doubts grow", "the latest"])}`;
      const id = uniqueId(`${slugify(outlet, 3)}-${storyId}`);
      const body = writeArticle(random, cast, storyPlaces, theme, topics);
      articles.push({ id, sentences: body.sentences, paragraphs: body.paragraphs.map(normalizeText) });
      const published = day(new Date(date.getTime() + random.int(0, 2) * 86_400_000));
      write(
        "articles",
        `${id}.md`,
        `---\n${stringify({ story: storyId, outlet, title, published })}---\n${body.markdown}`,
      );
      counts.sentences += body.sentences.length;
    }

    for (let c = 0; c < Math.round(size * (options.claimsPerArticle ?? 10)); c++) {
      const claim = makeClaim(random, articles, { theme, topics, cast, storyPlaces, placeIds, storyId });
      write("claims", `${uniqueId(`${storyId}-${slugify(claim.title, 5)}`)}.yaml`, stringify(claim));
      counts.claims++;
      counts.quotes += Object.values(claim.accounts).reduce((n, account) => n + account.quotes.length, 0);
    }
    counts.stories++;
    counts.articles += size;
  }
  return { ...counts, people: people.length, places: places.length };
}

function makePerson(random: Random, names: Set<string>, uniqueId: (base: string) => string): PersonDraft {
  const first = uniqueName(random, names, 2);
  const last = uniqueName(random, names);
  const title = random.pick(TITLES);
  // A transliteration variant, like Zelenskyy / Zelenskyj, for some people.
  const variant = last.replace(
    /([aeiou])([^aeiou]*)$/u,
    (_m, vowel: string, rest: string) => (vowel === "o" ? "a" : "o") + rest,
  );
  const aliases = [last, `${title} ${last}`, ...(random.chance(0.3) && !names.has(variant) ? [variant] : [])];
  for (const alias of aliases) names.add(alias);
  return {
    id: uniqueId(slugify(`${first} ${last}`)),
    name: `${first} ${last}`,
    aliases,
    role: `${title} for ${random.pick(THEMES)} affairs`,
  };
}

/** An article body: paragraphs of unique sentences, a subheading or two, people named in turn by full name then alias. */
function writeArticle(
  random: Random,
  cast: readonly PersonDraft[],
  places: readonly string[],
  theme: string,
  topics: readonly string[],
) {
  const introduced = new Set<number>();
  const mention = (index: number): string => {
    const person = cast[index] as PersonDraft;
    if (!introduced.has(index)) {
      introduced.add(index);
      return person.name;
    }
    return random.chance(0.3) ? person.name : random.pick(person.aliases);
  };
  const seen = new Set<string>();
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  const blocks: string[] = [];
  const paragraphCount = random.int(8, 20);
  const headingAt = new Set(random.sample([...Array(paragraphCount).keys()].slice(2), random.int(0, 2)));
  for (let p = 0; p < paragraphCount; p++) {
    if (headingAt.has(p)) blocks.push(`## ${random.pick(topics)} in ${random.pick(places)}`);
    const paragraph: Sentence[] = [];
    for (let s = random.int(1, 4); paragraph.length < s;) {
      const sentence = makeSentence(random, { mention, people: cast.length, places, theme });
      if (seen.has(sentence.text)) continue;
      seen.add(sentence.text);
      paragraph.push(sentence);
    }
    sentences.push(...paragraph);
    paragraphs.push(paragraph.map((sentence) => sentence.text).join(" "));
    blocks.push(paragraphs[paragraphs.length - 1] as string);
  }
  return { sentences, paragraphs, markdown: `${blocks.join("\n\n")}\n` };
}

interface StoryContext {
  readonly storyId: string;
  readonly theme: string;
  readonly topics: readonly string[];
  readonly cast: readonly PersonDraft[];
  readonly storyPlaces: readonly string[];
  readonly placeIds: ReadonlyMap<string, string>;
}

interface AccountDraft {
  quotes: string[];
  summary: string;
  speaker?: string;
  direct: boolean;
}

/** One claim over 1–3 reports of the story, each account quoting one or two of that report's sentences. */
function makeClaim(random: Random, articles: readonly ArticleDraft[], story: StoryContext) {
  const roll = random.next();
  const accountCount = Math.min(articles.length, roll < 0.35 ? 1 : roll < 0.8 ? 2 : 3);
  const accounts: Record<string, AccountDraft> = {};
  const people = new Set<number>();
  const places = new Set<string>();
  for (const article of random.sample(articles, accountCount)) {
    const account: AccountDraft = { quotes: [], summary: "", direct: false };
    for (const sentence of random.sample(article.sentences, random.chance(0.8) ? 1 : 2)) {
      const quote = quoteOf(random, sentence.text, article.paragraphs);
      if (quote === undefined) continue;
      account.quotes.push(random.chance(0.3) ? quote.replace(/[“”]/gu, '"').replace(/’/gu, "'") : quote);
      for (const person of sentence.people) people.add(person);
      for (const place of sentence.places) places.add(place);
      if (sentence.speaker !== undefined && account.speaker === undefined) {
        account.speaker = (story.cast[sentence.speaker] as PersonDraft).id;
        account.direct = true;
      }
    }
    if (account.quotes.length === 0) continue;
    account.summary = `The report says: ${(account.quotes[0] as string).split(" ").slice(0, 8).join(" ")} …`;
    accounts[article.id] = account;
  }
  if (Object.keys(accounts).length === 0) return makeClaim(random, articles, story);
  const first = [...people][0];
  const multiple = Object.keys(accounts).length > 1;
  const differ = multiple && random.chance(0.4);
  return {
    story: story.storyId,
    title: makeClaimTitle(random, story.theme, first === undefined ? undefined : story.cast[first]?.name),
    topic: random.pick(story.topics),
    // Editors list most, not all, of the people a quote names; the model adds the others from the text.
    people: [...people].filter(() => random.chance(0.85)).map((index) => (story.cast[index] as PersonDraft).id),
    places: [...places].map((place) => story.placeIds.get(place) as string),
    ...(multiple ? { status: differ ? "differ" : "agree" } : {}),
    ...(differ ? { note: "The reports give different figures and dates." } : {}),
    accounts,
  };
}

/**
 * The whole sentence, or sometimes its opening clause, provided it occurs
 * exactly once in the report (a short sentence may lie inside a longer one).
 */
function quoteOf(random: Random, sentence: string, paragraphs: readonly string[]): string | undefined {
  const comma = sentence.indexOf(", ");
  const candidates = comma > 20 && random.chance(0.2) ? [sentence.slice(0, comma), sentence] : [sentence];
  return candidates.find((quote) => occurrences(normalizeText(quote), paragraphs) === 1);
}

function occurrences(needle: string, paragraphs: readonly string[]): number {
  let count = 0;
  for (const text of paragraphs)
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
