import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/config.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import type { SiteArticle, SiteClaim } from "../../src/lib/model/types.ts";
import { claimCitation } from "../../src/lib/share/citation.ts";
import { articlePageLd, claimLd, newsArticleLd, serializeJsonLd } from "../../src/lib/share/json-ld.ts";

const site = buildSite(loadContent("tests/fixtures/content/share"));
const claim = (id: string): SiteClaim => site.claims.get(id) as SiteClaim;
const article = (id: string): SiteArticle => site.articles.get(id) as SiteArticle;

describe("JSON-LD", () => {
  it("describes a report as a NewsArticle published by its outlet, based on the original when known", () => {
    expect(newsArticleLd(article("first-report"))).toEqual({
      "@type": "NewsArticle",
      "@id": absoluteUrl("/articles/first-report/"),
      headline: "Leaders agree on a plan",
      datePublished: "2025-08-16",
      url: absoluteUrl("/articles/first-report/"),
      inLanguage: "en",
      publisher: { "@type": "Organization", name: "The Daily Example" },
      isBasedOn: "https://example.com/news/leaders-agree-on-a-plan",
    });
    expect(newsArticleLd(article("second-report"))).not.toHaveProperty("isBasedOn");
    expect(articlePageLd(article("second-report"))).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      wordCount: article("second-report").wordCount,
    });
  });

  it("describes a claim as a schema.org Claim appearing in each covering report, by its known speakers", () => {
    const ld = claimLd(claim("plan-agreed"), site.articles, site.people);
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Claim");
    expect(ld.url).toBe(absoluteUrl("/claims/plan-agreed/"));
    expect(ld.name).toBe("A plan was agreed");
    expect(ld.appearance.map((a) => [a["@type"], a.publisher.name, a.url])).toEqual([
      ["NewsArticle", "The Daily Example", absoluteUrl("/articles/first-report/")],
      ["NewsArticle", "Outlet not named", absoluteUrl("/articles/second-report/")],
    ]);
    expect(ld.firstAppearance).toEqual({ "@id": absoluteUrl("/articles/first-report/") });
    expect(ld.author).toEqual([
      { "@type": "Person", name: "Anna Berg", jobTitle: "Prime minister", url: absoluteUrl("/people/anna-berg/") },
    ]);
  });

  it("names no author when no account knows the speaker", () => {
    const ld = claimLd(claim("critics-vague"), site.articles, site.people);
    expect(ld).not.toHaveProperty("author");
    expect(ld.appearance).toHaveLength(1);
  });

  it("serialises without any character that could end the script element", () => {
    const data = { name: "</script><!-- & \u2028 -->" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("citation", () => {
  it("names the claim, its status, each report (outlet — title, date) and the absolute URL", () => {
    const url = absoluteUrl("/claims/leaders-met/");
    expect(claimCitation(claim("leaders-met"), site.articles, url)).toBe(
      [
        "“Berg and Dahl met” — Differ: One report puts the meeting in Oslo, the other in Bergen. Side by Side.",
        "Reports: The Daily Example — Leaders agree on a plan (16 August 2025); Outlet not named — Plan agreed in Bergen (17 August 2025).",
        url,
      ].join("\n"),
    );
  });
});
