import { paths } from "../../config.ts";
import type { ClaimData } from "../../schemas/claim.ts";
import { ProblemList } from "../content-error.ts";
import type { Entry } from "../content/parse-entries.ts";
import { NOTHING_UNREADABLE, type Unreadable } from "../content/unreadable.ts";
import type { ResolvedClaim, SiteAccount, SiteQuote } from "./types.ts";
import type { ClaimStatus } from "../status.ts";
import { codePoints } from "../text/code-points.ts";
import { locateQuote, type QuoteIndex, type QuoteResult } from "../claims/locate-quote.ts";
import { resolveReportReferences } from "./note-references.ts";

/** What claims are checked against. */
export interface ClaimContext {
  readonly storyIds: ReadonlySet<string>;
  /** Article id → its story and quote index. */
  readonly articles: ReadonlyMap<string, { story: string; index: QuoteIndex }>;
  readonly personIds: ReadonlySet<string>;
  readonly placeIds: ReadonlySet<string>;
  /** Article ids per story, in display order. */
  readonly articleOrder: ReadonlyMap<string, readonly string[]>;
  /** Files whose own problems were reported when read: references to them are not "unknown". */
  readonly unreadable?: Unreadable;
  /** Article id → the label pages show for it (reportLabels): what a note's `[[article-id]]` reads as. */
  readonly labels: ReadonlyMap<string, string>;
}

const QUOTE_FIX = "copy the passage verbatim from the article (only quote marks and spaces may differ)";

/**
 * Check every claim against the stories, people, places and article texts,
 * and resolve its quotes to sentence anchors. All problems are collected and
 * thrown together, each naming the file, the field and the fix.
 */
export function resolveClaims(entries: readonly Entry<ClaimData>[], context: ClaimContext): ResolvedClaim[] {
  const problems = new ProblemList();
  const claims: ResolvedClaim[] = [];
  checkUniqueIds(entries, problems);

  const unreadable = context.unreadable ?? NOTHING_UNREADABLE;
  for (const { id, file, data } of entries) {
    const problem = (field: string, text: string, fix: string): void =>
      problems.add({ file, field, problem: text, fix });
    if (!context.storyIds.has(data.story) && !unreadable.stories.has(data.story))
      problem(
        "story",
        `unknown story "${data.story}"`,
        `use a file name from content/stories/ (${[...context.storyIds].join(", ")})`,
      );
    data.people.forEach((person, i) => {
      if (!context.personIds.has(person) && !unreadable.people.has(person))
        problem(
          `people[${i}]`,
          `unknown person "${person}"`,
          `add content/people/${person}.yaml or use an existing person id`,
        );
    });
    data.places.forEach((place, i) => {
      if (!context.placeIds.has(place) && !unreadable.places.has(place))
        problem(
          `places[${i}]`,
          `unknown place "${place}"`,
          `add content/places/${place}.yaml or use an existing place id`,
        );
    });

    const accountIds = Object.keys(data.accounts);
    const status = deriveStatus(data, accountIds.length, problem);
    const order = context.articleOrder.get(data.story) ?? [];
    // Notes and summaries may name the story's reports as [[article-id]]: shown as each report's label.
    const references = new Map(order.map((articleId) => [articleId, context.labels.get(articleId) ?? articleId]));
    const resolveText = (field: string, text: string): string => {
      const resolved = resolveReportReferences(text, references);
      for (const reference of resolved.unknown)
        problem(
          field,
          `"${reference}" names no report of story "${data.story}"`,
          `write [[article-id]] with the id of one of the story's reports: ${order.join(", ")}`,
        );
      return resolved.text;
    };
    const accounts: SiteAccount[] = [];
    for (const articleId of accountIds) {
      const account = data.accounts[articleId];
      if (account === undefined) continue;
      const field = `accounts.${articleId}`;
      const article = context.articles.get(articleId);
      if (article === undefined) {
        if (unreadable.articles.has(articleId)) continue;
        problem(field, `unknown article "${articleId}"`, "key each account by a file name from content/articles/");
        continue;
      }
      if (article.story !== data.story)
        problem(
          field,
          `article "${articleId}" belongs to story "${article.story}", not "${data.story}"`,
          "quote only reports of the claim's own story",
        );
      if (
        account.speaker !== undefined &&
        !context.personIds.has(account.speaker) &&
        !unreadable.people.has(account.speaker)
      ) {
        problem(
          `${field}.speaker`,
          `unknown person "${account.speaker}"`,
          `add content/people/${account.speaker}.yaml or use an existing person id`,
        );
      }
      const quotes: SiteQuote[] = [];
      account.quotes.forEach((text, i) => {
        const result = locateQuote(article.index, text);
        if (result.kind === "found") {
          const { location } = result;
          quotes.push({
            text,
            exact: location.exact,
            blockId: location.blockId,
            start: location.start,
            end: location.end,
            anchors: location.sentenceIds.map((s) => `#${s}`),
          });
        } else if (result.kind === "ambiguous") {
          problem(
            `${field}.quotes[${i}]`,
            `quote occurs ${result.count} times in the article, so it cannot be linked: "${text}"`,
            "quote more of the sentence so it is unique",
          );
        } else {
          const [why, fix] = missingQuote(result, text, articleId);
          problem(`${field}.quotes[${i}]`, why, fix);
        }
      });
      accounts.push({
        articleId,
        quotes,
        summary: resolveText(`${field}.summary`, account.summary),
        ...(account.speaker === undefined ? {} : { speaker: account.speaker }),
        direct: account.direct,
      });
    }
    accounts.sort((a, b) => order.indexOf(a.articleId) - order.indexOf(b.articleId));
    const note = data.note === undefined ? undefined : resolveText("note", data.note);
    claims.push({
      id,
      file,
      url: paths.claim(id),
      story: data.story,
      title: data.title,
      topic: data.topic,
      status,
      ...(note === undefined ? {} : { note }),
      people: data.people,
      places: data.places,
      redirectFrom: data.redirectFrom,
      accounts,
    });
  }
  problems.throwIfAny();
  return claims;
}

/** What to tell the editor about a quote that was not found, and the fix: by the reason it was not. */
function missingQuote(
  result: Exclude<QuoteResult, { kind: "found" | "ambiguous" }>,
  text: string,
  articleId: string,
): [string, string] {
  switch (result.kind) {
    case "inside-word":
      return [
        `quote begins or ends inside a word: "${text}" is only found within "${result.words}"`,
        "quote whole words: begin and end the quote where the article's words begin and end",
      ];
    case "empty":
      return [
        `the quote is empty once invisible characters are removed (${codePoints(text) || "nothing"})`,
        "copy a passage of the article into the quote",
      ];
    case "heading":
      return [
        `the quote is heading text ("${result.heading}"); a heading is no sentence of the report and cannot be quoted`,
        "quote a sentence of the body instead",
      ];
    case "spans-paragraphs":
      return [
        `the quote runs across two paragraphs of article "${articleId}": "${result.end}" ends one, "${result.start}" begins the next`,
        "split it into two quotes, one per paragraph",
      ];
    case "normalisation":
      return [
        `quote not found as written: it writes "${result.letter}" ${result.quoteForm}, the article ${result.articleForm}`,
        `retype "${result.letter}" in the quote, or copy the passage from the article again (the two must write accented letters in the same Unicode form)`,
      ];
    case "missing":
      return [
        `quote not found in article "${articleId}": "${text}"\n  Closest passage: "${result.closest}"`,
        QUOTE_FIX,
      ];
  }
}

function deriveStatus(
  data: ClaimData,
  accountCount: number,
  problem: (field: string, text: string, fix: string) => void,
): ClaimStatus {
  if (accountCount === 0) {
    problem("accounts", "the claim has no account", "add an account for each report that makes the claim");
    return "only";
  }
  if (accountCount === 1) {
    if (data.status !== undefined && data.status !== "only") {
      problem(
        "status",
        `status "${data.status}" needs two or more accounts, but the claim has one`,
        'remove `status` (a single account is "only") or add the other report\'s account',
      );
    }
    return "only";
  }
  if (data.status === undefined) {
    problem(
      "status",
      `the claim has ${accountCount} accounts but no status`,
      "set `status: agree` or `status: differ`",
    );
    return "agree";
  }
  if (data.status === "only") {
    problem(
      "status",
      `status "only" but the claim has ${accountCount} accounts`,
      "set `status: agree` or `status: differ`, or keep one account",
    );
  }
  if (data.status === "differ" && data.note === undefined) {
    problem(
      "note",
      "a claim on which the reports differ needs a note",
      "add `note:` with one line saying what differs",
    );
  }
  return data.status;
}

/** Ids and former ids (redirectFrom) share one namespace: a shared link must lead to one claim. */
function checkUniqueIds(entries: readonly Entry<ClaimData>[], problems: ProblemList): void {
  const owner = new Map<string, string>();
  for (const entry of entries) owner.set(entry.id, entry.file);
  for (const entry of entries) {
    entry.data.redirectFrom.forEach((former, i) => {
      const clash = owner.get(former);
      if (clash !== undefined) {
        problems.add({
          file: entry.file,
          field: `redirectFrom[${i}]`,
          problem: `claim id "${former}" is already used by ${clash}`,
          fix: "claim ids must be unique: remove the duplicate or pick another id",
        });
      } else owner.set(former, entry.file);
    });
  }
}
