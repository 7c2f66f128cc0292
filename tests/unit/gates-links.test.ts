import { describe, expect, it } from "vitest";
import { urlPathForFile } from "../../scripts/lib/build/dist-files.ts";
import { extractLinks, parseSrcset, type PageLinks } from "../../scripts/lib/gates/extract-links.ts";
import { checkLinks, classifyLink, fileForPath, groupBroken } from "../../scripts/lib/gates/link-check.ts";

const ORIGIN = "https://example.org";

/** A tiny site: file → HTML. */
function site(files: Record<string, string>, extra: string[] = []) {
  const pages = new Map<string, PageLinks>();
  for (const [file, html] of Object.entries(files)) pages.set(file, extractLinks(html));
  const all = new Set([...Object.keys(files), ...extra]);
  return checkLinks(pages, (file) => all.has(file), ORIGIN);
}

describe("extractLinks", () => {
  it("collects ids, a[name], hrefs, srcset, form actions and Open Graph URLs, with entities decoded", () => {
    const links = extractLinks(
      `<head><meta property="og:image" content="https://example.org/og/a.png"><meta name="twitter:image" content="/t.png"></head>
       <body><p id="intro">x</p><a name="old"></a><a href="/search/?q=a&amp;b=c">s</a>
       <img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x"><form action="/search/"></form>
       <script>const html = '<a href="/in-script/">';</script></body>`,
    );
    expect([...links.ids]).toEqual(["intro", "old"]);
    expect(links.refs.map((ref) => `${ref.source} ${ref.url}`)).toEqual([
      "meta[og:image] https://example.org/og/a.png",
      "meta[twitter:image] /t.png",
      "a[href] /search/?q=a&b=c",
      "img[src] /a.png",
      "img[srcset] /a-1x.png",
      "img[srcset] /a-2x.png",
      "form[action] /search/",
    ]);
  });

  it("splits srcset on commas between candidates, not inside URLs", () => {
    expect(parseSrcset("/a.png 480w, /b,c.png 800w,/d.png")).toEqual(["/a.png", "/b,c.png", "/d.png"]);
    expect(parseSrcset("/only.png")).toEqual(["/only.png"]);
  });
});

describe("classifyLink and fileForPath", () => {
  it("resolves relative, root-relative and absolute URLs of our origin; other origins are external", () => {
    expect(classifyLink("../b/#x", "/a/c/", ORIGIN)).toEqual({ kind: "internal", pathname: "/a/b/", fragment: "x" });
    expect(classifyLink("https://example.org/p/", "/", ORIGIN)).toEqual({
      kind: "internal",
      pathname: "/p/",
      fragment: undefined,
    });
    expect(classifyLink("https://elsewhere.org/", "/", ORIGIN)).toEqual({ kind: "external" });
    expect(classifyLink("mailto:a@b.c", "/", ORIGIN)).toEqual({ kind: "other-scheme" });
    expect(classifyLink(" javascript:alert(1)", "/", ORIGIN)).toEqual({ kind: "unsafe", reason: "javascript: URL" });
  });

  it("maps paths to files like a static host and explains what is missing", () => {
    const exists = (file: string) => ["index.html", "a/index.html", "feed.xml"].includes(file);
    expect(fileForPath("/", exists)).toEqual({ file: "index.html" });
    expect(fileForPath("/a/", exists)).toEqual({ file: "a/index.html" });
    expect(fileForPath("/feed.xml", exists)).toEqual({ file: "feed.xml" });
    expect(fileForPath("/a", exists)).toEqual({ problem: "directory link without a trailing slash" });
    expect(fileForPath("/b/", exists)).toEqual({ problem: "no file b/index.html" });
    expect(fileForPath("/%E0%A4%A/", exists)).toEqual({ problem: "malformed percent-encoding" });
  });
});

describe("checkLinks", () => {
  it("accepts links to existing pages, files and ids", () => {
    const report = site(
      {
        "index.html": `<a href="/a/">A</a><a href="/a/#s-1">sentence</a><a href="#top">top</a><a href="feed.xml">feed</a><a href="https://other.org/x">x</a>`,
        "a/index.html": `<p><span id="s-1">One.</span></p><a href="../">home</a><a href="#">self</a>`,
      },
      ["feed.xml"],
    );
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 2, checked: 6, external: 1 });
  });

  it("reports a link to a missing page and a missing anchor, with page and target", () => {
    const report = site({
      "index.html": `<a href="/missing/">gone</a><a href="/a/#s-2">sentence</a><img srcset="/x.png 2x">`,
      "a/index.html": `<span id="s-1">One.</span>`,
    });
    expect(report.broken).toEqual([
      { page: "/", source: "a[href]", url: "/missing/", reason: "no file missing/index.html" },
      { page: "/", source: "a[href]", url: "/a/#s-2", reason: 'no id "s-2" on /a/' },
      { page: "/", source: "img[srcset]", url: "/x.png", reason: "no file x.png" },
    ]);
  });

  it("checks same-page fragments and absolute Open Graph URLs on our origin", () => {
    const report = site({
      "claims/c/index.html": `<meta property="og:image" content="https://example.org/og/c.png"><a href="#nowhere">x</a>`,
    });
    expect(report.broken.map((link) => link.reason)).toEqual(["no file og/c.png", 'no id "nowhere" on /claims/c/']);
  });

  it("groups the same broken target found on many pages", () => {
    const report = site({ "index.html": `<a href="/about/">a</a>`, "b/index.html": `<a href="/about/">a</a>` });
    expect(groupBroken(report.broken)).toEqual([
      { url: "/about/", reason: "no file about/index.html", pages: ["/", "/b/"] },
    ]);
    expect(urlPathForFile("b/index.html")).toBe("/b/");
  });
});
