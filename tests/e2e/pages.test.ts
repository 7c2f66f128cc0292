import { describe, expect, it } from "vitest";
import { paths } from "../../src/config.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const site = useSite();

/** One page of each type, with the heading a reader should see first. */
async function pagesToVisit(): Promise<{ path: string; kind: string }[]> {
  const response = await fetch(`${site.origin}/claims.json`);
  const data = (await response.json()) as {
    stories: { url: string }[];
    articles: { url: string }[];
    claims: { url: string }[];
    people: { url: string }[];
    places: { id: string }[];
  };
  return [
    { path: "/", kind: "home" },
    { path: data.stories[0]?.url ?? "", kind: "story" },
    { path: data.articles[0]?.url ?? "", kind: "article" },
    { path: data.claims[0]?.url ?? "", kind: "claim" },
    { path: "/people/", kind: "people index" },
    { path: data.people[0]?.url ?? "", kind: "person" },
    { path: "/places/", kind: "places index" },
    { path: data.places[0] ? paths.place(data.places[0].id) : "", kind: "place" },
    { path: `${data.stories[0]?.url ?? ""}status/agree/`, kind: "story filter" },
    { path: "/search/?q=Zelenskyj", kind: "search" },
    { path: "/about/", kind: "about" },
    { path: "/no-such-page/", kind: "not found" },
  ];
}

describe("every page type", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has one h1, a main landmark, no console errors and no axe violations (${colorScheme})`, async () => {
      for (const { path, kind } of await pagesToVisit()) {
        expect(path, kind).not.toBe("");
        const { page, context, errors } = await site.open(path, { colorScheme });
        await expect(page.locator("h1").count(), `${kind} ${path}: one h1`).resolves.toBe(1);
        await expect(page.locator("h1").innerText(), `${kind} ${path}: h1 text`).resolves.not.toBe("");
        await expect(page.locator("main#main").count()).resolves.toBe(1);
        expect(await axeViolations(page), `${kind} ${path} (${colorScheme})`).toEqual([]);
        // The not-found page is served with status 404, which Chromium logs as a failed load of the document itself.
        const unexpected = kind === "not found" ? errors.filter((e) => !e.includes("status of 404")) : errors;
        expect(unexpected, `${kind} ${path}: console errors`).toEqual([]);
        await context.close();
      }
    });
  }
});

describe("the indexes of people and places", () => {
  it("list every person and place of claims.json once, by name, each linked to its page, from the main navigation", async () => {
    const data = (await (await fetch(`${site.origin}/claims.json`)).json()) as {
      people: { name: string; url: string }[];
      places: { id: string; name: string }[];
    };
    const indexes = [
      { path: "/people/", nav: "People", entries: data.people.map((p) => ({ name: p.name, url: p.url })) },
      { path: "/places/", nav: "Places", entries: data.places.map((p) => ({ name: p.name, url: paths.place(p.id) })) },
    ];
    for (const index of indexes) {
      expect(index.entries.length, index.path).toBeGreaterThan(1);
      const { page, context } = await site.open("/");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: index.nav }).click();
      await page.waitForURL(`**${index.path}`);
      const current = page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]');
      await expect(current.innerText()).resolves.toBe(index.nav);
      const links = page.locator("main li h2 a");
      const shown = await links.evaluateAll((anchors) =>
        anchors.map((a) => ({ name: a.textContent?.trim() ?? "", url: a.getAttribute("href") ?? "" })),
      );
      const expected = [...index.entries].sort((a, b) => a.name.localeCompare(b.name));
      expect(shown, index.path).toEqual(expected);
      await context.close();
    }
  });
});
