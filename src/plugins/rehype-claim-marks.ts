import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { visit } from "unist-util-visit";
import { wrapRanges } from "../lib/hast/wrap-ranges.ts";
import { STATUS_TEXT, type ClaimStatus } from "../lib/status.ts";
import { mergeRanges, type TextRange } from "../lib/text/ranges.ts";

/** A claim that quotes a sentence. */
export interface MarkedClaim {
  readonly id: string;
  readonly title: string;
  readonly status: ClaimStatus;
  readonly href: string;
}

/** The quoted part of one sentence, in offsets local to that sentence. */
export interface SentenceMark extends TextRange {
  readonly claims: readonly MarkedClaim[];
}

export interface RehypeClaimMarksOptions {
  /** Marks per sentence id (as given by rehype-sentence-ids). */
  readonly marks: ReadonlyMap<string, readonly SentenceMark[]>;
}

/**
 * Mark quoted passages in an article and link each to its claim.
 *
 * 1. Within each quoted sentence, overlapping quotes are merged into one
 *    `<mark>` so that no text is wrapped twice.
 * 2. After the sentence, one small link per claim says the claim's status in
 *    words and an icon, so the reader can go from the text to the comparison.
 */
export default function rehypeClaimMarks(options: RehypeClaimMarksOptions) {
  return (tree: Root): void => {
    visit(tree, "element", (node: Element, index, parent) => {
      const id = typeof node.properties.id === "string" ? node.properties.id : undefined;
      const marks = id === undefined ? undefined : options.marks.get(id);
      if (marks === undefined || parent === undefined || index === undefined) return;
      const merged = mergeRanges(marks, (range, members) => ({ ...range, claims: members.flatMap((m) => m.claims) }));
      wrapRanges(node, merged, (mark) =>
        h("mark", { className: ["quote-mark", `status-${mark.claims[0]?.status ?? "only"}`] }),
      );
      const claims = uniqueClaims(marks);
      node.properties.dataClaims = claims.map((claim) => claim.id).join(" ");
      parent.children.splice(index + 1, 0, ...claims.map(claimLink));
      return index + 1 + claims.length;
    });
  };
}

function uniqueClaims(marks: readonly SentenceMark[]): MarkedClaim[] {
  const byId = new Map<string, MarkedClaim>();
  for (const mark of marks) for (const claim of mark.claims) byId.set(claim.id, claim);
  return [...byId.values()];
}

function claimLink(claim: MarkedClaim): ElementContent {
  const status = STATUS_TEXT[claim.status];
  return h("a", { href: claim.href, className: ["claim-ref", `status-${claim.status}`], title: claim.title }, [
    h("span", { ariaHidden: "true" }, status.icon),
    ` ${status.short}`,
    h("span", { className: ["sr-only"] }, `: claim “${claim.title}”`),
  ]);
}
