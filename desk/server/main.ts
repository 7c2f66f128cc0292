/**
 * `npm run desk`: the editor's desk on the working copy's content/ (or
 * CONTENT_DIR), on 127.0.0.1 only. Prints its URL; Ctrl-C stops it.
 *
 *   npm run desk [-- --port 4400]
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { build } from "esbuild";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { deskApp, type DeskAssets } from "./app.ts";

/** Where `npm run desk` listens unless `--port` says otherwise. */
export const DEFAULT_PORT = 4400;

const ui = (file: string) => fileURLToPath(new URL(`../ui/${file}`, import.meta.url));

/** Bundle the page's TypeScript once at start: the desk ships nothing into dist/. */
async function bundleAssets(): Promise<DeskAssets> {
  const result = await build({
    entryPoints: [ui("main.ts")],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: false,
    logLevel: "silent",
  });
  return {
    html: readFileSync(ui("index.html"), "utf8"),
    js: result.outputFiles[0]?.text ?? "",
    css: readFileSync(ui("desk.css"), "utf8"),
  };
}

/** Start the desk; resolves to its URL and a function that stops it. */
export async function startDesk(options: {
  contentDir: string;
  port?: number;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = await bundleAssets();
  let port = 0;
  const app = deskApp({ contentDir: options.contentDir, assets, port: () => port });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: options.port ?? 0 }, () => resolve(s));
    s.once("error", reject);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = process.argv.indexOf("--port");
  const port = flag >= 0 ? Number(process.argv[flag + 1]) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(
      `desk: --port needs a port number (0 for any free port), got ${JSON.stringify(process.argv[flag + 1] ?? "")}`,
    );
    process.exit(2);
  }
  try {
    const desk = await startDesk({ contentDir: contentDir(), port });
    console.log(`The editor's desk on ${contentDir()}: ${desk.url} (Ctrl-C stops it)`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === "EADDRINUSE"
        ? `desk: port ${port} is in use: pass --port <another>, or --port 0 for any free port`
        : `desk: cannot start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
