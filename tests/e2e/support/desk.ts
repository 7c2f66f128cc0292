import { cpSync, mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startDesk } from "../../../desk/server/start.ts";
import { requireChromium } from "../../../src/lib/browser/locate-chromium.ts";
import { realSystem } from "../../../src/lib/browser/real-system.ts";

/** The fixture story the desk tests edit: two reports with claims, and a third report's raw text. */
export const DESK_FIXTURE = "tests/fixtures/desk";

/** A desk started on a fresh copy of the fixture's content/, and a browser. */
export interface DeskRun {
  readonly url: string;
  readonly contentDir: string;
  readonly browser: Browser;
  open: (options?: {
    colorScheme?: "light" | "dark";
  }) => Promise<{ page: Page; errors: string[]; close: () => Promise<void> }>;
  close: () => Promise<void>;
}

/** Copy the fixture into `tmp/<name>/content` (inside the project, so the site can be built from it) and start the desk on it. */
export async function startDeskOnCopy(name: string): Promise<DeskRun> {
  const contentDir = resolve("tmp", name, "content");
  rmSync(resolve("tmp", name), { recursive: true, force: true });
  mkdirSync(resolve("tmp", name), { recursive: true });
  cpSync(resolve(DESK_FIXTURE, "content"), contentDir, { recursive: true });
  const desk = await startDesk({ contentDir });
  const browser = await chromium.launch({
    executablePath: requireChromium(realSystem).path,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  return {
    url: desk.url,
    contentDir,
    browser,
    open: async (options = {}) => {
      const context = await browser.newContext({
        colorScheme: options.colorScheme ?? "light",
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        // A refused request (409, 400) is the desk speaking, not a page error.
        if (message.type() === "error" && !/status of (4\d\d)/u.test(message.text())) errors.push(message.text());
      });
      await page.goto(desk.url);
      await page.locator(".sentence").first().waitFor();
      return { page, errors, close: () => context.close() };
    },
    close: async () => {
      await browser.close();
      await desk.close();
    },
  };
}
