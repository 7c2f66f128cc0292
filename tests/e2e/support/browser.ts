import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { requireChromium } from "../../../src/lib/browser/locate-chromium.ts";
import { realSystem } from "../../../src/lib/browser/real-system.ts";
import { serveStatic } from "./static-server.ts";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A served site and a browser, shared by the tests of one file. */
export interface E2eSite {
  origin: string;
  browser: Browser;
  /** A fresh context (axe needs one) with a page; console errors and page errors are collected. */
  open: (path: string, options?: OpenOptions) => Promise<OpenedPage>;
}

export interface OpenOptions {
  colorScheme?: "light" | "dark";
  width?: number;
  /** Browser permissions for the site's origin, e.g. clipboard access. */
  permissions?: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * Serve `dist/` (or DIST_DIR) and start Chromium for the tests of one file.
 * A missing build or browser fails the tests: it never skips them.
 */
export function useSite(distDir = process.env.DIST_DIR ?? "dist"): E2eSite {
  const root = resolve(distDir);
  const site = {} as E2eSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(resolve(root, "index.html")))
      throw new Error(`No built site at ${root}: run \`npm run build\` first.`);
    // Playwright cannot download its own browsers here: use the system's (`npm test` installs it first).
    const executablePath = requireChromium(realSystem).path;
    const served = await serveStatic(root);
    close = served.close;
    site.origin = served.origin;
    site.browser = await chromium.launch({ executablePath, args: FLAGS });
    site.open = async (path, options = {}) => {
      const context = await site.browser.newContext({
        colorScheme: options.colorScheme ?? "light",
        viewport: { width: options.width ?? 1280, height: 900 },
      });
      if (options.permissions) await context.grantPermissions(options.permissions, { origin: site.origin });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
      return { page, context, errors };
    };
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
