/**
 * The editor's desk, end to end, on a fixture story of our own: a third
 * report is pasted, one importer decision overturned, the engine's
 * suggestions confirmed or corrected, one status and note fixed, one quote
 * made by selecting words, the claim ids published; then check:content
 * passes at 100 % and the site builds with the new report on the story page.
 * Prints the actions it took (clicks, keys, fills, selections) and the time.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { DESK_FIXTURE, startDeskOnCopy, type DeskRun } from "./support/desk.ts";

const NEW_REPORT = "millbrook-bridge-to-close-for-repairs-from-monday";
const SPONSOR = "Sponsored by Millbrook Credit Union";
const SAFETY = '"Safety has to come first."';
let desk: DeskRun;

beforeAll(async () => {
  desk = await startDeskOnCopy("desk-flow");
}, 120_000);
afterAll(async () => desk?.close());

/** Every click, key, fill and selection the editor makes, counted. */
function counted(page: Page) {
  let actions = 0;
  return {
    get actions() {
      return actions;
    },
    click: async (locator: Locator) => {
      actions++;
      await locator.click();
    },
    press: async (key: string) => {
      actions++;
      await page.keyboard.press(key);
    },
    fill: async (locator: Locator, text: string) => {
      actions++;
      await locator.fill(text);
    },
    select: async (locator: Locator, value: string) => {
      actions++;
      await locator.selectOption(value);
    },
    /** Select words of a sentence, as a drag of the mouse would. */
    selectWords: async (words: string) => {
      actions++;
      await page.evaluate((target) => {
        for (const span of document.querySelectorAll<HTMLElement>(".sentence")) {
          const text = span.firstChild;
          const at = span.textContent?.indexOf(target) ?? -1;
          if (text === null || at < 0) continue;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + target.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
        throw new Error(`no sentence holds ${target}`);
      }, words);
    },
  };
}

const focusedText = (page: Page) => page.locator(".focused .sentence").innerText();

describe("the editor's desk", () => {
  it("joins a third report to the story, and the site builds with it", async () => {
    const started = Date.now();
    const { page, errors, close } = await desk.open();
    const act = counted(page);
    const raw = readFileSync(join(DESK_FIXTURE, "evening-star.txt"), "utf8");

    await act.click(page.getByRole("button", { name: "Add a report" }));
    await act.fill(page.locator("#import-text"), raw);
    await page.locator(`[data-kept="${SPONSOR}"]`).waitFor();
    await page.screenshot({ path: "tmp/desk-flow/import-preview.png", fullPage: true });
    await act.click(page.locator(`[data-remove-line="${SPONSOR}"]`));
    await page.locator(`[data-removed="${SPONSOR}"]`).waitFor();
    await expect(page.locator(`[data-removed="${SPONSOR}"]`).textContent()).resolves.toContain("removed by the editor");
    await act.fill(page.locator("#import-outlet"), "Evening Star");
    await expect.poll(() => page.locator("#import-preview dd").nth(3).innerText()).toBe("Evening Star");
    await act.click(page.locator("#import-write"));
    await page.locator(`[data-report="${NEW_REPORT}"]`).waitFor();
    await expect(page.locator(`[data-coverage="${NEW_REPORT}"]`).innerText()).resolves.toBe(
      "Coverage: 0/10 sentences (0.0 %)",
    );

    const acceptFocused = async (expected: string) => {
      await expect.poll(() => focusedText(page)).toContain(expected);
      await act.press("a");
      await expect.poll(() => page.locator("#desk-status").innerText()).toMatch(/^Accepted into/u);
    };
    await acceptFocused("will close to traffic on Monday");
    await acceptFocused("Engineers found cracks");
    // The engine has the six weeks as this report's alone, and ranks the six-weeks claim second among its
    // candidates: the editor accepts that one with its key.
    await expect.poll(() => focusedText(page)).toContain("expected to last six weeks");
    await expect(page.locator('[data-candidate="repairs-take-six-weeks"]').innerText()).resolves.toMatch(
      /^The repairs take six weeks · possible match \(score 0\.\d\d\)/u,
    );
    await act.press("2");
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Accepted into repairs-take-six-weeks.");
    await acceptFocused("1.5 million pounds");
    await acceptFocused("signed detour through Eastgate");
    await acceptFocused("Bus services will continue");
    // The mayor's sentence: rejected, and only her words quoted, by selecting them.
    await expect.poll(() => focusedText(page)).toContain("Safety has to come first");
    await act.press("r");
    // The rejection redraws the view: select only once it has landed, or the redraw takes the selection.
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Suggestion rejected (for this session).");
    await act.selectWords(SAFETY);
    await act.select(page.locator("#quote-into"), "mayor-puts-safety-first");
    await act.click(page.locator("#quote-add"));
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Quoted into mayor-puts-safety-first.");
    await act.press("j");
    // This report's own sentences: each a new claim, which the editor gives a topic (Enter accepts).
    const acceptNew = async (expected: string, topic: string) => {
      await expect.poll(() => focusedText(page)).toContain(expected);
      await expect(page.locator("[data-suggestion] [data-draft]").first().innerText()).resolves.toMatch(
        /^Draft: “.+” \(content\/claims\/[a-z0-9-]+\.yaml\)$/u,
      );
      await act.fill(page.locator("[data-suggestion] [data-topic]").first(), topic);
      await act.press("Enter");
      await expect.poll(() => page.locator("#desk-status").innerText()).toMatch(/^Accepted into/u);
    };
    await acceptNew("Shops near the bridge", "Trade");
    await acceptNew("footbridge", "Traffic");
    await acceptNew("built in 1832", "History");
    // Polled: the status line already read "Accepted into" from the accept before, so only the coverage itself
    // says that the last accept has landed.
    await expect
      .poll(() => page.locator(`[data-coverage="${NEW_REPORT}"]`).innerText())
      .toBe("Coverage: 10/10 sentences (100.0 %)");

    // The engine proposed "differ" for the cracks only because one report names the engineer: the editor fixes it.
    await act.click(page.locator(`[data-report="${NEW_REPORT}"] [data-claim="cracks-found-in-two-arches"]`));
    await act.select(page.locator("#f-status"), "agree");
    await act.fill(page.locator("#f-note"), "All three agree on the cracks; only Northside Post names the engineer.");
    await expect.poll(() => page.locator(".editor .ok").count()).toBe(1);
    await act.click(page.locator("#save-claim"));
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Saved cracks-found-in-two-arches.");
    await act.click(page.locator("#publish"));
    await expect.poll(() => page.locator("#desk-status").innerText()).toMatch(/^Published 3 claim ids/u);

    const seconds = (Date.now() - started) / 1000;
    await page.screenshot({ path: "tmp/desk-flow/story-after.png", fullPage: true });
    console.log(
      `desk end to end: ${act.actions} actions (clicks, keys, fills, selections) for a 10-sentence report in ${seconds.toFixed(1)} s`,
    );
    expect(act.actions).toBeLessThanOrEqual(30);
    expect(errors).toEqual([]);
    await close();

    const cracks = readFileSync(join(desk.contentDir, "claims/cracks-found-in-two-arches.yaml"), "utf8");
    expect(cracks).toMatch(/^status: agree$/mu);
    const sixWeeks = readFileSync(join(desk.contentDir, "claims/repairs-take-six-weeks.yaml"), "utf8");
    expect(sixWeeks).toContain("- The work is expected to last six weeks.");
    const mayor = readFileSync(join(desk.contentDir, "claims/mayor-puts-safety-first.yaml"), "utf8");
    expect(mayor).toContain(`- '${SAFETY}'`);
    const article = readFileSync(join(desk.contentDir, `articles/${NEW_REPORT}.md`), "utf8");
    expect(article).toContain(`text: ${SPONSOR}\n    reason: removed by the editor`);
    const published = readFileSync(join(desk.contentDir, "published-claims.txt"), "utf8");
    expect(published.split("\n").filter(Boolean)).toHaveLength(10);

    const check = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/check-content.ts", "--strict", desk.contentDir],
      { encoding: "utf8" },
    );
    expect(check.stderr).not.toMatch(/problem|below 100/u);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`${NEW_REPORT}: 10/10 sentences covered by claims (100.0 %)`);

    const dist = "tmp/desk-flow/dist";
    await buildInto({ outDir: dist, cacheDir: "tmp/desk-flow/cache", contentDir: desk.contentDir });
    const storyPage = readFileSync(join(dist, "stories/millbrook-bridge-closure-2026-03/index.html"), "utf8");
    expect(storyPage).toContain("Evening Star");
    expect(storyPage).toContain("Safety has to come first.");
  }, 600_000);
});
