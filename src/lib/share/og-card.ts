import { paths } from "../../config.ts";
import type { ClaimStatus } from "../status.ts";
import { STATUS_TEXT } from "../status.ts";

/**
 * The layout of the 1200×630 preview cards, as the element tree satori
 * renders (plain objects, no JSX). Pure: same data, same tree, same PNG.
 */

/** A satori element: a tag with a style, attributes and children. */
export interface CardNode {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>> & { readonly children?: CardChild | readonly CardChild[] };
}
/** A child of a card element: another element or text. */
export type CardChild = CardNode | string;

/** What a claim's card shows. */
export interface ClaimCardData {
  readonly siteName: string;
  readonly storyTitle: string;
  readonly claimTitle: string;
  readonly status: ClaimStatus;
  /** Each covering report's outlet and its first quote. */
  readonly quotes: readonly { readonly outlet: string; readonly text: string }[];
}

/** Card size in pixels: the 1.91:1 size Open Graph and X/Twitter large cards expect. */
export const CARD_WIDTH = 1200;
/** See CARD_WIDTH. */
export const CARD_HEIGHT = 630;

// Light-theme status colours of src/styles/global.css: the card matches the badge readers know.
const STATUS_COLOURS: Readonly<Record<ClaimStatus, { fg: string; bg: string }>> = {
  agree: { fg: "#166534", bg: "#dcfce7" },
  differ: { fg: "#9a3412", bg: "#ffedd5" },
  only: { fg: "#5b21b6", bg: "#ede9fe" },
};
const INK = "#1a1a1a";
const MUTED = "#4a4a4a";
const RULE = "#d4d4d4";

/** Shorten to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** Put a quote in quotation marks, unless it opens with its own (a quoted speaker). */
export const quoted = (text: string): string => (/^["“‘'«„]/u.test(text) ? text : `“${text}”`);

const el = (
  type: string,
  style: Record<string, unknown>,
  children?: CardChild | readonly CardChild[],
  attrs: Record<string, unknown> = {},
): CardNode => ({
  type,
  props: { ...attrs, style, ...(children === undefined ? {} : { children }) },
});

/** The status icon drawn as vector shapes: the font need not carry ✓, ≠ or ◐. */
function statusIcon(status: ClaimStatus, colour: string): CardNode {
  const stroke = { stroke: colour, strokeWidth: 3.5, fill: "none", strokeLinecap: "round", strokeLinejoin: "round" };
  const shapes: Record<ClaimStatus, CardNode[]> = {
    agree: [el("path", {}, undefined, { d: "M5 13 L10 18 L19 7", ...stroke })],
    differ: [
      el("path", {}, undefined, { d: "M5 9 H19 M5 15 H19", ...stroke }),
      el("path", {}, undefined, { d: "M15 4 L9 20", ...stroke }),
    ],
    only: [
      el("circle", {}, undefined, { cx: 12, cy: 12, r: 8, ...stroke }),
      el("path", {}, undefined, { d: "M12 4 A8 8 0 0 1 12 20 Z", fill: colour }),
    ],
  };
  return el("svg", {}, shapes[status], { width: 34, height: 34, viewBox: "0 0 24 24" });
}

/** At most this many quotes fit legibly; the rest are counted ("+ 2 more reports"). */
export const MAX_CARD_QUOTES = 2;
/** Longest quote on a card, in characters. */
export const MAX_QUOTE_CHARS = 130;

/**
 * A rule drawn as a filled box. CSS borders would do, but satori turns each
 * border into nested clip paths and masks that resvg composites over the
 * whole canvas: a third of the raster time of a card went into three rules.
 */
const rule = (style: Record<string, unknown>): CardNode =>
  el("div", { flexShrink: 0, backgroundColor: RULE, ...style });

/** The status pill: a rounded fill inside a rounded fill of the border colour (no CSS border, see `rule`). */
function statusPill(status: ClaimStatus): CardNode {
  const colours = STATUS_COLOURS[status];
  return el("div", { display: "flex", padding: 3, borderRadius: 999, backgroundColor: colours.fg }, [
    el(
      "div",
      {
        display: "flex",
        alignItems: "center",
        gap: 10,
        padding: "6px 20px",
        borderRadius: 999,
        backgroundColor: colours.bg,
        color: colours.fg,
        fontSize: 28,
        fontWeight: 700,
      },
      [statusIcon(status, colours.fg), STATUS_TEXT[status].label],
    ),
  ]);
}

/** One outlet's quote, with a rule at its left. */
function quoteBlock(quote: { readonly outlet: string; readonly text: string }): CardNode {
  return el("div", { display: "flex" }, [
    rule({ width: 6 }),
    el("div", { display: "flex", flexDirection: "column", paddingLeft: 18 }, [
      el(
        "div",
        { fontSize: 20, fontWeight: 700, color: MUTED, textTransform: "uppercase", letterSpacing: 1 },
        truncate(quote.outlet, 60),
      ),
      el("div", { fontSize: 26, lineHeight: 1.3 }, quoted(truncate(quote.text, MAX_QUOTE_CHARS))),
    ]),
  ]);
}

/** The card of one claim: site, status, claim, the reports' first quotes, the story. */
export function claimCard(data: ClaimCardData): CardNode {
  const quotes = data.quotes.slice(0, MAX_CARD_QUOTES);
  const more = data.quotes.length - quotes.length;
  const title = truncate(data.claimTitle, 110);
  return el(
    "div",
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: "column",
      backgroundColor: "#ffffff",
      color: INK,
      fontFamily: "Inter",
    },
    [
      el("div", { height: 16, flexShrink: 0, backgroundColor: STATUS_COLOURS[data.status].fg }),
      el("div", { display: "flex", flexDirection: "column", flexGrow: 1, padding: "48px 64px" }, [
        el("div", { display: "flex", justifyContent: "space-between", alignItems: "center" }, [
          el("div", { fontSize: 30, fontWeight: 700 }, data.siteName),
          statusPill(data.status),
        ]),
        el(
          "div",
          // A title long enough for three lines is set smaller, so two two-line quotes still fit.
          { display: "flex", marginTop: 28, fontSize: title.length > 70 ? 48 : 52, fontWeight: 700, lineHeight: 1.15 },
          title,
        ),
        el(
          "div",
          { display: "flex", flexDirection: "column", gap: 14, marginTop: 28, flexGrow: 1 },
          quotes.map(quoteBlock),
        ),
        rule({ height: 2 }),
        // The count of reports not quoted shares the story's line rather than taking one of its own.
        el(
          "div",
          { display: "flex", justifyContent: "space-between", gap: 24, fontSize: 22, color: MUTED, paddingTop: 16 },
          [
            el("div", {}, `Story: ${truncate(data.storyTitle, more > 0 ? 70 : 95)}`),
            ...(more > 0 ? [el("div", { flexShrink: 0 }, `+ ${more} more ${more === 1 ? "report" : "reports"}`)] : []),
          ],
        ),
      ]),
    ],
  );
}

/** The site-wide card for pages without their own. */
export function siteCard(siteName: string, description: string): CardNode {
  return el(
    "div",
    {
      width: "100%",
      height: "100%",
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      justifyContent: "center",
      padding: "64px 80px",
      backgroundColor: "#ffffff",
      color: INK,
      fontFamily: "Inter",
      borderTop: `16px solid ${STATUS_COLOURS.agree.fg}`,
    },
    [
      el(
        "div",
        { display: "flex", gap: 14 },
        (["agree", "differ", "only"] as const).map((status) => statusIcon(status, STATUS_COLOURS[status].fg)),
      ),
      el("div", { fontSize: 84, fontWeight: 700, marginTop: 24 }, siteName),
      el("div", { fontSize: 34, lineHeight: 1.35, color: MUTED, marginTop: 24 }, truncate(description, 200)),
    ],
  );
}

/** Site path of the site-wide card (src/pages/og/site.png.ts). */
export const SITE_IMAGE_PATH = paths.siteImage();
