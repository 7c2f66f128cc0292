/**
 * Untrusted content stays inert: a fixture corpus whose report text, front
 * matter and claims carry script, event-handler and URL payloads is built
 * into its own folder, and every page is checked in a browser. The payloads
 * must show as text, and nothing may run, fire a dialog or break the CSP.
 * The corpus also holds the reading-safety payloads of issue 14 that must
 * render (a 10 000-character word, an external image, an unclosed `<!--`, a
 * byte-order mark); payloads that must be refused (RTL overrides, script
 * URLs, bad ids, impossible dates, …) are in content/hostile-refused/, tested
 * in tests/unit/hostile-content.test.ts and tests/e2e/content-parity.test.ts.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { listPages, urlPathForFile } from "../../scripts/lib/build/dist-files.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const DIST = "tmp/hostile-dist";

// Registered before useSite, so the site exists by the time useSite's own beforeAll serves it.
beforeAll(async () => {
  await buildInto({ outDir: DIST, cacheDir: "tmp/hostile-cache", contentDir: "tests/fixtures/content/hostile" });
}, 300_000);
const site = useSite(DIST);

/** A page opened with watchers attached before navigation, so nothing that fires during load is missed. */
interface WatchedPage {
  page: Page;
  close: () => Promise<void>;
  dialogs: string[];
  errors: string[];
  /** `securitypolicyviolation` events seen by the page. */
  cspViolations: () => Promise<string[]>;
}

async function openWatched(path: string, colorScheme: "light" | "dark" = "light"): Promise<WatchedPage> {
  const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  // Injected by the browser, not the page, so the CSP does not apply to this watcher itself.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
  return {
    page,
    close: () => context.close(),
    dialogs,
    errors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/** Every built page, plus the search page asked for the payloads when the site has one. */
function pagesToVisit(): string[] {
  const paths = listPages(DIST).map(urlPathForFile);
  if (existsSync(join(DIST, "search", "index.html"))) {
    for (const query of ["script", "onerror", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']) {
      paths.push(`/search/?q=${encodeURIComponent(query)}`);
    }
  }
  return paths;
}

/** Problems in the live DOM: event-handler attributes, script URLs, and scripts that are not our bundle. */
async function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        // Browsers ignore control characters and spaces before a scheme, so strip them before comparing.
        const value = attribute.value.replace(/[\u0000-\u0020]/gu, "").toLowerCase();
        if (name.startsWith("on")) problems.push(`<${element.localName} ${name}>`);
        if (urlAttributes.includes(name) && /^(javascript|data|vbscript):/u.test(value)) {
          problems.push(`<${element.localName} ${name}="${attribute.value}">`);
        }
      }
    }
    for (const script of document.querySelectorAll("script")) {
      const text = script.textContent ?? "";
      if (script.type === "application/ld+json") {
        // A data block is never run, but a `</script>` in it would end it early and turn the rest into markup.
        try {
          JSON.parse(text);
        } catch {
          problems.push(`JSON-LD that is not JSON (cut short?): ${text.slice(0, 80)}`);
        }
      } else if (/alert|evil\.example/u.test(text + script.src)) {
        problems.push(`<script> from content: ${script.outerHTML.slice(0, 80)}`);
      }
    }
    return problems;
  });
}

/**
 * The page's CSP meta, and any script or style before it: a meta CSP only
 * covers what follows it. JSON-LD data blocks are never run, so they may come first.
 */
async function cspMeta(page: Page): Promise<{ policy: string | null; before: string[] }> {
  return page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
    const before = [
      ...document.querySelectorAll('script:not([type="application/ld+json"]), style, link[rel~=stylesheet]'),
    ]
      .filter((node) => meta !== null && meta.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)
      .map((node) => node.outerHTML.slice(0, 80));
    return { policy: meta?.getAttribute("content") ?? null, before };
  });
}

describe("hostile content", () => {
  it("runs nothing on any page: no dialog, console error, CSP violation, event handler or script URL", async () => {
    const paths = pagesToVisit();
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const watched = await openWatched(path);
      // Hovering is what the `onmouseover` payloads wait for: move the mouse over each place they show.
      for (const payload of await watched.page.getByText("onmouseover").filter({ visible: true }).all()) {
        await payload.hover({ force: true });
      }
      expect(watched.dialogs, `${path}: dialogs`).toEqual([]);
      expect(watched.errors, `${path}: console errors`).toEqual([]);
      expect(await watched.cspViolations(), `${path}: CSP violations`).toEqual([]);
      expect(await domProblems(watched.page), `${path}: unsafe DOM`).toEqual([]);
      await watched.close();
    }
  }, 240_000);

  it("serves every page under a CSP meta that allows no inline script and precedes all scripts and styles", async () => {
    for (const path of listPages(DIST).map(urlPathForFile)) {
      const watched = await openWatched(path);
      const { policy, before } = await cspMeta(watched.page);
      expect(policy, `${path}: CSP meta`).not.toBeNull();
      const directives = new Map(
        (policy ?? "")
          .split(";")
          .map((part) => part.trim().split(/\s+/u))
          .filter((words) => words[0] !== "")
          .map((words) => [words[0] as string, words.slice(1)]),
      );
      const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
      expect(scriptSrc, `${path}: script-src`).not.toContain("'unsafe-inline'");
      expect(scriptSrc, `${path}: script-src`).not.toContain("'unsafe-eval'");
      expect(scriptSrc, `${path}: script-src`).not.toContain("*");
      expect(directives.get("object-src"), `${path}: object-src`).toEqual(["'none'"]);
      expect(directives.get("base-uri"), `${path}: base-uri`).toEqual(["'none'"]);
      expect(before, `${path}: scripts or styles before the CSP meta`).toEqual([]);
      await watched.close();
    }
  }, 120_000);

  it("shows the markup of the report body and front matter as literal text", async () => {
    const watched = await openWatched("/articles/hostile-report/");
    const { page } = watched;
    const main = await page.locator("main").innerText();
    expect(main).toContain("The minister said <script>alert(1)</script> was found on the page.");
    expect(main).toContain('<script src="https://evil.example/x.js"></script>');
    expect(main).toContain("An image <img src=x onerror=alert(1)> appeared in the feed.");
    expect(main).toContain("<svg onload=alert(1)>");
    expect(main).toContain("<b onmouseover=alert(1)>x</b> Gazette");
    await expect(page.locator("h1").innerText()).resolves.toBe('"><script>alert(2)</script> Leaders meet');
    await expect(page.title()).resolves.toContain('"><script>alert(2)</script> Leaders meet');
    // The Markdown links keep their words but lose their javascript: and data: targets.
    await expect(page.locator("main a", { hasText: /^click$/u }).getAttribute("href")).resolves.toBeNull();
    await expect(page.locator("main a", { hasText: /^data$/u }).getAttribute("href")).resolves.toBeNull();
    await expect(page.locator("main img, main svg:not([aria-hidden]), main b").count()).resolves.toBe(0);
    await watched.close();
  });

  it("shows the markup of claim titles, summaries and quotes as literal text", async () => {
    const watched = await openWatched("/claims/script-found/");
    const main = await watched.page.locator("main").innerText();
    await expect(watched.page.locator("h1").innerText()).resolves.toBe(
      '"><script>alert(2)</script> A script was found',
    );
    expect(main).toContain('"><script>alert(2)</script> <img src=x onerror=alert(1)>');
    expect(main).toContain("The minister said <script>alert(1)</script> was found on the page.");
    await watched.close();
    const person = await openWatched("/people/anna-berg/");
    await expect(person.page.locator("main").innerText()).resolves.toContain(
      "<img src=x onerror=alert(3)> Prime minister",
    );
    await person.close();
  });

  it("wraps a 10 000-character word on every page of a 360 px phone, with no sideways scroll", async () => {
    for (const path of listPages(DIST).map(urlPathForFile)) {
      const { page, context } = await site.open(path, { width: 360 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path}: px of sideways scroll`).toBeLessThanOrEqual(0);
      await context.close();
    }
    const claim = await site.open("/claims/long-word/", { width: 360 });
    await expect(claim.page.locator("h1").innerText()).resolves.toMatch(/^A reader posted Zza{9996}zZ$/u);
    await claim.context.close();
  }, 120_000);

  it("drops the report's external image, keeps its alt text in the sentence and lists it", async () => {
    const watched = await openWatched("/articles/hostile-report/");
    const { page } = watched;
    await expect(page.locator("img").count()).resolves.toBe(0);
    await expect(page.locator("#s-a-chart-tanks-at-the-border").innerText()).resolves.toBe(
      "A chart tanks at the border was shown on the screen.",
    );
    const listed = page.getByRole("region", { name: /Images not shown/u });
    await expect(listed.getByRole("listitem").allInnerTexts()).resolves.toEqual([
      // <q> adds its quotation marks with CSS, which innerText leaves out.
      "tanks at the border — https://evil.example/tanks.png",
    ]);
    expect(watched.errors).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    await watched.close();
  });

  it("reads an unclosed <!-- as text: the paragraphs after it keep their own ids and the heading stays a heading", async () => {
    const watched = await openWatched("/articles/hostile-report/");
    const { page } = watched;
    const paragraphs = await page.locator(".prose-article > p").allInnerTexts();
    expect(paragraphs).toContain("<!-- an editor's note that nobody closed");
    // Its own paragraph, with the id its own words give it (the claim mark after the words names the claim).
    await expect(page.locator("p#p-the-minister-left-before-the-questions").innerText()).resolves.toMatch(
      /^The minister left before the questions\./u,
    );
    await expect(page.locator(".prose-article h2").innerText()).resolves.toBe(
      "<b onmouseover=alert(1)>x</b> Reactions",
    );
    await watched.close();
  });

  it("reads a report whose file starts with a byte-order mark", async () => {
    const watched = await openWatched("/articles/calm-report/");
    await expect(watched.page.locator("h1").innerText()).resolves.not.toBe("");
    await watched.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on pages full of markup (${colorScheme})`, async () => {
      for (const path of [
        "/articles/hostile-report/",
        "/claims/leaders-met/",
        "/stories/hostile/",
        "/people/anna-berg/",
      ]) {
        const watched = await openWatched(path, colorScheme);
        expect(await axeViolations(watched.page), `${path} (${colorScheme})`).toEqual([]);
        await watched.close();
      }
    });
  }
});
