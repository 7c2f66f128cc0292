import { paths } from "../../config.ts";
import type { SentenceMark } from "../../plugins/rehype-claim-marks.ts";
import { parseArticle, renderArticle, type ParsedArticle } from "../article/render-article.ts";
import { indexForQuotes } from "../claims/locate-quote.ts";
import { resolveClaims } from "./resolve-claims.ts";
import { ProblemList, type ContentProblem } from "../content-error.ts";
import { indexReport, type ReportIndex } from "../compare/account-details.ts";
import { createDetailExtractor, placeAdjectives } from "../compare/details.ts";
import { knownEntities } from "../compare/known-entities.ts";
import { findAliasClashes } from "../people/alias-clashes.ts";
import { createMentionCounter, type NamedEntity } from "../people/mentions.ts";
import { measureCoverage } from "./coverage.ts";
import { leftOutClaims, reportLabels } from "./report-labels.ts";
import type { SiteInput } from "./input.ts";
import { NOTHING_UNREADABLE, type Unreadable } from "../content/unreadable.ts";
import { withDetails } from "./with-details.ts";
import type { Site, SiteArticle, SiteClaim, SitePerson, SitePlace, SiteStory } from "./types.ts";

/**
 * Compute the whole site from validated content, proving the data as it goes.
 *
 * 1. Check references from articles to stories, and that no name belongs to two people (or places).
 * 2. Parse every article once (ids for paragraphs and sentences).
 * 3. Check and resolve claims: quotes to sentence anchors.
 * 4. Order claims as the reports first make them; render articles with marks.
 * 5. Count mentions of people and places in one pass per article.
 * 6. Compare the accounts of each claim: details only one of them names.
 *
 * Every step is linear in the size of the content. Problems of steps 1–3
 * are thrown together. Ids in `unreadable` name files whose own problems
 * were reported when they were read: references to them are not reported again.
 */
export function buildSite(input: SiteInput, unreadable: Unreadable = NOTHING_UNREADABLE): Site {
  const problems = new ProblemList();
  const storyIds = new Set(input.stories.map((story) => story.id));
  for (const article of input.articles) {
    if (!storyIds.has(article.data.story) && !unreadable.stories.has(article.data.story)) {
      problems.add({
        file: article.file,
        field: "story",
        problem: `unknown story "${article.data.story}"`,
        fix: `use a file name from content/stories/ (${[...storyIds].join(", ")})`,
      });
    }
  }
  const named = (kind: "person" | "place") => (entry: { file: string; data: { name: string; aliases: string[] } }) => ({
    kind,
    file: entry.file,
    names: [entry.data.name, ...entry.data.aliases],
  });
  // Places first: a person's alias that is a place's name is reported on the person's file.
  for (const problem of findAliasClashes([...input.places.map(named("place")), ...input.people.map(named("person"))]))
    problems.add(problem);

  const parsed = new Map<string, ParsedArticle>(
    input.articles.map((article) => [article.id, parseArticle(article.body ?? "")]),
  );
  const articleOrder = new Map<string, string[]>();
  for (const article of [...input.articles].sort(byPublished)) {
    articleOrder.set(article.data.story, [...(articleOrder.get(article.data.story) ?? []), article.id]);
  }
  for (const problem of emptyContentProblems(input, parsed, articleOrder, unreadable)) problems.add(problem);

  const known = knownEntities(
    input.people.map((p) => ({ id: p.id, ...p.data })),
    input.places.map((p) => ({ id: p.id, ...p.data })),
  );
  const extract = createDetailExtractor(known);
  const extractIndex = createDetailExtractor(known, { names: false });
  const adjectives = placeAdjectives(known);
  const reports = new Map<string, ReportIndex>(
    [...parsed].map(([id, article]) => [id, indexReport(article.blocks, extractIndex, adjectives)]),
  );
  const metaOf = new Map(input.articles.map((a) => [a.id, a.data]));
  const labels = new Map(
    [...articleOrder.values()].flatMap((ids) => [
      ...reportLabels(
        ids.map((id) => ({ id, outlet: metaOf.get(id)?.outlet ?? "", title: metaOf.get(id)?.title ?? "" })),
      ),
    ]),
  );
  const resolved = problems.collect(() =>
    resolveClaims(input.claims, {
      storyIds,
      articles: new Map(
        input.articles.map((a) => [
          a.id,
          { story: a.data.story, index: indexForQuotes(parsed.get(a.id)?.blocks ?? []) },
        ]),
      ),
      personIds: new Set(input.people.map((p) => p.id)),
      placeIds: new Set(input.places.map((p) => p.id)),
      articleOrder,
      unreadable,
      labels,
    }),
  );
  // Every problem so far at once: references, names and quotes alike.
  problems.throwIfAny();
  const claims = withDetails(resolved ?? [], extract, reports, articleOrder);
  sortByFirstAppearance(claims, parsed, articleOrder);
  const claimMap = new Map(claims.map((claim) => [claim.id, claim]));

  const marks = collectMarks(claims, parsed);
  const articles = new Map<string, SiteArticle>();
  for (const entry of input.articles) {
    const article = parsed.get(entry.id) as ParsedArticle;
    const text = article.blocks.map((block) => block.text).join("\n");
    articles.set(entry.id, {
      id: entry.id,
      file: entry.file,
      url: paths.article(entry.id),
      meta: entry.data,
      blocks: article.blocks,
      html: renderArticle(article, marks.get(entry.id) ?? new Map()),
      lead: article.blocks.find((block) => block.kind === "paragraph")?.text ?? "",
      droppedImages: article.droppedImages,
      wordCount: text.split(/\s+/u).filter(Boolean).length,
      label: labels.get(entry.id) ?? entry.data.outlet,
    });
  }

  // Grouped once: filtering all claims per story (or per article) would be quadratic in the corpus.
  const claimsByStory = groupBy(claims, (claim) => [claim.story]);
  const claimsByArticle = groupBy(claims, (claim) => claim.accounts.map((account) => account.articleId));
  const stories: SiteStory[] = input.stories
    .map((story) => {
      const storyClaims = claimsByStory.get(story.id) ?? [];
      const claimIds = storyClaims.map((claim) => claim.id);
      return {
        ...story.data,
        id: story.id,
        url: paths.story(story.id),
        articleIds: articleOrder.get(story.id) ?? [],
        claimIds,
        topics: [...new Set(claimIds.map((id) => claimMap.get(id)?.topic ?? ""))],
        leftOut: leftOutClaims(articleOrder.get(story.id) ?? [], storyClaims),
      };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));

  const people = withMentions(known.people, articles, claims, (claim) => claim.people);
  const places = withMentions(known.places, articles, claims, (claim) => claim.places);

  return {
    stories,
    articles,
    claims: claimMap,
    people: new Map(
      input.people.map((p) => [
        p.id,
        { ...p.data, id: p.id, url: paths.person(p.id), ...(people.get(p.id) as Derived) } satisfies SitePerson,
      ]),
    ),
    places: new Map(
      input.places.map((p) => [p.id, { ...p.data, id: p.id, ...(places.get(p.id) as Derived) } satisfies SitePlace]),
    ),
    coverage: [...articles.values()].map((article) => measureCoverage(article, claimsByArticle.get(article.id) ?? [])),
  };
}

/**
 * Articles with no text to quote (only front matter, or only headings) and
 * stories with no report: either would be published as compared, "100 %
 * covered" or "0 reports compared", with nothing to compare.
 */
function emptyContentProblems(
  input: SiteInput,
  parsed: ReadonlyMap<string, ParsedArticle>,
  articleOrder: ReadonlyMap<string, readonly string[]>,
  unreadable: Unreadable,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of input.articles) {
    const blocks = parsed.get(article.id)?.blocks ?? [];
    if (blocks.some((block) => block.sentences.length > 0)) continue;
    problems.push({
      file: article.file,
      field: "(text)",
      problem: `the article has no paragraph${blocks.length > 0 ? ", only headings" : ""}: nothing in it can be quoted or compared`,
      fix: "add the report's text below the front matter (npm run import writes it), or remove the article",
    });
  }
  // A story whose reports could not be read is not known to be empty.
  if (unreadable.articles.size > 0) return problems;
  for (const story of input.stories) {
    if ((articleOrder.get(story.id)?.length ?? 0) > 0) continue;
    problems.push({
      file: story.file,
      field: "(reports)",
      problem: "the story has no reports: its page would compare nothing",
      fix: `add its reports to content/articles/ with \`story: ${story.id}\` (npm run import -- … --story ${story.id}), or remove the story`,
    });
  }
  return problems;
}

type Derived = { mentions: Record<string, number>; claimIds: string[] };

/**
 * Mentions per article, and the claims that involve an entity: those that
 * list it, plus those quoting a passage that names it.
 */
function withMentions(
  entities: readonly NamedEntity[],
  articles: ReadonlyMap<string, SiteArticle>,
  claims: readonly SiteClaim[],
  listed: (claim: SiteClaim) => readonly string[],
): Map<string, Derived> {
  const count = createMentionCounter(entities);
  // Null-prototype records: an article id such as "constructor" must not read an inherited value.
  const derived = new Map<string, Derived>(
    entities.map((e) => [e.id, { mentions: Object.create(null) as Record<string, number>, claimIds: [] }]),
  );
  for (const article of articles.values()) {
    for (const [id, n] of count(article.blocks.map((block) => block.text).join("\n")))
      (derived.get(id) as Derived).mentions[article.id] = n;
  }
  for (const claim of claims) {
    const quoted = count(claim.accounts.flatMap((account) => account.quotes.map((quote) => quote.exact)).join("\n"));
    // Only the entities this claim involves, not every entity per claim (that was claims × entities).
    for (const id of new Set([...listed(claim), ...quoted.keys()])) derived.get(id)?.claimIds.push(claim.id);
  }
  return derived;
}

/** Items per key, in input order; an item appears once under each of its distinct keys. */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return groups;
}

function byPublished(
  a: { id: string; data: { published: Date } },
  b: { id: string; data: { published: Date } },
): number {
  return a.data.published.getTime() - b.data.published.getTime() || a.id.localeCompare(b.id);
}

/** Order claims by where their first quote stands in the story's first reports. */
function sortByFirstAppearance(
  claims: SiteClaim[],
  parsed: ReadonlyMap<string, ParsedArticle>,
  order: ReadonlyMap<string, readonly string[]>,
): void {
  const position = new Map<string, number[]>();
  for (const claim of claims) {
    const articleIds = order.get(claim.story) ?? [];
    const key = articleIds.map((articleId) => {
      const quotes = claim.accounts.find((account) => account.articleId === articleId)?.quotes ?? [];
      const blocks = parsed.get(articleId)?.blocks ?? [];
      const positions = quotes.map(
        (quote) => blocks.findIndex((block) => block.id === quote.blockId) * 100_000 + quote.start,
      );
      return positions.length > 0 ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
    });
    position.set(claim.id, key);
  }
  claims.sort((a, b) => {
    if (a.story !== b.story) return a.story.localeCompare(b.story);
    const pa = position.get(a.id) ?? [];
    const pb = position.get(b.id) ?? [];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return a.id.localeCompare(b.id);
  });
}

/** Sentence marks per article: each quote cut into the sentences it touches. */
function collectMarks(
  claims: readonly SiteClaim[],
  parsed: ReadonlyMap<string, ParsedArticle>,
): Map<string, Map<string, SentenceMark[]>> {
  const marks = new Map<string, Map<string, SentenceMark[]>>();
  for (const claim of claims) {
    const marked = { id: claim.id, title: claim.title, status: claim.status, href: claim.url };
    for (const account of claim.accounts) {
      const blocks = parsed.get(account.articleId)?.blocks ?? [];
      const perSentence = marks.get(account.articleId) ?? new Map<string, SentenceMark[]>();
      marks.set(account.articleId, perSentence);
      for (const quote of account.quotes) {
        const block = blocks.find((b) => b.id === quote.blockId);
        for (const sentence of block?.sentences ?? []) {
          if (sentence.end <= quote.start || sentence.start >= quote.end) continue;
          const mark = {
            start: Math.max(quote.start, sentence.start) - sentence.start,
            end: Math.min(quote.end, sentence.end) - sentence.start,
            claims: [marked],
          };
          perSentence.set(sentence.id, [...(perSentence.get(sentence.id) ?? []), mark]);
        }
      }
    }
  }
  return marks;
}
