/**
 * Validate every page of the built site with html-validate, configured by the
 * committed `.htmlvalidate.json` (html-validate:recommended, no rule turned off; one
 * correction to the element metadata, explained in scripts/lib/gates/html-elements.json).
 *
 *   tsx scripts/check-html.ts [dist-dir]
 *
 * Prints each problem and a summary; exits non-zero on any error or warning
 * (why warnings fail too: scripts/lib/gates/html-verdict.ts).
 */
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";
import { builtSiteArg } from "./lib/gates/built-site-arg.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import { listPages } from "./lib/build/dist-files.ts";
import { htmlGatePasses } from "./lib/gates/html-verdict.ts";

export const main = cliMain(
  async (argv, io) => {
    const root = builtSiteArg(argv, io);
    // The loader finds .htmlvalidate.json by walking up from each file, so pages in tmp/ folders get the same rules.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = listPages(root).map((file) => join(root, file));
    const report = await validator.validateMultipleFiles(pages);

    if (!htmlGatePasses(report)) io.stderr(formatterFactory("stylish")(report.results));
    const rules = new Map<string, number>();
    for (const result of report.results) {
      for (const message of result.messages) rules.set(message.ruleId, (rules.get(message.ruleId) ?? 0) + 1);
    }
    const byRule = [...rules].map(([rule, count]) => `${rule} ×${count}`).join(", ");
    io.stdout(
      `HTML: ${pages.length} pages validated, ${report.errorCount} errors, ${report.warningCount} warnings${byRule ? ` (${byRule})` : ""}`,
    );
    return htmlGatePasses(report) ? 0 : 1;
  },
  { prefix: "HTML: " },
);

await runWhenEntryPoint(import.meta.url, main);
