/**
 * Start the editor's desk: bundle its page, serve it and its API on
 * 127.0.0.1 only. The command line is scripts/desk.ts.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { build } from "esbuild";
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
