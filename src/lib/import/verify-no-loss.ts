import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { splitSentences } from "../text/sentences.ts";
import { splitLines, type RemovedLine } from "./parse-raw-report.ts";

/** Outcome of comparing input sentences with rendered sentences. */
export interface LossReport {
  /** True when both multisets are equal and the body holds only paragraphs and headings. */
  readonly ok: boolean;
  /** Input sentences the output lacks (one entry per missing occurrence). */
  readonly missing: readonly string[];
  /** Output sentences the input lacks, or that occur more often than in the input. */
  readonly extra: readonly string[];
  /** Top-level Markdown nodes other than paragraphs and headings ("list", "html", …). */
  readonly unexpectedNodes: readonly string[];
  /** Number of sentences expected (and, when ok, found). */
  readonly sentenceCount: number;
}

/**
 * Sentences the output must contain: those of every non-empty input line
 * except the removed ones (one removal per `removed` entry, so a line that
 * also occurs elsewhere is not dropped twice).
 */
export function expectedSentences(input: string, removed: readonly RemovedLine[]): string[] {
  const toRemove = countBy(removed.map((line) => line.text));
  const sentences: string[] = [];
  for (const line of splitLines(input)) {
    const pending = toRemove.get(line) ?? 0;
    if (pending > 0) {
      toRemove.set(line, pending - 1);
      continue;
    }
    for (const sentence of splitSentences(line)) sentences.push(sentence.text);
  }
  return sentences;
}

/** The text of each top-level block of a Markdown body, as a reader would see it. */
export interface RenderedBlocks {
  readonly texts: readonly string[];
  readonly unexpectedNodes: readonly string[];
}

/**
 * Parse a Markdown body the way the site does (remark-parse) and take the
 * plain text of each paragraph and heading. Any other node means escaping
 * failed and a line turned into markup.
 */
export function renderedBlocks(body: string): RenderedBlocks {
  const tree: Root = unified().use(remarkParse).parse(body);
  const texts: string[] = [];
  const unexpectedNodes: string[] = [];
  for (const node of tree.children) {
    if (node.type === "paragraph" || node.type === "heading") texts.push(toString(node));
    else unexpectedNodes.push(node.type);
  }
  return { texts, unexpectedNodes };
}

/**
 * The no-loss check: every sentence of the input, except removed lines,
 * occurs in the rendered body's text exactly as often as in the input —
 * compared as multisets, so nothing is dropped, altered or duplicated.
 *
 * @param input The raw report.
 * @param removed Lines deliberately left out (promotional lines, headline occurrences).
 * @param body The Markdown body, without front matter.
 */
export function checkNoLoss(input: string, removed: readonly RemovedLine[], body: string): LossReport {
  const expected = expectedSentences(input, removed);
  const rendered = renderedBlocks(body);
  const actual = rendered.texts.flatMap((text) => splitSentences(text).map((span) => span.text));
  const missing = multisetDifference(expected, actual);
  const extra = multisetDifference(actual, expected);
  return {
    ok: missing.length === 0 && extra.length === 0 && rendered.unexpectedNodes.length === 0,
    missing,
    extra,
    unexpectedNodes: rendered.unexpectedNodes,
    sentenceCount: expected.length,
  };
}

/** One line explaining a failed check, quoting the first offending sentence. */
export function describeLoss(report: LossReport): string {
  const parts: string[] = [];
  const first = (items: readonly string[]): string => JSON.stringify(items[0] ?? "");
  if (report.missing.length > 0) parts.push(`${report.missing.length} missing (first: ${first(report.missing)})`);
  if (report.extra.length > 0) parts.push(`${report.extra.length} unexpected (first: ${first(report.extra)})`);
  if (report.unexpectedNodes.length > 0) parts.push(`markup rendered as ${report.unexpectedNodes.join(", ")}`);
  return parts.join("; ");
}

function countBy(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Items of `a` left over after removing one occurrence per item of `b`, in `a`'s order. */
function multisetDifference(a: readonly string[], b: readonly string[]): string[] {
  const available = countBy(b);
  const rest: string[] = [];
  for (const item of a) {
    const count = available.get(item) ?? 0;
    if (count > 0) available.set(item, count - 1);
    else rest.push(item);
  }
  return rest;
}
