import { parse } from "yaml";
import type { ContentProblem } from "../../src/lib/content-error.ts";
import { coverageShare } from "../../src/lib/model/coverage.ts";
import { STATUS_TEXT, DETAILS_DIFFER_TEXT } from "../../src/lib/status.ts";
import type { ContentFiles } from "./content-files.ts";
import { claimPath } from "./actions.ts";
import { coveringClaims, detailLines, type Snapshot } from "./desk-model.ts";
import { storyCandidates, storySuggestions, type DeskSuggestion } from "./suggestions.ts";

/** Status in words and icon, as the site shows it. */
function statusWords(status: "agree" | "differ" | "only", detailsDiffer: boolean) {
  const text = detailsDiffer ? DETAILS_DIFFER_TEXT : STATUS_TEXT[status];
  return { status, label: text.label, icon: text.icon };
}

/** Everything the desk's page shows of one story, computed from the proven site on every request. */
export function storyView(
  snapshot: Snapshot,
  files: ContentFiles,
  storyId: string | undefined,
  rejected: ReadonlySet<string>,
) {
  const base = {
    stories: snapshot.input.stories.map((s) => ({ id: s.id, title: s.data.title })),
    problems: snapshot.problems as readonly ContentProblem[],
    lastWrite: files.lastWrite ?? null,
    people: snapshot.input.people.map((p) => ({ id: p.id, name: p.data.name })),
    places: snapshot.input.places.map((p) => ({ id: p.id, name: p.data.name })),
  };
  const site = snapshot.site;
  const story = site?.stories.find((s) => s.id === (storyId ?? site.stories[0]?.id));
  if (site === undefined || story === undefined) return { ...base, story: null };

  const suggestions = storySuggestions(site, story.id)
    .map((s) => s.shown)
    .filter((s) => !rejected.has(s.key));
  const bySentence = new Map<string, DeskSuggestion[]>();
  for (const s of suggestions) {
    for (const account of s.accounts) {
      for (const sentenceId of account.sentenceIds) {
        const key = `${account.articleId}#${sentenceId}`;
        bySentence.set(key, [...(bySentence.get(key) ?? []), s]);
      }
    }
  }
  const coverage = new Map(site.coverage.map((c) => [c.articleId, c]));
  const claims = story.claimIds.flatMap((id) => {
    const claim = site.claims.get(id);
    if (claim === undefined) return [];
    const file = files.read(claimPath(id));
    return [
      {
        id,
        file: `content/${claimPath(id)}`,
        version: file.version,
        fields: parse(file.text ?? "") as unknown,
        published: snapshot.published.has(id),
        ...statusWords(claim.status, claim.detailsDiffer),
        title: claim.title,
        details: detailLines(site, id),
        quotes: claim.accounts.flatMap((a) =>
          a.quotes.map((q) => ({ articleId: a.articleId, blockId: q.blockId, start: q.start, end: q.end })),
        ),
      },
    ];
  });
  const covering = coveringClaims(site, story.id);
  const candidates = storyCandidates(site, story.id);
  return {
    ...base,
    story: {
      id: story.id,
      title: story.title,
      reports: story.articleIds.map((articleId) => {
        const article = site.articles.get(articleId);
        const c = coverage.get(articleId);
        return {
          id: articleId,
          label: article?.label ?? articleId,
          title: article?.meta.title ?? "",
          covered: c?.covered ?? 0,
          total: c?.total ?? 0,
          share: c === undefined ? "" : coverageShare(c),
          blocks: (article?.blocks ?? []).map((block) => ({
            id: block.id,
            kind: block.kind,
            text: block.text,
            sentences: block.sentences.map((s) => ({
              id: s.id,
              start: s.start,
              end: s.end,
              text: s.text,
              claims: covering.get(`${articleId}#${s.id}`) ?? [],
              candidates: candidates.get(`${articleId}#${s.id}`) ?? [],
              suggestions: (bySentence.get(`${articleId}#${s.id}`) ?? []).map((x) => x.key),
            })),
          })),
        };
      }),
      claims,
      suggestions,
      statuses: Object.fromEntries(Object.entries(STATUS_TEXT).map(([k, v]) => [k, { label: v.label, icon: v.icon }])),
    },
  };
}

export type StoryView = ReturnType<typeof storyView>;
