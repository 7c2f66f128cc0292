import { isDeepStrictEqual } from "node:util";
import { Document, isMap, isScalar, parseDocument } from "yaml";
import type { ClaimData } from "../../src/schemas/claim.ts";

/** A claim as the desk edits it: the file's fields, defaults left out when empty. */
export type ClaimFields = Omit<ClaimData, "people" | "places" | "redirectFrom"> &
  Partial<Pick<ClaimData, "people" | "places" | "redirectFrom">>;

/** The order an editor reads a claim file in (the schema's order). */
const FIELD_ORDER = ["story", "title", "topic", "people", "places", "status", "note", "redirectFrom", "accounts"];
const ACCOUNT_ORDER = ["quotes", "summary", "speaker", "direct"];

/** Long lines stay on one line, as the importer writes them (no folding that would hide a quote's words). */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The text of a claim file holding `fields`. Given the file's current text,
 * it is edited through the `yaml` Document API: only fields whose value
 * changed are set, so comments, key order and the style of untouched
 * values stay as the editor wrote them. Empty lists are left out.
 */
export function claimFileText(fields: ClaimFields, previous?: string | null): string {
  const wanted = normalise(fields);
  if (previous === undefined || previous === null)
    return new Document(ordered(wanted, FIELD_ORDER)).toString(TO_STRING);
  const doc = parseDocument(previous);
  const current = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(current)) if (!(key in wanted)) doc.delete(key);
  for (const key of FIELD_ORDER) {
    if (!(key in wanted)) continue;
    const value = wanted[key];
    if (key === "accounts" && isMap(doc.get("accounts", true))) {
      setAccounts(doc, (current.accounts ?? {}) as Record<string, Record<string, unknown>>, value as Accounts);
    } else if (!isDeepStrictEqual(current[key], value)) {
      setField(doc, [key], value);
    }
  }
  return doc.toString(TO_STRING);
}

type Accounts = Record<string, Record<string, unknown>>;

function setAccounts(doc: Document, current: Accounts, wanted: Accounts): void {
  for (const id of Object.keys(current)) if (!(id in wanted)) doc.deleteIn(["accounts", id]);
  for (const [id, account] of Object.entries(wanted)) {
    const before = current[id];
    if (before === undefined) {
      doc.setIn(["accounts", id], doc.createNode(ordered(account, ACCOUNT_ORDER)));
      continue;
    }
    for (const key of Object.keys(before)) if (!(key in account)) doc.deleteIn(["accounts", id, key]);
    for (const key of ACCOUNT_ORDER) {
      if (key in account && !isDeepStrictEqual(before[key], account[key]))
        setField(doc, ["accounts", id, key], account[key]);
    }
  }
}

/** Set a field; a key new to the file goes where the schema's order puts it, not at the end. */
function setField(doc: Document, path: string[], value: unknown): void {
  const key = path.at(-1) as string;
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (isMap(parent) && !parent.has(key)) {
    const order = parentPath.length === 0 ? FIELD_ORDER : ACCOUNT_ORDER;
    const rank = order.indexOf(key);
    const later = parent.items.findIndex(
      (item) => order.indexOf(String(isScalar(item.key) ? item.key.value : item.key)) > rank,
    );
    const pair = doc.createPair(key, value);
    if (later < 0) parent.items.push(pair);
    else parent.items.splice(later, 0, pair);
    return;
  }
  doc.setIn(path, doc.createNode(value));
}

/** The fields in a fixed order, dropping empty optional lists and undefined values. */
function normalise(fields: ClaimFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === "") continue;
    if (Array.isArray(value) && value.length === 0 && key !== "accounts") continue;
    out[key] =
      key === "accounts"
        ? Object.fromEntries(
            Object.entries(value as Accounts).map(([id, account]) => [
              id,
              Object.fromEntries(Object.entries(account).filter(([, v]) => v !== undefined && v !== "")),
            ]),
          )
        : value;
  }
  return out;
}

function ordered(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/** A new YAML file's text for plain data (a person, a place), written as the claim files are. */
export function yamlText(data: Record<string, unknown>): string {
  return new Document(data).toString(TO_STRING);
}
