import type { ConvertResult } from "./convert-raw-report.ts";
import { REPEATED_HEADLINE_REASON } from "./parse-raw-report.ts";
import { BOX_LABEL_REASON } from "./rules/box-labels.ts";

/** Longest excerpt of a kept block shown in the report, in characters. */
const EXCERPT_LENGTH = 72;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The start of a block's text, cut at a word boundary. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), EXCERPT_LENGTH / 2))} …`;
}

/**
 * The import report an editor reads after an import: where title, outlet
 * and date came from, every block kept (headings marked), and every line
 * removed with its reason.
 */
export function formatImportReport(result: ConvertResult): string[] {
  const { frontMatter: meta } = result;
  const titleSource = meta.titleInferred
    ? "from --title, inferred"
    : meta.removed.some((line) => line.reason === REPEATED_HEADLINE_REASON)
      ? "repeated headline"
      : meta.removed[0]?.reason === BOX_LABEL_REASON
        ? "first headline-shaped line after the summary box"
        : "first line";
  const dateSource =
    meta.publishedFrom === undefined
      ? `from --date${meta.publishedInferred ? ", inferred" : ""}`
      : `from the ${meta.publishedFrom.kind} ${JSON.stringify(meta.publishedFrom.text)}`;
  return [
    `  title: ${meta.title} (${titleSource})`,
    `  outlet: ${meta.outlet}`,
    `  published: ${meta.published} (${dateSource})`,
    ...(meta.dateline === undefined ? [] : [`  dateline: ${meta.dateline} (kept in the first paragraph)`]),
    // English told by the Latin script is the default, left unsaid as before; anything else is shown.
    ...(result.languageFrom === "script" && meta.language === "en"
      ? []
      : [
          `  language: ${meta.language} (${result.languageFrom === "option" ? "from --language" : "told by the script"})`,
        ]),
    `  kept ${plural(result.paragraphs, "paragraph")}, ${plural(result.headings, "heading")}, ` +
      `${plural(result.sentences, "sentence")} (each found in the output exactly once):`,
    ...result.blocks.map((block) => `    ${block.kind === "heading" ? "##" : "¶"} ${excerpt(block.text)}`),
    `  removed ${plural(meta.removed.length, "line")}${meta.removed.length > 0 ? ":" : ""}`,
    ...meta.removed.map((line) => `    - ${line.reason}: ${line.text}`),
  ];
}
