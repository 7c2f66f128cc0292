import { paths } from "../../config.ts";
import type { ClaimStatus } from "../status.ts";
import { STATUS_TEXT } from "../status.ts";

/**
 * The 1200×630 preview cards' design, as element trees satori renders
 * (plain objects, no JSX): the site card, and the fixed parts of a claim's
 * card (its text is laid out by layout.ts over them). Pure: same data,
 * same tree, same PNG.
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
/** Colours of the cards' paper, text and rules. */
export const CARD_COLOURS = { paper: "#ffffff", ink: "#1a1a1a", muted: "#4a4a4a", rule: "#d4d4d4" } as const;
const INK = CARD_COLOURS.ink;
const MUTED = CARD_COLOURS.muted;

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

/**
 * The fixed parts of a claim's card: the status bar, the site's name and the
 * status pill over blank paper. Satori renders this once per status; the
 * claim's own text (layout.ts) is drawn over it by raster-claim.ts.
 * A CSS border would be drawn by satori as nested clip paths and masks, which
 * is why the pill's border is a fill inside a fill.
 */
export function claimCardTemplate(status: ClaimStatus, siteName: string): CardNode {
  return el(
    "div",
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: "column",
      backgroundColor: CARD_COLOURS.paper,
      color: INK,
      fontFamily: "Inter",
    },
    [
      el("div", { height: 16, flexShrink: 0, backgroundColor: STATUS_COLOURS[status].fg }),
      el("div", { display: "flex", flexDirection: "column", flexGrow: 1, padding: "48px 64px" }, [
        el("div", { display: "flex", justifyContent: "space-between", alignItems: "center" }, [
          el("div", { fontSize: 30, fontWeight: 700 }, siteName),
          statusPill(status),
        ]),
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
