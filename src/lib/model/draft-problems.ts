import { isDraftPlaceholder } from "../claims/draft-placeholders.ts";
import type { ContentProblem } from "../content-error.ts";
import type { SiteClaim } from "./types.ts";

const FIXES = {
  title: "write the claim's statement in neutral words, without the “To review:” mark",
  topic: "give the topic the story's related claims share (e.g. “Security guarantees”)",
  summary: "write one line saying what this report says on the claim, without the “To review:” mark",
  note: "write one line saying what differs, without the “To review:” mark",
} as const;

/** Every field of a claim that still holds a draft's placeholder (src/lib/claims/draft-placeholders.ts). */
export function draftProblems(claims: Iterable<SiteClaim>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (file: string, field: string, text: string | undefined, fix: string): void => {
    if (text !== undefined && isDraftPlaceholder(text))
      problems.push({
        file,
        field,
        problem: `"${text}" is a draft's placeholder, not yet rewritten by an editor`,
        fix,
      });
  };
  for (const claim of claims) {
    check(claim.file, "title", claim.title, FIXES.title);
    check(claim.file, "topic", claim.topic, FIXES.topic);
    check(claim.file, "note", claim.note, FIXES.note);
    for (const account of claim.accounts)
      check(claim.file, `accounts.${account.articleId}.summary`, account.summary, FIXES.summary);
  }
  return problems;
}
