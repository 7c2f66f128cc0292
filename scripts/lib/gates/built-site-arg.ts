import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { CliError } from "../cli/cli-error.ts";
import type { CliIo } from "../cli/cli-io.ts";
import { parseCliArgs } from "../cli/parse-cli-args.ts";

/**
 * The built site a gate checks: its one optional argument `[dist-dir]`, else
 * DIST_DIR, else dist/, resolved against the working directory.
 *
 * @throws CliError (exit 1) when no site was built there; exit 2 on any option.
 */
export function builtSiteArg(argv: readonly string[], io: CliIo): string {
  const { positionals } = parseCliArgs(argv, { options: {}, maxPositionals: 1 });
  const root = resolve(io.cwd, positionals[0] ?? process.env.DIST_DIR ?? "dist");
  if (!existsSync(join(root, "index.html")))
    throw new CliError(`no built site at ${root}; run \`npm run build\` first.`);
  return root;
}
