/**
 * Check that every internal link of the built site resolves: each `href`,
 * `src`, `srcset`, form `action` and Open Graph URL on our origin names a
 * file of dist/, and each `#fragment` an id on the target page.
 *
 *   tsx scripts/check-links.ts [dist-dir]
 *
 * Exits non-zero when a link is broken. Links to other origins are counted,
 * not fetched: the check runs offline.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { SITE_URL } from "../src/config.ts";
import { builtSiteArg } from "./lib/gates/built-site-arg.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import { listFiles } from "./lib/build/dist-files.ts";
import { extractLinks, type PageLinks } from "./lib/gates/extract-links.ts";
import { checkLinks, groupBroken } from "./lib/gates/link-check.ts";

export const main = cliMain(
  (argv, io) => {
    const root = builtSiteArg(argv, io);
    const files = new Set(listFiles(root));
    const pages = new Map<string, PageLinks>();
    for (const file of files) {
      if (file.endsWith(".html")) pages.set(file, extractLinks(readFileSync(join(root, file), "utf8")));
    }
    // Absolute URLs in the pages (canonical, og:image) were written with SITE_URL; ours is the same setting.
    const exists = (file: string): boolean =>
      files.has(file) || (existsSync(join(root, file)) && statSync(join(root, file)).isFile());
    const report = checkLinks(pages, exists, SITE_URL);

    for (const group of groupBroken(report.broken)) {
      const shown = group.pages.slice(0, 3).join(", ");
      const more = group.pages.length > 3 ? ` and ${group.pages.length - 3} more` : "";
      io.stderr(`  BROKEN "${group.url}": ${group.reason} — on ${shown}${more}`);
    }
    io.stdout(
      `Links: ${report.pages} pages, ${report.checked} internal links checked, ${report.external} external not fetched, ${report.broken.length} broken (origin ${SITE_URL})`,
    );
    return report.broken.length > 0 ? 1 : 0;
  },
  { prefix: "Links: " },
);

await runWhenEntryPoint(import.meta.url, main);
