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
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain(
  (argv, io) => {
    const { values } = parseCliArgs(argv, { options: { "path-only": { type: "boolean" } } });
    const browser = ensureChromium(realSystem);
    io.stdout(values["path-only"] === true ? browser.path : `Chromium: ${browser.path} (${browser.via})`);
  },
  { expected: [BrowserNotFoundError] },
);

await runWhenEntryPoint(import.meta.url, main);
