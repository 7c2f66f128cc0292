import { parse } from "yaml";
import type { BlockInfo } from "../../src/plugins/rehype-sentence-ids.ts";
import type { Suggestion } from "../../src/lib/compare/align/suggest.ts";
import { parsePublishedIds, publishIds, PUBLISHED_CLAIMS_FILE } from "../../src/lib/claims/published-ids.ts";
import { idProblem } from "../../src/lib/content/ids.ts";
import { slugify } from "../../src/lib/slug.ts";
import { claimFileText, yamlText, type ClaimFields } from "./claim-yaml.ts";
import { ABSENT, DeskError, type ContentFiles, type FileChange, type Version } from "./content-files.ts";
import { detailLines, proveWithClaim, type Snapshot } from "./desk-model.ts";
import { draftOf, storyCandidates, storySuggestions } from "./suggestions.ts";
import type { DraftClaim } from "../../src/lib/claims/draft-claim.ts";
import { isDraftPlaceholder } from "../../src/lib/claims/draft-placeholders.ts";

/** Versions of the files the editor's page was showing, by path inside content/. */
export type Bases = Readonly<Record<string, Version>>;

type Account = ClaimFields["accounts"][string];

export const claimPath = (id: string): string => `claims/${id}.yaml`;

/** The version the page saw of a file: a write without one would overwrite blindly, so it is refused. */
function baseOf(bases: Bases, path: string): Version {
  const base = bases[path];
  if (typeof base !== "string") throw new DeskError(`no version given for ${path}: reload the desk and try again`);
  return base;
}

/** A claim file as its text says (the editor's own fields, not the schema's defaults). */
function readClaim(files: ContentFiles, id: string): { fields: ClaimFields; text: string } {
  const { text } = files.read(claimPath(id));
  if (text === null) throw new DeskError(`claim ${id} does not exist (content/${claimPath(id)})`, 404);
  return { fields: (parse(text) ?? {}) as ClaimFields, text };
}

function checkId(id: string): void {
  const problem = idProblem(id);
  if (problem !== undefined) throw new DeskError(`${problem}: use lower-case letters, digits and single hyphens`);
}

/** Refuse a claim whose proof fails in its own file; the page shows the problems where they apply. */
function proveOrRefuse(
  snapshot: Snapshot,
  files: ContentFiles,
  id: string,
  fields: ClaimFields,
  removed: readonly string[] = [],
): void {
  const proof = proveWithClaim(snapshot, files, id, fields, removed);
  const own = proof.problems.filter((p) => p.file.endsWith(`claims/${id}.yaml`));
  if (own.length > 0)
    throw new DeskError(`claim ${id} does not prove yet: nothing was written`, 400, { problems: own });
}

/** Check a claim's fields as the build would, with its live details. */
export function checkClaim(snapshot: Snapshot, files: ContentFiles, id: string, fields: unknown) {
  checkId(id);
  const proof = proveWithClaim(snapshot, files, id, fields);
  return { problems: proof.problems, details: proof.site === undefined ? [] : detailLines(proof.site, id) };
}

/**
 * Save a claim's fields. A new id renames the file; when the old id was
 * published it goes into `redirectFrom`, so its URL keeps working.
 */
export function saveClaim(
  snapshot: Snapshot,
  files: ContentFiles,
  request: { id: string; newId?: string; fields: ClaimFields; bases: Bases },
): FileChange[] {
  const { id, fields } = request;
  const newId = request.newId ?? id;
  checkId(newId);
  const current = files.read(claimPath(id));
  let next: ClaimFields = fields;
  if (newId !== id) {
    if (files.read(claimPath(newId)).text !== null)
      throw new DeskError(`claim ${newId} exists already: choose another id`);
    if (snapshot.published.has(id))
      next = { ...fields, redirectFrom: [...new Set([...(fields.redirectFrom ?? []), id])] };
  }
  proveOrRefuse(snapshot, files, newId, next, newId === id ? [] : [id]);
  const base = baseOf(request.bases, claimPath(id));
  if (newId === id) return [{ path: claimPath(id), base, text: claimFileText(next, current.text) }];
  return [
    { path: claimPath(newId), base: ABSENT, text: claimFileText(next, current.text) },
    { path: claimPath(id), base, text: null },
  ];
}

/** Accounts added to a claim: the engine's accounts for reports the claim lacks; a second status set when it needs one. */
function withAccounts(
  fields: ClaimFields,
  accounts: Record<string, Account>,
  proposed?: { status: string; note?: string },
): ClaimFields {
  const merged = { ...fields.accounts };
  for (const [articleId, account] of Object.entries(accounts)) {
    const before = merged[articleId];
    merged[articleId] =
      before === undefined ? account : { ...before, quotes: [...new Set([...before.quotes, ...account.quotes])] };
  }
  const next: ClaimFields = { ...fields, accounts: merged };
  if (Object.keys(merged).length < 2) return next;
  if (proposed !== undefined && proposed.status !== "only") {
    next.status = proposed.status as "agree" | "differ";
    if (proposed.note !== undefined && fields.note === undefined) next.note = proposed.note;
  } else if (next.status === undefined) {
    // A second account needs a status; agree is the editor's to confirm (the page says so).
    next.status = "agree";
  }
  return next;
}

/**
 * A draft as the editor confirmed it: the title and summaries the page
 * showed beside the suggestion lose their "To review:" mark (the person has
 * read them and accepted), and the topic is the editor's to give.
 */
export function confirmed(draft: DraftClaim): DraftClaim {
  const unmark = (text: string) => (isDraftPlaceholder(text) ? text.replace(/^[^:]*:\s*/u, "") : text);
  const accounts = Object.fromEntries(
    Object.entries(draft.data.accounts).map(([id, account]) => [id, { ...account, summary: unmark(account.summary) }]),
  );
  return { ...draft, data: { ...draft.data, title: unmark(draft.data.title), accounts } };
}

/**
 * Accept one of the engine's suggestions: into the claim it proposes (or,
 * when the editor corrects it, into another claim, or a new one).
 */
export function acceptSuggestion(
  snapshot: Snapshot,
  files: ContentFiles,
  request: { story: string; key: string; into?: string; topic?: string; bases: Bases },
): { changes: FileChange[]; claim: string } {
  const site = requireSite(snapshot);
  const found = storySuggestions(site, request.story).find((s) => s.shown.key === request.key);
  if (found === undefined)
    throw new DeskError("this suggestion is gone (the content changed): the list is reloaded", 409);
  const draft = confirmed(draftOf(site, request.story, found.suggestion));
  const target = request.into ?? found.suggestion.claim ?? "new";
  if (target === "new") {
    const data = { ...draft.data, topic: requiredTopic(request.topic) };
    proveOrRefuse(snapshot, files, draft.id, data);
    return { changes: [{ path: claimPath(draft.id), base: ABSENT, text: claimFileText(data) }], claim: draft.id };
  }
  const { fields, text } = readClaim(files, target);
  const proposal = target === found.suggestion.claim ? found.suggestion : undefined;
  const next = withAccounts(fields, draft.data.accounts, proposal);
  proveOrRefuse(snapshot, files, target, next);
  return {
    changes: [
      { path: claimPath(target), base: baseOf(request.bases, claimPath(target)), text: claimFileText(next, text) },
    ],
    claim: target,
  };
}

/**
 * Accept one of the engine's ranked candidates for a sentence: the whole
 * sentence joins that claim, as a quote, exactly as if the editor had
 * selected it (so a paraphrase the engine ranks second is one action away).
 */
export function acceptCandidate(
  snapshot: Snapshot,
  files: ContentFiles,
  request: { story: string; articleId: string; sentenceId: string; claim: string; bases: Bases },
): { changes: FileChange[]; claim: string } {
  const site = requireSite(snapshot);
  const offered = storyCandidates(site, request.story).get(`${request.articleId}#${request.sentenceId}`) ?? [];
  if (!offered.some((c) => c.claim === request.claim))
    throw new DeskError("this candidate is gone (the content changed): the list is reloaded", 409);
  const block = site.articles
    .get(request.articleId)
    ?.blocks.find((b) => b.sentences.some((s) => s.id === request.sentenceId));
  const sentence = block?.sentences.find((s) => s.id === request.sentenceId);
  if (block === undefined || sentence === undefined)
    throw new DeskError("the sentence is not in a report of this story");
  return addQuote(snapshot, files, {
    story: request.story,
    claim: request.claim,
    articleId: request.articleId,
    blockId: block.id,
    start: sentence.start,
    end: sentence.end,
    bases: request.bases,
  });
}

/**
 * Add the words the editor selected to a claim as a quote: the text is cut
 * from the report's own paragraph, so it is verbatim by construction. A
 * selection overlapping a quote of the same account extends that quote.
 */
export function addQuote(
  snapshot: Snapshot,
  files: ContentFiles,
  request: {
    story: string;
    claim: string;
    articleId: string;
    blockId: string;
    start: number;
    end: number;
    /** The topic of a new claim (`claim: "new"`): the editor's to give. */
    topic?: string;
    bases: Bases;
  },
): { changes: FileChange[]; claim: string } {
  const site = requireSite(snapshot);
  const article = site.articles.get(request.articleId);
  const block = article?.blocks.find((b) => b.id === request.blockId);
  if (article === undefined || block === undefined)
    throw new DeskError("the selected words are not in a report of this story");
  const { start, end } = request;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length || end <= start) {
    throw new DeskError("select some words of one paragraph first");
  }
  if (request.claim === "new") {
    const topic = requiredTopic(request.topic);
    const draft = confirmed(
      draftOf(site, request.story, onlySuggestion(article.id, trimmed(block.text, start, end), block, start)),
    );
    const data = { ...draft.data, topic };
    proveOrRefuse(snapshot, files, draft.id, data);
    return { changes: [{ path: claimPath(draft.id), base: ABSENT, text: claimFileText(data) }], claim: draft.id };
  }
  const { fields, text: fileText } = readClaim(files, request.claim);
  const claim = site.claims.get(request.claim);
  let range = { start, end };
  const kept: string[] = [];
  for (const quote of claim?.accounts.find((a) => a.articleId === article.id)?.quotes ?? []) {
    if (quote.blockId === block.id && quote.start < range.end && quote.end > range.start) {
      range = { start: Math.min(range.start, quote.start), end: Math.max(range.end, quote.end) };
    } else kept.push(quote.text);
  }
  const quote = trimmed(block.text, range.start, range.end);
  const before = fields.accounts[article.id];
  // A report's first account on the claim is drafted by the engine (summary, direct), as an accepted suggestion is.
  const account: Account =
    before === undefined
      ? (confirmed(draftOf(site, request.story, onlySuggestion(article.id, quote, block, range.start))).data.accounts[
          article.id
        ] as Account)
      : { ...before, quotes: [...kept, quote] };
  const next = withAccounts({ ...fields, accounts: { ...fields.accounts, [article.id]: account } }, {});
  proveOrRefuse(snapshot, files, request.claim, next);
  return {
    changes: [
      {
        path: claimPath(request.claim),
        base: baseOf(request.bases, claimPath(request.claim)),
        text: claimFileText(next, fileText),
      },
    ],
    claim: request.claim,
  };
}

/** A new claim's topic as the editor typed it; the engine's draft has none a person gave, so it is required. */
function requiredTopic(topic: unknown): string {
  const given = typeof topic === "string" ? topic.trim() : "";
  if (given === "") throw new DeskError("give the new claim a topic (one of the story's, or a new one)");
  return given;
}

/** The selection without surrounding spaces (a double-click selects the space after a word). */
function trimmed(text: string, start: number, end: number): string {
  return text.slice(start, end).trim();
}

/** Selected words as the engine's own kind of suggestion (one report), so the engine drafts their claim or account. */
function onlySuggestion(articleId: string, quote: string, block: BlockInfo, start: number): Suggestion {
  const sentence = block.sentences.find((s) => s.start <= start && s.end > start) ?? block.sentences[0];
  return {
    claim: null,
    status: "only",
    score: 1,
    accounts: new Map([
      [
        articleId,
        {
          quotes: [quote],
          sentenceIds: [sentence?.id ?? ""],
          quoteSentences: [[sentence?.id ?? ""]],
          details: [],
          speakers: [],
          // The editor's own words for the summary and direct come next, in the claim editor.
          direct: false,
          content: quote,
        },
      ],
    ]),
    shared: { words: [], details: [] },
  };
}

/**
 * Merge claim `gone` into claim `keep`: accounts, people and places joined;
 * `gone`'s file removed, its id (and its own former ids) kept in `redirectFrom`.
 */
export function mergeClaims(
  snapshot: Snapshot,
  files: ContentFiles,
  request: { keep: string; gone: string; bases: Bases },
): FileChange[] {
  if (request.keep === request.gone) throw new DeskError("choose two different claims to merge");
  const keep = readClaim(files, request.keep);
  const gone = readClaim(files, request.gone);
  const union = (a?: readonly string[], b?: readonly string[]) => [...new Set([...(a ?? []), ...(b ?? [])])];
  const merged = withAccounts(keep.fields, gone.fields.accounts);
  const next: ClaimFields = {
    ...merged,
    people: union(keep.fields.people, gone.fields.people),
    places: union(keep.fields.places, gone.fields.places),
    redirectFrom: union(keep.fields.redirectFrom, [
      ...(gone.fields.redirectFrom ?? []),
      ...(snapshot.published.has(request.gone) ? [request.gone] : []),
    ]),
  };
  proveOrRefuse(snapshot, files, request.keep, next, [request.gone]);
  return [
    {
      path: claimPath(request.keep),
      base: baseOf(request.bases, claimPath(request.keep)),
      text: claimFileText(next, keep.text),
    },
    { path: claimPath(request.gone), base: baseOf(request.bases, claimPath(request.gone)), text: null },
  ];
}

/** Split the accounts of the given reports out of a claim into a new claim `newId`; the original keeps its id. */
export function splitClaim(
  snapshot: Snapshot,
  files: ContentFiles,
  request: { id: string; newId: string; articleIds: readonly string[]; bases: Bases },
): FileChange[] {
  checkId(request.newId);
  const { fields, text } = readClaim(files, request.id);
  const moving = new Set(request.articleIds);
  const stay = Object.entries(fields.accounts).filter(([id]) => !moving.has(id));
  const go = Object.entries(fields.accounts).filter(([id]) => moving.has(id));
  if (stay.length === 0 || go.length === 0) throw new DeskError("a split leaves at least one report on each side");
  if (files.read(claimPath(request.newId)).text !== null) throw new DeskError(`claim ${request.newId} exists already`);
  const part = (accounts: [string, Account][]): ClaimFields => {
    const { status, note, ...rest } = fields;
    const many = accounts.length > 1;
    return {
      ...rest,
      ...(many && status !== undefined ? { status } : {}),
      ...(many && note !== undefined ? { note } : {}),
      accounts: Object.fromEntries(accounts),
    };
  };
  const kept = part(stay);
  const split: ClaimFields = { ...part(go), redirectFrom: [] };
  proveOrRefuse(snapshot, files, request.id, kept);
  return [
    {
      path: claimPath(request.id),
      base: baseOf(request.bases, claimPath(request.id)),
      text: claimFileText(kept, text),
    },
    { path: claimPath(request.newId), base: ABSENT, text: claimFileText(split) },
  ];
}

/** A new person or place, created in place from the claim editor. */
export function addEntity(
  files: ContentFiles,
  kind: "people" | "places",
  request: { name: string; role?: string; aliases?: readonly string[] },
): { changes: FileChange[]; id: string } {
  const name = typeof request.name === "string" ? request.name.trim() : "";
  if (name === "") throw new DeskError("give a name");
  if (kind === "people" && (typeof request.role !== "string" || request.role.trim() === "")) {
    throw new DeskError("give the person's role at the time of the story, e.g. Mayor of Millbrook");
  }
  const id = slugify(name);
  checkId(id);
  const path = `${kind}/${id}.yaml`;
  if (files.read(path).text !== null) throw new DeskError(`${path} exists already: pick it from the list`);
  const aliases = (request.aliases ?? []).map((a) => a.trim()).filter(Boolean);
  const data = {
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(kind === "people" ? { role: request.role?.trim() } : {}),
  };
  return { changes: [{ path, base: ABSENT, text: yamlText(data) }], id };
}

/** `claims:publish`: add the ids of new claims to published-claims.txt (never removing one). */
export function publishClaims(snapshot: Snapshot, files: ContentFiles): { changes: FileChange[]; added: string[] } {
  const site = requireSite(snapshot);
  const current = files.read(PUBLISHED_CLAIMS_FILE);
  const { text, added } = publishIds(parsePublishedIds(current.text ?? ""), site.claims.keys());
  return { changes: added.length === 0 ? [] : [{ path: PUBLISHED_CLAIMS_FILE, base: current.version, text }], added };
}

/** The proven site; the desk edits only content that proves (it lists the problems otherwise). */
export function requireSite(snapshot: Snapshot) {
  if (snapshot.site === undefined) {
    throw new DeskError("the content does not prove: fix the problems listed first", 409, {
      problems: snapshot.problems,
    });
  }
  return snapshot.site;
}
