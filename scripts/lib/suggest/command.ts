import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { ContentError } from "../../../src/lib/content-error.ts";
import { loadContent } from "../../../src/lib/content/load-content.ts";
import { buildSite } from "../../../src/lib/model/build-site.ts";
import { draftClaim, type DraftClaim } from "../../../src/lib/claims/draft-claim.ts";
import { existingClaims, outletLabels, storyReports } from "../../../src/lib/model/align-input.ts";
import { formatSummary, toJson } from "./output.ts";
import { siteDetailFinder } from "../../../src/lib/model/site-details.ts";
import { analyseStory, type Suggestion } from "../../../src/lib/compare/align/suggest.ts";
import { CliError, usageError } from "../cli/cli-error.ts";
import type { CliIo } from "../cli/cli-io.ts";
import { parseCliArgs } from "../cli/parse-cli-args.ts";

export const USAGE = "Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]";

const OPTIONS = {
  story: { type: "string" },
  json: { type: "boolean" },
  write: { type: "boolean" },
  content: { type: "string" },
} as const;

/** The drafts folder of a story: the production build reads only the collections, never this. */
export const draftsDir = (content: string, story: string) => join(content, "drafts", story);

/**
 * `npm run claims:suggest`: read a story, suggest claims, print them (text
 * or the JSON contract, with each sentence's ranked candidates) and, with
 * --write, write draft claim files that never overwrite an existing file.
 * A draft account whose quote cannot be placed exactly once in its report is
 * listed and left out; the rest is written, and the command exits 1.
 *
 * @throws CliError on bad arguments (exit 2) or content (exit 1)
 */
export function suggestCommand(argv: readonly string[], io: CliIo): number {
  const { values } = parseCliArgs(argv, { options: OPTIONS, hint: `. ${USAGE}` });
  if (values.story === undefined) throw usageError(`--story is required. ${USAGE}`);
  const content = resolve(io.cwd, values.content ?? "content");
  let site;
  try {
    site = buildSite(loadContent(content));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const first = error.problems[0];
    throw new CliError(
      `the content does not build (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}); first: ${first?.file} → ${first?.field}: ${first?.problem}. Run npm run check:content for all.`,
    );
  }
  const story = site.stories.find((s) => s.id === values.story);
  if (story === undefined) {
    throw new CliError(
      `unknown story "${values.story}"; stories: ${site.stories.map((s) => s.id).join(", ") || "none"}`,
    );
  }
  if (story.articleIds.length < 2) {
    throw new CliError(
      `story "${story.id}" has ${story.articleIds.length} report(s); suggestions compare two or more: import another report first`,
    );
  }
  const existing = existingClaims(site, story.id);
  const { suggestions, candidates } = analyseStory({
    reports: storyReports(site, story.id),
    existing,
    findDetails: siteDetailFinder(site),
  });
  const labels = outletLabels(site, story.articleIds);
  // With --json, stdout is the JSON alone: what the writing reports goes to stderr.
  const report = values.json === true ? io.stderr : io.stdout;
  if (values.json === true) io.stdout(JSON.stringify(toJson(story.id, suggestions, candidates), null, 2));
  else io.stdout(formatSummary(story.id, suggestions, (id) => labels.get(id) ?? id).join("\n"));
  if (values.write !== true) return 0;

  const dir = draftsDir(content, story.id);
  const taken = new Set([...site.claims.keys()]);
  const context = {
    story: story.id,
    blocks: new Map(story.articleIds.map((id) => [id, site.articles.get(id)?.blocks ?? []])),
    takenIds: taken,
    existing: new Map(existing.map((claim) => [claim.id, editorData(site, claim.id)])),
  };
  const written: string[] = [];
  const unplaced: string[] = [];
  for (const suggestion of oneDraftPerClaim(suggestions)) {
    const draft = draftClaim(suggestion, context);
    for (const problem of draft.unplaced)
      unplaced.push(
        `${labels.get(problem.articleId) ?? problem.articleId} (${problem.articleId}): "${problem.quote}" ${problem.problem}`,
      );
    // Nothing placed, or nothing added to an existing claim: no file.
    const before = Object.keys(context.existing.get(suggestion.claim ?? "")?.accounts ?? {}).length;
    if (Object.keys(draft.data.accounts).length <= before) continue;
    taken.add(draft.id);
    const path = join(dir, `${draft.id}.yaml`);
    if (existsSync(path)) {
      report(`skipped ${path}: a file is there already (drafts are never overwritten)`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, stringify(draft.data, { lineWidth: 120 }), { flag: "wx" });
    written.push(path);
  }
  report(
    `wrote ${written.length} draft${written.length === 1 ? "" : "s"} to ${dir}/: review, then move to content/claims/`,
  );
  if (unplaced.length === 0) return 0;
  report(
    `could not place ${unplaced.length} quote${unplaced.length === 1 ? "" : "s"} (left out of the drafts; quote a longer passage by hand):`,
  );
  for (const line of unplaced) report(`  ${line}`);
  return 1;
}

/**
 * The suggestions for one existing claim merged into one (a new report may
 * bring two sentences, and a sentence may join two claims): one draft file
 * per claim, never two competing for its name.
 */
function oneDraftPerClaim(suggestions: readonly Suggestion[]): Suggestion[] {
  const merged: Suggestion[] = [];
  const byClaim = new Map<string, number>();
  for (const s of suggestions) {
    const at = s.claim === null ? undefined : byClaim.get(s.claim);
    if (at === undefined) {
      if (s.claim !== null) byClaim.set(s.claim, merged.length);
      merged.push(s);
      continue;
    }
    const base = merged[at] as Suggestion;
    const accounts = new Map(base.accounts);
    for (const [id, account] of s.accounts) {
      const mine = accounts.get(id);
      accounts.set(
        id,
        mine === undefined
          ? account
          : {
              quotes: [...mine.quotes, ...account.quotes],
              sentenceIds: [...new Set([...mine.sentenceIds, ...account.sentenceIds])],
              quoteSentences: [...mine.quoteSentences, ...account.quoteSentences],
              details: [...mine.details, ...account.details],
              speakers: [...mine.speakers, ...account.speakers],
              direct: mine.direct && account.direct,
              content: `${mine.content} ${account.content}`,
            },
      );
    }
    const notes = [base.note, s.note].filter((n): n is string => n !== undefined);
    merged[at] = {
      ...base,
      status: base.status === "differ" || s.status === "differ" ? "differ" : base.status,
      ...(notes.length === 0 ? {} : { note: [...new Set(notes)].join("; ") }),
      score: Math.min(base.score, s.score),
      accounts,
    };
  }
  return merged;
}

/** An existing claim's data as its file holds it, for a draft that adds accounts. */
function editorData(site: ReturnType<typeof buildSite>, id: string): DraftClaim["data"] {
  const claim = site.claims.get(id);
  if (claim === undefined) throw new CliError(`unknown claim ${id}`);
  return {
    story: claim.story,
    title: claim.title,
    topic: claim.topic,
    people: [...claim.people],
    places: [...claim.places],
    ...(claim.status === "only" ? {} : { status: claim.status }),
    ...(claim.note === undefined ? {} : { note: claim.note }),
    accounts: Object.fromEntries(
      claim.accounts.map((a) => [
        a.articleId,
        {
          quotes: a.quotes.map((q) => q.text),
          summary: a.summary,
          direct: a.direct,
          ...(a.speaker === undefined ? {} : { speaker: a.speaker }),
        },
      ]),
    ),
  };
}
