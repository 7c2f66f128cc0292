/**
 * A synthetic site for the search benchmark: `claims` claims with the same
 * shape as real ones (titles, topics, people with aliases, places, two
 * accounts with summaries and quotes), from a seeded generator so every run
 * measures the same corpus.
 */
import type { Site, SiteArticle, SiteClaim, SitePerson, SitePlace, SiteStory } from "../../src/lib/model/types.ts";
import { CLAIM_STATUSES } from "../../src/lib/status.ts";

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mer",
  "sta",
  "vin",
  "dro",
  "pel",
  "tu",
  "ren",
  "gos",
  "li",
  "zan",
  "bor",
  "qui",
  "es",
  "nad",
  "or",
  "vel",
];
const WORDS = (
  "the said talks security guarantees ceasefire leaders met agreed plan report officials minister president " +
  "troops border sanctions summit deal aid energy prices vote parliament court election war peace envoy " +
  "negotiations territory weapons allies support claims denied confirmed statement interview meeting week"
).split(" ");

/** Claims, people and places for a synthetic site of `claims` claims. */
export function syntheticSite(claims: number, seed = 1): Site {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = (): string =>
    next() < 0.35 ? Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join("") : pick(WORDS);
  const words = (n: number): string => Array.from({ length: n }, word).join(" ");
  const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

  const people = new Map<string, SitePerson>();
  const personIds: string[] = [];
  for (let i = 0; i < Math.max(20, Math.round(claims / 20)); i++) {
    const first = capital(words(1));
    const last = capital(Array.from({ length: 3 }, () => pick(SYLLABLES)).join(""));
    const id = `person-${i}`;
    personIds.push(id);
    const aliases = [last, `${last}j`, `${first.charAt(0)}. ${last}`];
    people.set(id, {
      id,
      url: `/people/${id}/`,
      name: `${first} ${last}`,
      aliases,
      caseSensitive: [],
      role: capital(words(3)),
      mentions: {},
      claimIds: [],
    });
  }
  const places = new Map<string, SitePlace>();
  for (let i = 0; i < 200; i++)
    places.set(`place-${i}`, {
      id: `place-${i}`,
      name: capital(words(1)),
      aliases: [],
      caseSensitive: [],
      adjectives: [],
      mentions: {},
      claimIds: [],
    });

  const stories: SiteStory[] = [];
  const articles = new Map<string, SiteArticle>();
  const claimMap = new Map<string, SiteClaim>();
  const perStory = 10;
  for (let s = 0; s * perStory < claims; s++) {
    const storyId = `story-${s}`;
    const articleIds = [`${storyId}-a`, `${storyId}-b`];
    for (const id of articleIds) articles.set(id, article(id, storyId, capital(words(2)), capital(words(8))));
    const claimIds: string[] = [];
    for (let c = 0; c < perStory && s * perStory + c < claims; c++) {
      const id = `claim-${s * perStory + c}`;
      claimIds.push(id);
      const involved = [pick(personIds), pick(personIds)];
      const named = involved.map((pid) => pick([people.get(pid)?.name ?? "", ...(people.get(pid)?.aliases ?? [])]));
      const status = pick(CLAIM_STATUSES);
      const accounts = articleIds.slice(0, status === "only" ? 1 : 2).map((articleId) => ({
        articleId,
        summary: capital(`${words(10)}.`),
        direct: false,
        quotes: [0, 1].map((q) => ({
          text: "",
          exact: capital(`${words(12)} ${q === 0 ? named[0] : named[1]} ${words(14)}.`),
          blockId: "p-1",
          start: 0,
          end: 0,
          anchors: [],
        })),
      }));
      for (const pid of involved) (people.get(pid)?.claimIds as string[] | undefined)?.push(id);
      claimMap.set(id, {
        id,
        file: `${id}.yaml`,
        url: `/claims/${id}/`,
        story: storyId,
        title: capital(`${named[0]} ${words(7)}`),
        topic: capital(words(2)),
        status,
        ...(status === "differ" ? { note: capital(words(9)) } : {}),
        people: [...new Set(involved)],
        places: [pick([...places.keys()])],
        redirectFrom: [],
        accounts: accounts.map((account) => ({
          ...account,
          quotes: account.quotes.map((quote) => ({ ...quote, text: quote.exact })),
        })),
        details: {},
        detailsDiffer: false,
      });
    }
    stories.push({
      id: storyId,
      url: `/stories/${storyId}/`,
      title: capital(words(6)),
      summary: words(20),
      date: new Date(2025, 0, 1 + s),
      articleIds,
      claimIds,
      topics: [],
      leftOut: {},
    });
  }
  return { stories, articles, claims: claimMap, people, places, coverage: [] };
}

function article(id: string, story: string, outlet: string, title: string): SiteArticle {
  const meta = {
    story,
    outlet,
    title,
    titleInferred: false,
    published: new Date(2025, 0, 1),
    publishedInferred: false,
    language: "en",
    removed: [],
  };
  return {
    id,
    file: `${id}.md`,
    url: `/articles/${id}/`,
    meta,
    blocks: [],
    html: "",
    lead: "",
    wordCount: 0,
    label: outlet,
  };
}

/** Queries a reader might type: person names, aliases (some misspelt) and topics, `count` in all. */
export function syntheticQueries(site: Site, count: number, seed = 2): string[] {
  const next = random(seed);
  const people = [...site.people.values()];
  const topics = [...new Set([...site.claims.values()].map((claim) => claim.topic))];
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 1) return topics[Math.floor(next() * topics.length)] ?? "";
    const person = people[Math.floor(next() * people.length)] as SitePerson;
    const name = [person.name, ...person.aliases][Math.floor(next() * (person.aliases.length + 1))] ?? person.name;
    return i % 6 === 0 ? name.slice(0, -1) + name.slice(-2) : name;
  });
}
