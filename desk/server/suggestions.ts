import { draftClaim, type DraftClaim } from "../../src/lib/claims/draft-claim.ts";
import { suggestClaims, type Suggestion } from "../../src/lib/compare/align/suggest.ts";
import { existingClaims, storyReports } from "../../src/lib/model/align-input.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import type { Site } from "../../src/lib/model/types.ts";
import { DeskError } from "./content-files.ts";
import { keyOf } from "./desk-model.ts";
import { confirmed } from "./actions.ts";

/** A suggestion of the engine as the desk shows it, found again by its key. */
export interface DeskSuggestion {
  readonly key: string;
  /** The existing claim the accounts join; null for a new claim. */
  readonly claim: string | null;
  readonly status: Suggestion["status"];
  readonly score: number;
  readonly note?: string;
  readonly details?: string;
  readonly accounts: readonly { articleId: string; quotes: readonly string[]; sentenceIds: readonly string[] }[];
  readonly shared: readonly string[];
  /** What accepting writes, as the engine drafts it: the new claim's id and title, or why it cannot be drafted. */
  readonly draft:
    { readonly id: string; readonly title: string; readonly summary: string } | { readonly error: string };
}

type Found = { suggestion: Suggestion; shown: DeskSuggestion }[];

/** Suggestions per proven site and story: a site is never changed, so they hold as long as it does. */
const computed = new WeakMap<Site, Map<string, Found>>();

/** The engine's suggestions for a story (src/lib/compare/align), each with its key. */
export function storySuggestions(site: Site, storyId: string): Found {
  const forSite = computed.get(site) ?? new Map<string, Found>();
  computed.set(site, forSite);
  const known = forSite.get(storyId);
  if (known !== undefined) return known;
  const found = suggestFor(site, storyId);
  forSite.set(storyId, found);
  return found;
}

function suggestFor(site: Site, storyId: string): Found {
  const story = site.stories.find((s) => s.id === storyId);
  if (story === undefined || story.articleIds.length < 2) return [];
  const suggestions = suggestClaims({
    reports: storyReports(site, storyId),
    existing: existingClaims(site, storyId),
    findDetails: siteDetailFinder(site),
  });
  return suggestions.map((suggestion) => {
    const accounts = [...suggestion.accounts].map(([articleId, account]) => ({
      articleId,
      quotes: account.quotes,
      sentenceIds: account.sentenceIds,
    }));
    const shown: DeskSuggestion = {
      key: keyOf({ claim: suggestion.claim, accounts: accounts.map((a) => [a.articleId, a.sentenceIds, a.quotes]) }),
      claim: suggestion.claim,
      status: suggestion.status,
      score: suggestion.score,
      ...(suggestion.note === undefined ? {} : { note: suggestion.note }),
      ...(suggestion.details === undefined ? {} : { details: suggestion.details }),
      accounts,
      shared: [...suggestion.shared.details, ...suggestion.shared.words],
      draft: draftPreview(site, storyId, suggestion),
    };
    return { suggestion, shown };
  });
}

/** The draft shown beside a suggestion; a draft the engine cannot prove is listed with its reason, never thrown. */
function draftPreview(site: Site, storyId: string, suggestion: Suggestion): DeskSuggestion["draft"] {
  try {
    const draft = confirmed(draftOf(site, storyId, suggestion));
    const summary = Object.values(draft.data.accounts)[0]?.summary ?? "";
    return { id: draft.id, title: draft.data.title, summary };
  } catch (error) {
    if (error instanceof DeskError) return { error: error.message };
    throw error;
  }
}

/**
 * The engine's draft of a suggestion (verbatim quotes proven by the build's
 * locator, a drafted title, people and places), as a new claim: for a
 * suggestion that joins an existing claim, only the accounts it adds.
 */
export function draftOf(site: Site, storyId: string, suggestion: Suggestion): DraftClaim {
  const story = site.stories.find((s) => s.id === storyId);
  const context = {
    story: storyId,
    blocks: new Map((story?.articleIds ?? []).map((id) => [id, site.articles.get(id)?.blocks ?? []])),
    takenIds: new Set(site.claims.keys()),
    existing: new Map(),
  };
  const draft = draftClaim(
    { ...suggestion, claim: null, status: suggestion.accounts.size > 1 ? suggestion.status : "only" },
    context,
  );
  // What the engine cannot place it lists, as the CLI does: the desk says so instead of writing half a claim.
  if (draft.unplaced.length > 0) {
    const what = draft.unplaced.map((u) => `"${u.quote}" ${u.problem}`).join("; ");
    throw new DeskError(`the engine's draft cannot be written: ${what}`);
  }
  return draft;
}
