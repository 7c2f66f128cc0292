/**
 * A hand-written Atom 1.0 feed (RFC 4287). Every text goes through
 * `escapeXml`; dates come from the content, never from the clock, so the
 * feed is byte-identical between builds of the same content.
 */

/** One feed entry. */
export interface AtomEntry {
  /** Permanent absolute URL, used as the entry id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly published: Date;
  readonly updated: Date;
  readonly categories?: readonly string[];
}

/** The feed and its entries. */
export interface AtomFeed {
  readonly title: string;
  readonly subtitle: string;
  /** Absolute URL of the site's home page: the feed id and its alternate link. */
  readonly siteUrl: string;
  /** Absolute URL of the feed itself. */
  readonly selfUrl: string;
  readonly author: string;
  readonly entries: readonly AtomEntry[];
}

// Characters XML 1.0 forbids outright; they cannot be escaped, only dropped.
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value safe inside XML: the five markup characters escaped, forbidden ones removed. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}

const stamp = (date: Date): string => date.toISOString().replace(/\.000Z$/u, "Z");

/** The feed's `updated`: the newest entry date, or the epoch for an empty feed (never the build time). */
export function feedUpdated(entries: readonly AtomEntry[]): Date {
  return new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));
}

/** Serialise the feed as an Atom document. */
export function buildAtomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map((entry) =>
    [
      "  <entry>",
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${stamp(entry.published)}</published>`,
      `    <updated>${stamp(entry.updated)}</updated>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.siteUrl)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${stamp(feedUpdated(feed.entries))}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
