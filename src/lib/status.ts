/** How the reports relate on one claim. */
export type ClaimStatus = "agree" | "differ" | "only";

/** Every status, in the order the site lists them. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = ["agree", "differ", "only"];

/** Words and icon for a status: shown together so colour is never the only cue. */
export const STATUS_TEXT: Readonly<
  Record<ClaimStatus, { label: string; short: string; icon: string; plural: string }>
> = {
  agree: { label: "Agree", short: "agree", icon: "✓", plural: "agree" },
  differ: { label: "Differ", short: "differ", icon: "≠", plural: "differ" },
  only: { label: "Only in one report", short: "only one", icon: "◐", plural: "only in one report" },
};

/** Words and icon for an agree claim whose accounts name different details ("Agree · details differ"). */
export const DETAILS_DIFFER_TEXT = {
  label: "Agree · details differ",
  short: "agree, details differ",
  icon: "≈",
} as const;
