import { isDraftPlaceholder } from "../claims/draft-placeholders.ts";
import type { ContentProblem } from "../content-error.ts";
import type { Entry } from "../content/parse-entries.ts";
import type { ClaimData } from "../../schemas/claim.ts";

const FIXES = {
  title: "write the claim's statement in neutral words, without the “To review:” mark",
  topic: "give the topic the story's related claims share (e.g. “Security guarantees”)",
  summary: "write one line saying what this report says on the claim, without the “To review:” mark",
  note: "write one line saying what differs, without the “To review:” mark",
} as const;

/**
 * Every field of a claim file that still holds a draft's placeholder (src/lib/claims/draft-placeholders.ts), read
 * as written, so they are reported even when the model has other problems.
 */
export function draftProblems(claims: readonly Pick<Entry<ClaimData>, "file" | "data">[]): ContentProblem[] {
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
  for (const { file, data } of claims) {
    check(file, "title", data.title, FIXES.title);
    check(file, "topic", data.topic, FIXES.topic);
    check(file, "note", data.note, FIXES.note);
    for (const [articleId, account] of Object.entries(data.accounts))
      check(file, `accounts.${articleId}.summary`, account.summary, FIXES.summary);
  }
  return problems;
}
