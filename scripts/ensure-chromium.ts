/**
 * Make sure Chromium is there before the tests need it: find it (CHROME_PATH,
 * CHROMIUM_PATH, chromium, chromium-browser, google-chrome, /usr/bin/chromium)
 * or install Debian's package with apt-get when root or password-less sudo
 * allows; otherwise stop with one line saying what to install.
 *
 *   tsx scripts/ensure-chromium.ts [--path-only]
 *
 * Run first by `npm test` (the `pretest` script) and by .ci/run.
 * All decisions live in src/lib/browser/locate-chromium.ts.
 */
import { BrowserNotFoundError, ensureChromium } from "../src/lib/browser/locate-chromium.ts";
import { realSystem } from "../src/lib/browser/real-system.ts";

try {
  const browser = ensureChromium(realSystem);
  console.log(process.argv.includes("--path-only") ? browser.path : `Chromium: ${browser.path} (${browser.via})`);
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
