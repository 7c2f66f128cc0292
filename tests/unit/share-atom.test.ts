import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml, feedUpdated, type AtomEntry, type AtomFeed } from "../../src/lib/share/atom.ts";

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  url: "https://example.org/stories/a/",
  title: "A story",
  summary: "What happened.",
  published: new Date("2025-08-15T00:00:00Z"),
  updated: new Date("2025-08-17T00:00:00Z"),
  ...overrides,
});
const feed = (entries: AtomEntry[]): AtomFeed => ({
  title: "Side by Side",
  subtitle: "Reports compared",
  siteUrl: "https://example.org/",
  selfUrl: "https://example.org/feed.xml",
  author: "Side by Side",
  entries,
});

describe("Atom feed", () => {
  it("escapes the five markup characters and drops characters XML forbids", () => {
    expect(escapeXml(`<b>Tom & "Jerry's"</b>\u0000\u0008\uFFFE`)).toBe(
      "&lt;b&gt;Tom &amp; &quot;Jerry&apos;s&quot;&lt;/b&gt;",
    );
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("escapes every text and attribute of the entries", () => {
    const xml = buildAtomFeed(
      feed([
        entry({
          title: "Trump & Putin <meet>",
          summary: ']]> "quoted"',
          url: "https://example.org/s/?a=1&b=2",
          categories: ["War & peace"],
        }),
      ]),
    );
    expect(xml).toContain('<title type="text">Trump &amp; Putin &lt;meet&gt;</title>');
    expect(xml).toContain('<summary type="text">]]&gt; &quot;quoted&quot;</summary>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/s/?a=1&amp;b=2"/>');
    expect(xml).toContain('<category term="War &amp; peace"/>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/u);
  });

  it("takes `updated` from the newest entry, never from the clock, so builds are identical", () => {
    const entries = [
      entry(),
      entry({ url: "https://example.org/stories/b/", updated: new Date("2025-09-01T12:30:00Z") }),
    ];
    expect(feedUpdated(entries).toISOString()).toBe("2025-09-01T12:30:00.000Z");
    expect(buildAtomFeed(feed(entries))).toContain("<updated>2025-09-01T12:30:00Z</updated>");
    expect(buildAtomFeed(feed(entries))).toBe(buildAtomFeed(feed(entries)));
    expect(feedUpdated([]).getTime()).toBe(0);
  });

  it("is an Atom document with id, self link and author", () => {
    const xml = buildAtomFeed(feed([entry()]));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      true,
    );
    expect(xml).toContain("<id>https://example.org/</id>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
    expect(xml).toContain("<author><name>Side by Side</name></author>");
    expect(xml.match(/<entry>/gu)).toHaveLength(1);
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });
});
