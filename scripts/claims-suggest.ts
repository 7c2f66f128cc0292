/**
 * Draft the claims of a story from its reports (see src/lib/compare/align/).
 *
 *   npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]
 */
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import { suggestCommand } from "./lib/suggest/command.ts";

export const main = cliMain(suggestCommand, { prefix: "claims:suggest: " });

await runWhenEntryPoint(import.meta.url, main);
