import { draftClaim, type DraftClaim } from "../../src/lib/claims/draft-claim.ts";
import {
  analyseStory,
  CANDIDATES_SHOWN,
  type Candidate,
  type Suggestion,
} from "../../src/lib/compare/align/suggest.ts";
import { LINK_THRESHOLDS } from "../../src/lib/compare/align/link.ts";
import { existingClaims, storyReports } from "../../src/lib/model/align-input.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import type { Site } from "../../src/lib/model/types.ts";
import { DeskError } from "./content-files.ts";
import { coveringClaims, keyOf } from "./desk-model.ts";
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

/**
 * One of the engine's ranked candidates for a sentence, as the desk offers it:
 * the claim accepting it joins (a partner sentence stands for the claim that
 * covers it), with the engine's score and that score in words.
 */
export interface DeskCandidate {
  readonly claim: string;
  readonly score: number;
  readonly strength: "strong match" | "possible match" | "weak match";
  /** The partner sentence that brought the claim, when it was one: its report and words. */
  readonly via?: { readonly articleId: string; readonly quote: string };
}

type Found = { suggestion: Suggestion; shown: DeskSuggestion }[];
type Analysis = { found: Found; candidates: ReadonlyMap<string, readonly DeskCandidate[]> };

/** The analysis per proven site and story: a site is never changed, so it holds as long as it does. */
const computed = new WeakMap<Site, Map<string, Analysis>>();

function analysisOf(site: Site, storyId: string): Analysis {
  const forSite = computed.get(site) ?? new Map<string, Analysis>();
  computed.set(site, forSite);
  const known = forSite.get(storyId);
  if (known !== undefined) return known;
  const analysis = analyse(site, storyId);
  forSite.set(storyId, analysis);
  return analysis;
}

/** The engine's suggestions for a story (src/lib/compare/align), each with its key. */
export function storySuggestions(site: Site, storyId: string): Found {
  return analysisOf(site, storyId).found;
}

/** Per sentence (`articleId#sentenceId`), the engine's ranked candidates as claims to accept into, best first. */
export function storyCandidates(site: Site, storyId: string): ReadonlyMap<string, readonly DeskCandidate[]> {
  return analysisOf(site, storyId).candidates;
}

/** The engine's link thresholds in words: from `strong` up a strong match, from `weak` up a possible one. */
function strengthOf(score: number): DeskCandidate["strength"] {
  if (score >= LINK_THRESHOLDS.strong) return "strong match";
  return score >= LINK_THRESHOLDS.weak ? "possible match" : "weak match";
}

/**
 * The engine's candidates as claims: a partner sentence counts for each claim
 * covering it (an uncovered partner has no claim to join yet: the suggestion
 * above it proposes that one); a claim already covering the sentence, or one
 * offered twice, is left out; the best `CANDIDATES_SHOWN` are kept.
 */
function deskCandidates(
  candidates: ReadonlyMap<string, readonly Candidate[]>,
  covering: ReadonlyMap<string, readonly string[]>,
): Map<string, DeskCandidate[]> {
  return new Map(
    [...candidates].map(([sentence, list]) => {
      const offered: DeskCandidate[] = [];
      for (const candidate of list) {
        const claims =
          "claim" in candidate
            ? [candidate.claim]
            : (covering.get(`${candidate.articleId}#${candidate.sentenceId}`) ?? []);
        for (const claim of claims) {
          if (offered.some((c) => c.claim === claim) || (covering.get(sentence) ?? []).includes(claim)) continue;
          offered.push({
            claim,
            score: candidate.score,
            strength: strengthOf(candidate.score),
            ...("claim" in candidate ? {} : { via: { articleId: candidate.articleId, quote: candidate.quote } }),
          });
        }
      }
      return [sentence, offered.slice(0, CANDIDATES_SHOWN)];
    }),
  );
}

function analyse(site: Site, storyId: string): Analysis {
  const story = site.stories.find((s) => s.id === storyId);
  if (story === undefined || story.articleIds.length < 2) return { found: [], candidates: new Map() };
  const analysis = analyseStory({
    reports: storyReports(site, storyId),
    existing: existingClaims(site, storyId),
    findDetails: siteDetailFinder(site),
  });
  const found = analysis.suggestions.map((suggestion) => {
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
  return { found, candidates: deskCandidates(analysis.candidates, coveringClaims(site, storyId)) };
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
