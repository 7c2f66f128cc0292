import type { CardWeight, MeasureText } from "./fonts.ts";
import {
  CARD_COLOURS,
  CARD_HEIGHT,
  CARD_WIDTH,
  MAX_CARD_QUOTES,
  MAX_QUOTE_CHARS,
  quoted,
  truncate,
  type ClaimCardData,
} from "./design.ts";

/**
 * Where the per-claim text of a card goes: the same design as the satori
 * layout of design.ts (title, up to two outlet quotes with a rule at their
 * left, the story line), set in lines by a greedy word wrap. Pure: the
 * rasteriser (raster-claim.ts) draws the result over the card's fixed parts,
 * which satori renders once per status.
 */

/** A line of text to draw; `baseline` is the y of its baseline in px. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly baseline: number;
  readonly size: number;
  readonly weight: CardWeight;
  readonly colour: string;
  readonly letterSpacing: number;
}

/** A filled rectangle (the rules). */
export interface FilledRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: string;
}

/** Everything drawn over the fixed parts. */
export interface CardTextLayout {
  readonly lines: readonly TextLine[];
  readonly rects: readonly FilledRect[];
}

/** Font metrics the layout needs: widths, and ascent and descent as fractions of the font size. */
export interface CardMetrics {
  readonly measure: MeasureText;
  readonly ascent: number;
  readonly descent: number;
}

/** The box of the card's content: 16 px status bar, then 48 px × 64 px padding. */
export const CONTENT = { left: 64, right: CARD_WIDTH - 64, top: 16 + 48, bottom: CARD_HEIGHT - 48 } as const;
/** Height of the header row (site name and status pill), drawn by the fixed parts. */
export const HEADER_HEIGHT = 52;
const GAP = 28;
const QUOTE_GAP = 14;
const QUOTE_RULE = 6;
const QUOTE_INDENT = QUOTE_RULE + 18;
const FOOTER_PADDING = 16;

/** How a line of text is set; the layout measures a line with the same style it draws it in. */
type TextStyle = Pick<TextLine, "size" | "weight" | "colour" | "letterSpacing">;
const titleStyle = (size: number): TextStyle => ({ size, weight: 700, colour: CARD_COLOURS.ink, letterSpacing: 0 });
const OUTLET_STYLE: TextStyle = { size: 20, weight: 700, colour: CARD_COLOURS.muted, letterSpacing: 1 };
const QUOTE_STYLE: TextStyle = { size: 26, weight: 400, colour: CARD_COLOURS.ink, letterSpacing: 0 };
const FOOTER_STYLE: TextStyle = { size: 22, weight: 400, colour: CARD_COLOURS.muted, letterSpacing: 0 };

/**
 * Break `text` into at most `maxLines` lines no wider than `width`: words
 * move to the next line whole, a word wider than a line is cut by
 * characters, and text that does not fit ends its last line with "…".
 */
export function wrapLines(text: string, width: number, maxLines: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(" ").filter((word) => word !== "");
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = line === "" ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") {
      lines.push(line);
      line = "";
      i--; // the word starts the next line
    } else {
      // One word wider than the line: as many characters as fit.
      const chars = [...word];
      let cut = 1;
      while (cut < chars.length && measure(chars.slice(0, cut + 1).join("")) <= width) cut++;
      lines.push(chars.slice(0, cut).join(""));
      const rest = chars.slice(cut).join("");
      if (rest !== "") words.splice(i + 1, 0, rest);
    }
    if (lines.length === maxLines) return ellipsize(lines, width, measure);
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The last line shortened until it fits with "…" after it (text was left out). */
function ellipsize(lines: string[], width: number, measure: (text: string) => number): string[] {
  let last = (lines.pop() as string).replace(/[\s,;:.–—-]+$/u, "");
  while (last.length > 0 && measure(`${last}…`) > width) last = [...last].slice(0, -1).join("").trimEnd();
  return [...lines, `${last}…`];
}

/** Lay out a claim's card text: title, quotes, footer, all within the content box. */
export function layoutClaimCard(data: ClaimCardData, metrics: CardMetrics): CardTextLayout {
  const lines: TextLine[] = [];
  const rects: FilledRect[] = [];
  const width = CONTENT.right - CONTENT.left;
  const measureIn = (style: TextStyle) => (text: string) => metrics.measure(text, style.weight, style.size);
  const lineBox = (size: number, lineHeight: number) => {
    const content = (metrics.ascent - metrics.descent) * size;
    const height = lineHeight === 0 ? content : lineHeight * size;
    return { height, baseline: (height - content) / 2 + metrics.ascent * size };
  };
  const footerBox = lineBox(FOOTER_STYLE.size, 0);
  const ruleTop = Math.round(CONTENT.bottom - footerBox.height - FOOTER_PADDING - 2);

  // Title: three lines at most; a long title is set smaller, as in the satori design.
  const title = truncate(data.claimTitle, 110);
  const titleText = titleStyle(title.length > 70 ? 48 : 52);
  const titleBox = lineBox(titleText.size, 1.15);
  let y = CONTENT.top + HEADER_HEIGHT + GAP;
  for (const text of wrapLines(title, width, 3, measureIn(titleText))) {
    lines.push({ text, x: CONTENT.left, baseline: y + titleBox.baseline, ...titleText });
    y += titleBox.height;
  }

  // Quotes: each as many lines as still fit above the footer rule (two at most each).
  y += GAP;
  const outletBox = lineBox(OUTLET_STYLE.size, 0);
  const quoteBox = lineBox(QUOTE_STYLE.size, 1.3);
  const quoteWidth = width - QUOTE_INDENT;
  const shown = data.quotes.slice(0, MAX_CARD_QUOTES);
  for (const [i, quote] of shown.entries()) {
    const room = Math.floor((ruleTop - QUOTE_GAP / 2 - y - outletBox.height) / quoteBox.height);
    if (room < 1) break;
    const top = y;
    const outlet = truncate(quote.outlet, 60).toUpperCase();
    lines.push({ text: outlet, x: CONTENT.left + QUOTE_INDENT, baseline: y + outletBox.baseline, ...OUTLET_STYLE });
    y += outletBox.height;
    const text = quoted(truncate(quote.text, MAX_QUOTE_CHARS));
    for (const part of wrapLines(text, quoteWidth, Math.min(room, 3), measureIn(QUOTE_STYLE))) {
      lines.push({ text: part, x: CONTENT.left + QUOTE_INDENT, baseline: y + quoteBox.baseline, ...QUOTE_STYLE });
      y += quoteBox.height;
    }
    rects.push({
      x: CONTENT.left,
      y: Math.round(top),
      width: QUOTE_RULE,
      height: Math.round(y - top),
      colour: CARD_COLOURS.rule,
    });
    if (i < shown.length - 1) y += QUOTE_GAP;
  }

  // Footer: the rule, the story, and the count of reports not quoted.
  rects.push({ x: CONTENT.left, y: ruleTop, width, height: 2, colour: CARD_COLOURS.rule });
  const baseline = ruleTop + 2 + FOOTER_PADDING + footerBox.baseline;
  const more = data.quotes.length - shown.length;
  const moreText = more > 0 ? `+ ${more} more ${more === 1 ? "report" : "reports"}` : "";
  const moreWidth = moreText === "" ? 0 : measureIn(FOOTER_STYLE)(moreText);
  const story = `Story: ${truncate(data.storyTitle, more > 0 ? 70 : 95)}`;
  const storyWidth = width - (moreWidth === 0 ? 0 : moreWidth + 24);
  const [storyLine = ""] = wrapLines(story, storyWidth, 1, measureIn(FOOTER_STYLE));
  lines.push({ text: storyLine, x: CONTENT.left, baseline, ...FOOTER_STYLE });
  if (moreText !== "") lines.push({ text: moreText, x: CONTENT.right - moreWidth, baseline, ...FOOTER_STYLE });
  return { lines, rects };
}
