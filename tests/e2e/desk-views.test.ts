/**
 * Every view of the editor's desk is clean for axe in light and dark mode
 * at 1280 px, with visible focus; a file changed on disk while the page
 * shows it is reported as a conflict and not overwritten; undo restores.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { DESK_FIXTURE, startDeskOnCopy, type DeskRun } from "./support/desk.ts";

let desk: DeskRun;
beforeAll(async () => {
  desk = await startDeskOnCopy("desk-views");
}, 120_000);
afterAll(async () => desk?.close());

const CLAIM = "claims/buses-keep-running.yaml";
const claimPath = () => join(desk.contentDir, CLAIM);

/** The three views: the story with suggestions, the claim editor, and the importer's preview. */
const VIEWS: Record<string, (page: Page) => Promise<void>> = {
  story: async (page) => {
    await page.locator(".sentence").first().click();
    await page.locator("aside.side").waitFor();
  },
  "claim editor": async (page) => {
    await page.locator('[data-claim="buses-keep-running"]').first().click();
    await page.locator(".editor .ok").waitFor();
  },
  "add a report": async (page) => {
    await page.getByRole("button", { name: "Add a report" }).click();
    await page.locator("#import-text").fill(readFileSync(join(DESK_FIXTURE, "evening-star.txt"), "utf8"));
    await page.locator("#import-write").waitFor();
  },
};

describe("desk views", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, show] of Object.entries(VIEWS)) {
      it(`${name} is clean for axe in ${scheme} mode`, async () => {
        const { page, errors, close } = await desk.open({ colorScheme: scheme });
        await show(page);
        await page.screenshot({ path: `tmp/desk-views/${name.replace(/ /gu, "-")}-${scheme}.png`, fullPage: false });
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it("shows where the keyboard is: the focused sentence has a visible outline, and the keys are listed", async () => {
    const { page, close } = await desk.open();
    await page.keyboard.press("j");
    const outline = await page.locator(".focused .sentence").evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: style.outlineWidth, style: style.outlineStyle, focused: document.activeElement === element };
    });
    expect(outline).toEqual({ width: "3px", style: "solid", focused: true });
    const keys = await page.locator(".keys kbd").allInnerTexts();
    expect(keys).toEqual(expect.arrayContaining(["j", "k", "a", "r", "o", "u"]));
    // o opens the focused sentence's claim in the editor; Esc closes it.
    await page.keyboard.press("o");
    await page.locator("form.editor").waitFor();
    await expect(page.locator("#f-title").inputValue()).resolves.toBe(
      await page
        .locator(".focused [data-claim]")
        .first()
        .innerText()
        .then((chip) => chip.replace(/^.*?(Agree|Differ|Only in one report)( · details differ)? /u, "")),
    );
    await page.keyboard.press("Escape");
    await expect(page.locator("form.editor").count()).resolves.toBe(0);
    await close();
  });
});

describe("the claim editor", () => {
  it("creates a person in place, picks them, and shows the proof and the details live", async () => {
    const { page, close } = await desk.open();
    await page.locator('[data-claim="traffic-diverted-through-eastgate"]').first().click();
    await expect
      .poll(() => page.locator("[data-details-only]").allInnerTexts())
      .toEqual(["Only Valley Courier names: about four"]);
    await page.locator("#new-people").fill("Hana Okafor");
    await page.locator("#new-people-role").fill("Reporter at the Evening Star");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toContain("Added hana-okafor");
    expect(readFileSync(join(desk.contentDir, "people/hana-okafor.yaml"), "utf8")).toBe(
      "name: Hana Okafor\nrole: Reporter at the Evening Star\n",
    );
    await expect(page.getByRole("checkbox", { name: "Hana Okafor" }).isChecked()).resolves.toBe(true);
    // A quote the report does not hold: the build's own message, at the quote's field.
    await page.locator("textarea[id^='f-q-valley-courier']").first().fill("Drivers will be sent through Westgate.");
    await expect
      .poll(() => page.locator("[data-problems-for='accounts.valley-courier-bridge-closes.quotes[0]']").innerText())
      .toMatch(
        /claims\/traffic-diverted-through-eastgate\.yaml → accounts\.valley-courier-bridge-closes\.quotes\[0\]: .*\n?Fix: /u,
      );
    await page
      .locator("[data-problems-for='accounts.valley-courier-bridge-closes.quotes[0]']")
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: "tmp/desk-views/editor-problem.png" });
    await page
      .locator("textarea[id^='f-q-valley-courier']")
      .first()
      .fill("Drivers will be sent through Eastgate, a detour of about four miles.");
    await page.locator(".editor .ok").waitFor();
    await page.locator("#save-claim").click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Saved traffic-diverted-through-eastgate.");
    expect(readFileSync(join(desk.contentDir, "claims/traffic-diverted-through-eastgate.yaml"), "utf8")).toContain(
      "hana-okafor",
    );
    await close();
  });
});

describe("add a report", () => {
  it("reads a picked file into the importer's preview, and shows the importer's refusal as a message", async () => {
    const { page, close } = await desk.open();
    await page.getByRole("button", { name: "Add a report" }).click();
    await page.locator("#import-file").setInputFiles(join(DESK_FIXTURE, "evening-star.txt"));
    await expect
      .poll(() => page.locator("#import-preview dd").nth(1).innerText())
      .toBe("Millbrook bridge to close for repairs from Monday");
    await page
      .locator("#import-text")
      .fill("one line with no date and no headline, only text that goes on and on like a paragraph does.");
    await expect
      .poll(() => page.locator("#import-preview [role=alert]").innerText())
      .toMatch(/no headline .*the title field/u);
    await close();
  });
});

describe("merge and split", () => {
  it("merges a claim into the open one and splits a report off again, from the editor", async () => {
    const { page, close } = await desk.open();
    await page.locator('[data-claim="repairs-take-six-weeks"]').first().click();
    await page.locator(".editor summary").click();
    await page.locator("#merge-with").selectOption("repairs-cost");
    await page.getByRole("button", { name: "Merge into this claim" }).click();
    await expect.poll(() => page.locator('[data-claim="repairs-cost"]').count()).toBe(0);
    const merged = readFileSync(join(desk.contentDir, "claims/repairs-take-six-weeks.yaml"), "utf8");
    expect(merged).toContain("- cost 1.2 million pounds");
    expect(merged).toMatch(/redirectFrom:\n {2}- repairs-cost/u);

    await page.locator(".editor summary").click();
    await page.getByRole("checkbox", { name: "Move Northside Post" }).check();
    await page.locator("#split-id").fill("repairs-take-six-weeks-northside");
    await page.getByRole("button", { name: "Split the ticked reports into a new claim" }).click();
    await expect
      .poll(() => page.locator("#desk-status").innerText())
      .toBe("Split repairs-take-six-weeks-northside from repairs-take-six-weeks.");
    expect(readFileSync(join(desk.contentDir, "claims/repairs-take-six-weeks-northside.yaml"), "utf8")).toContain(
      "northside-post-millbrook-bridge:",
    );
    await page.locator("#undo").click();
    await page.locator("#undo").click();
    await expect.poll(() => page.locator('[data-claim="repairs-cost"]').count()).toBe(1);
    await close();
  });
});

describe("files stay the source of truth", () => {
  it("shows a conflict and writes nothing when the claim changed on disk while it was open", async () => {
    const { page, close } = await desk.open();
    await page.locator('[data-claim="buses-keep-running"]').first().click();
    await page.locator("#f-title").fill("Buses run on the detour");
    const changed = readFileSync(claimPath(), "utf8").replace("topic: Traffic", "topic: Buses");
    writeFileSync(claimPath(), changed);
    await page.locator("#save-claim").click();
    await page.locator(".conflict").waitFor();
    await expect(page.locator(".conflict").innerText()).resolves.toContain("topic: Buses");
    await expect(page.locator("#desk-error").innerText()).resolves.toContain("changed on disk");
    expect(readFileSync(claimPath(), "utf8")).toBe(changed);
    await close();
  });

  it("undoes a write from the desk", async () => {
    const before = readFileSync(claimPath(), "utf8");
    const { page, close } = await desk.open();
    await page.locator('[data-claim="buses-keep-running"]').first().click();
    await page.locator("#f-title").fill("Buses run on the detour");
    await page.locator("#save-claim").click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Saved buses-keep-running.");
    expect(readFileSync(claimPath(), "utf8")).toContain("title: Buses run on the detour");
    await page.keyboard.press("Escape");
    await page.locator("#undo").click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Undone: save claim buses-keep-running.");
    expect(readFileSync(claimPath(), "utf8")).toBe(before);
    await close();
  });
});

describe("a third report: the engine's ranked candidates, and a new claim of selected words", () => {
  const REPORT = "millbrook-bridge-to-close-for-repairs-from-monday";
  let third: DeskRun;
  beforeAll(async () => {
    // A desk of its own with the third report added, so the other tests keep the two-report story.
    third = await startDeskOnCopy("desk-candidates");
    const { page, close } = await third.open();
    await page.getByRole("button", { name: "Add a report" }).click();
    await page.locator("#import-text").fill(readFileSync(join(DESK_FIXTURE, "evening-star.txt"), "utf8"));
    await page.locator("#import-outlet").fill("Evening Star");
    await page.locator("#import-write").click();
    await page.locator(`[data-report="${REPORT}"]`).waitFor();
    await close();
  }, 180_000);
  afterAll(async () => third?.close());

  const focusSentence = async (page: Page, words: string) => {
    await page.locator(`[data-report="${REPORT}"] .sentence`, { hasText: words }).click();
    await expect.poll(() => page.locator(".focused .sentence").innerText()).toContain(words);
  };

  for (const scheme of ["light", "dark"] as const) {
    it(`lists them for an uncovered sentence, clean for axe in ${scheme} mode`, async () => {
      const { page, errors, close } = await third.open({ colorScheme: scheme });
      await focusSentence(page, "expected to last six weeks");
      await expect(page.locator(".candidates li").count()).resolves.toBeGreaterThanOrEqual(2);
      await page.screenshot({ path: `tmp/desk-views/candidates-${scheme}.png`, fullPage: false });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("accepts the second-ranked claim with one click, and a suggestion into another claim from its list", async () => {
    const { page, close } = await third.open();
    await focusSentence(page, "expected to last six weeks");
    await expect(page.locator(".candidates li").nth(1).getAttribute("data-candidate")).resolves.toBe(
      "repairs-take-six-weeks",
    );
    await page.getByRole("button", { name: "Accept into this claim (2)" }).click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Accepted into repairs-take-six-weeks.");
    const claim = () => readFileSync(join(third.contentDir, "claims/repairs-take-six-weeks.yaml"), "utf8");
    expect(claim()).toContain("- The work is expected to last six weeks.");
    expect(claim()).toContain(`${REPORT}:`);

    // The engine's suggestion for the footbridge is a new claim; the editor puts it into an existing one instead.
    await focusSentence(page, "footbridge");
    const first = page.locator(".suggestion").first();
    await first.getByLabel("Accept into").selectOption("bridge-closes-on-monday");
    await first.getByRole("button", { name: "Accept into" }).click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toBe("Accepted into bridge-closes-on-monday.");
    expect(readFileSync(join(third.contentDir, "claims/bridge-closes-on-monday.yaml"), "utf8")).toMatch(/footbridge/u);
    await close();
  });

  it("makes a brand-new claim of selected words, with the topic the editor types", async () => {
    const { page, errors, close } = await third.open();
    const words = "Shops near the bridge fear losing trade";
    await page.evaluate((target) => {
      const span = [...document.querySelectorAll<HTMLElement>(".sentence")].find((s) =>
        s.textContent?.includes(target),
      );
      const text = span?.firstChild;
      if (span === undefined || text === null || text === undefined) throw new Error(`no sentence holds ${target}`);
      const at = span.textContent?.indexOf(target) ?? 0;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + target.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, words);
    await page.locator("#quote-into").selectOption("new");
    await page.getByLabel("Topic, when it is a new claim").fill("Trade");
    await page.locator("#quote-add").click();
    await expect.poll(() => page.locator("#desk-status").innerText()).toMatch(/^Quoted into [a-z0-9-]+\.$/u);
    const id = (await page.locator("#desk-status").innerText()).replace(/^Quoted into (.+)\.$/u, "$1");
    const made = readFileSync(join(third.contentDir, `claims/${id}.yaml`), "utf8");
    expect(made).toMatch(/^topic: Trade$/mu);
    expect(made).toContain(`- ${words}`);
    expect(await page.locator(`[data-report="${REPORT}"] [data-claim="${id}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
