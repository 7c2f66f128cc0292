/**
 * Which account a new report sides with when it joins a claim whose
 * accounts differ: "1.5 million euros, as Corvel Daily; Riverside Times says
 * 2 million euros". A value it shares with some accounts and not others
 * decides; else the account its words are closest to.
 */
import type { UnitDetail, UnitFeatures } from "./features.ts";
import { listWords, type ProposedStatus } from "./propose-status.ts";

/** Kinds whose values exclude each other within one claim. */
const EXCLUSIVE: readonly UnitDetail["kind"][] = ["number", "date", "place"];

/**
 * The status and note of a `differ` claim after a new account joins it.
 *
 * @param accounts the claim's accounts before (article id → units)
 * @param closeness the new unit's best score with each account
 */
export function sideWith(
  unit: UnitFeatures,
  accounts: ReadonlyMap<string, readonly UnitFeatures[]>,
  closeness: ReadonlyMap<string, number>,
  label: (articleId: string) => string,
  editorNote?: string,
): ProposedStatus {
  const newcomer = label(unit.unit.articleId);
  for (const kind of EXCLUSIVE) {
    for (const value of unit.details.filter((d) => d.kind === kind)) {
      const sides = [...accounts].filter(([, units]) => units.some((u) => u.details.some((d) => d.key === value.key)));
      const others = [...accounts].filter(([id]) => !sides.some(([side]) => side === id));
      if (sides.length === 0 || others.length === 0) continue;
      const theirs = others.flatMap(([id, units]) => {
        const given = units.flatMap((u) => u.details).find((d) => d.kind === kind && d.key !== value.key);
        return given === undefined ? [] : [`${label(id)} says ${given.text}`];
      });
      if (theirs.length === 0) continue;
      const note = `${newcomer}: ${value.text}, as ${listWords(sides.map(([id]) => label(id)))}; ${theirs.join("; ")}`;
      return { status: "differ", note };
    }
  }
  const closest = [...closeness].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const side = closest === undefined ? "" : `${newcomer} reads closest to ${label(closest)}`;
  return { status: "differ", note: [side, editorNote].filter((part) => part !== undefined && part !== "").join("; ") };
}
