import { existsSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { ContentError } from "../../../src/lib/content-error.ts";
import { loadContent } from "../../../src/lib/content/load-content.ts";
import { buildSite } from "../../../src/lib/model/build-site.ts";
import { draftClaim, type DraftClaim } from "../../../src/lib/claims/draft-claim.ts";
import { existingClaims, outletLabels, storyReports } from "../../../src/lib/model/align-input.ts";
import { formatSummary, toJson } from "./output.ts";
import { siteDetailFinder } from "../../../src/lib/model/site-details.ts";
import { suggestClaims } from "../../../src/lib/compare/align/suggest.ts";

export const USAGE = "Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]";

/** What the command does to the world: injected so tests run it without a terminal. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly writeFile: (path: string, text: string) => void;
}

/** A mistake of the caller or the content: one line, non-zero exit. */
export class SuggestError extends Error {}

interface Args {
  story: string;
  json: boolean;
  write: boolean;
  content: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { story: "", json: false, write: false, content: "content" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--write") args.write = true;
    else if (arg === "--story" || arg === "--content") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new SuggestError(`${arg} needs a value. ${USAGE}`);
      args[arg === "--story" ? "story" : "content"] = value;
    } else throw new SuggestError(`unknown argument "${arg}". ${USAGE}`);
  }
  if (args.story === "") throw new SuggestError(`--story is required. ${USAGE}`);
  return args;
}

/** The drafts folder of a story: the production build reads only the collections, never this. */
export const draftsDir = (content: string, story: string) => join(content, "drafts", story);

/**
 * `npm run claims:suggest`: read a story, suggest claims, print them (text
 * or the JSON contract) and, with --write, write draft claim files that
 * never overwrite an existing file.
 */
export function runSuggest(argv: readonly string[], io: CommandIo): void {
  const args = parseArgs(argv);
  let site;
  try {
    site = buildSite(loadContent(args.content));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const first = error.problems[0];
    throw new SuggestError(
      `the content does not build (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}); first: ${first?.file} → ${first?.field}: ${first?.problem}. Run npm run check:content for all.`,
    );
  }
  const story = site.stories.find((s) => s.id === args.story);
  if (story === undefined) {
    throw new SuggestError(
      `unknown story "${args.story}"; stories: ${site.stories.map((s) => s.id).join(", ") || "none"}`,
    );
  }
  if (story.articleIds.length < 2) {
    throw new SuggestError(
      `story "${story.id}" has ${story.articleIds.length} report(s); suggestions compare two or more: import another report first`,
    );
  }
  const existing = existingClaims(site, story.id);
  const suggestions = suggestClaims({
    reports: storyReports(site, story.id),
    existing,
    findDetails: siteDetailFinder(site),
  });
  const labels = outletLabels(site, story.articleIds);
  if (args.json) io.out(JSON.stringify(toJson(story.id, suggestions), null, 2));
  else io.out(formatSummary(story.id, suggestions, (id) => labels.get(id) ?? id).join("\n"));
  if (!args.write) return;

  const dir = draftsDir(args.content, story.id);
  const taken = new Set([...site.claims.keys()]);
  const context = {
    story: story.id,
    blocks: new Map(story.articleIds.map((id) => [id, site.articles.get(id)?.blocks ?? []])),
    takenIds: taken,
    existing: new Map(existing.map((claim) => [claim.id, editorData(site, claim.id)])),
  };
  const written: string[] = [];
  for (const suggestion of suggestions) {
    const draft = draftClaim(suggestion, context);
    taken.add(draft.id);
    const path = join(dir, `${draft.id}.yaml`);
    if (existsSync(path)) {
      (args.json ? process.stderr.write.bind(process.stderr) : io.out)(
        `skipped ${path}: a file is there already (drafts are never overwritten)`,
      );
      continue;
    }
    io.writeFile(path, stringify(draft.data, { lineWidth: 120 }));
    written.push(path);
  }
  const message = `wrote ${written.length} draft${written.length === 1 ? "" : "s"} to ${dir}/: review, then move to content/claims/`;
  if (args.json) process.stderr.write(`${message}\n`);
  else io.out(message);
}

/** An existing claim's data as its file holds it, for a draft that adds accounts. */
function editorData(site: ReturnType<typeof buildSite>, id: string): DraftClaim["data"] {
  const claim = site.claims.get(id);
  if (claim === undefined) throw new SuggestError(`unknown claim ${id}`);
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
