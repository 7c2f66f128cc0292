/**
 * Former claim ids keep working. The real content has no renamed claim yet,
 * so a loop over its `redirectFrom` would test nothing: this file builds the
 * `share` fixture, whose claim leaders-met was once published as
 * berg-dahl-meeting, and follows that old URL in the browser.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/config.ts";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { useSite } from "./support/browser.ts";

const DIST = "tmp/share-dist";

// Registered before useSite, so the site exists by the time useSite's own beforeAll serves it.
beforeAll(async () => {
  await buildInto({ outDir: DIST, cacheDir: "tmp/share-cache", contentDir: "tests/fixtures/content/share" });
}, 300_000);
const site = useSite(DIST);

describe("a renamed claim", () => {
  it("sends its former URL on to the claim, with a canonical link, noindex and a plain link", async () => {
    const data = (await (await fetch(`${site.origin}/claims.json`)).json()) as {
      claims: { id: string; url: string; title: string; redirectFrom?: string[] }[];
    };
    const redirects = data.claims.flatMap((claim) => (claim.redirectFrom ?? []).map((former) => ({ former, claim })));
    expect(redirects.map(({ former, claim }) => [former, claim.id])).toEqual([["berg-dahl-meeting", "leaders-met"]]);
    const html = await (await fetch(`${site.origin}/claims/berg-dahl-meeting/`)).text();
    expect(html).toContain(`<link rel="canonical" href="${absoluteUrl("/claims/leaders-met/")}">`);
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain('<a href="/claims/leaders-met/">Berg and Dahl met</a>');
    const { page, context, errors } = await site.open("/claims/berg-dahl-meeting/");
    await page.waitForURL(`${site.origin}/claims/leaders-met/`);
    await expect(page.locator("h1").innerText()).resolves.toBe("Berg and Dahl met");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the former URL out of the sitemap, and the claim in it", async () => {
    const sitemap = await (await fetch(`${site.origin}/sitemap-0.xml`)).text();
    expect(sitemap).toContain(`<loc>${absoluteUrl("/claims/leaders-met/")}</loc>`);
    expect(sitemap).not.toContain("berg-dahl-meeting");
  });
});
