/**
 * `npm run desk`: the editor's desk (desk/) on the working copy's content/
 * (or CONTENT_DIR), on 127.0.0.1 only. Prints its URL; Ctrl-C stops it.
 *
 *   npm run desk [-- --port 4400]   (--port 0: any free port)
 */
import { DEFAULT_PORT, startDesk } from "../desk/server/start.ts";
import { contentDir } from "../src/lib/content/content-dir.ts";
import { CliError, usageError } from "./lib/cli/cli-error.ts";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain(
  async (argv, io) => {
    const { values } = parseCliArgs(argv, { options: { port: { type: "string" } } });
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw usageError(`--port needs a port number (0 for any free port), got ${JSON.stringify(values.port)}`);
    }
    try {
      const desk = await startDesk({ contentDir: contentDir(), port });
      io.stdout(`The editor's desk on ${contentDir()}: ${desk.url} (Ctrl-C stops it)`);
    } catch (error) {
      if ((error as { code?: string }).code !== "EADDRINUSE") throw error;
      throw new CliError(`port ${port} is in use: pass --port <another>, or --port 0 for any free port`);
    }
  },
  { prefix: "desk: " },
);

await runWhenEntryPoint(import.meta.url, main);
