/**
 * Draft the claims of a story from its reports (see src/lib/compare/align/).
 *
 *   npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { runSuggest, SuggestError } from "./lib/suggest/command.ts";

try {
  runSuggest(process.argv.slice(2), {
    out: (text) => console.log(text),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { flag: "wx" });
    },
  });
} catch (error) {
  if (!(error instanceof SuggestError)) throw error;
  console.error(`claims:suggest: ${error.message}`);
  process.exitCode = 1;
}
