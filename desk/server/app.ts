import { Hono, type Context } from "hono";
import {
  addEntity,
  addQuote,
  acceptSuggestion,
  acceptCandidate,
  checkClaim,
  mergeClaims,
  publishClaims,
  saveClaim,
  splitClaim,
} from "./actions.ts";
import { ContentFiles, DeskError, type FileChange } from "./content-files.ts";
import { snapshotCache } from "./desk-model.ts";
import { localOnly } from "./guard.ts";
import { importChanges, previewWithDecisions } from "./import-report.ts";
import { storyView } from "./view.ts";

/** The desk's page and assets, bundled once at start (desk/server/main.ts). */
export interface DeskAssets {
  readonly html: string;
  readonly js: string;
  readonly css: string;
}

/** What a page may not do, said by the server: only its own scripts, styles and requests. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The desk's HTTP app: the page, and a JSON API whose every rule is
 * src/lib's (importer, proof, details, engine). Every write goes through
 * ContentFiles: inside content/, never over a file changed since it was read,
 * undoable.
 */
export function deskApp(options: { contentDir: string; assets: DeskAssets; port: () => number }) {
  const files = new ContentFiles(options.contentDir);
  const rejected = new Set<string>();
  const readSnapshot = snapshotCache(files);
  const app = new Hono();
  app.use("*", localOnly(options.port));
  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "no-store");
  });
  app.onError((error, c) => {
    if (error instanceof DeskError) {
      return c.json({ error: error.message, ...(error.detail as object | undefined) }, error.status);
    }
    if (error instanceof SyntaxError) return c.json({ error: "the request is not valid JSON" }, 400);
    // A bug of the desk: the terminal gets the stack, the page one line.
    console.error(error);
    return c.json(
      { error: `the desk failed: ${String(error instanceof Error ? error.message : error).split("\n")[0]}` },
      500,
    );
  });

  const body = async <T>(c: Context): Promise<T> => {
    const value = (await c.req.json()) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new DeskError("the request must be a JSON object");
    return value as T;
  };
  const state = (story?: string) => storyView(readSnapshot(), files, story, rejected);
  /** Write, then answer with the new state, so the page never shows what the disk does not hold. */
  const written = (c: Context, label: string, changes: FileChange[], story: string | undefined, extra: object = {}) => {
    if (changes.length > 0) files.write(label, changes);
    return c.json({ ...extra, state: state(story) });
  };

  app.get("/", (c) => c.html(options.assets.html));
  app.get("/desk.js", (c) => c.body(options.assets.js, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/desk.css", (c) => c.body(options.assets.css, 200, { "Content-Type": "text/css; charset=utf-8" }));

  app.get("/api/state", (c) => c.json(state(c.req.query("story"))));
  app.get("/api/file", (c) => c.json({ path: c.req.query("path"), ...files.read(c.req.query("path") ?? "") }));

  app.post("/api/claims/check", async (c) => {
    const request = await body<{ id: string; fields: unknown }>(c);
    return c.json(checkClaim(readSnapshot(), files, request.id, request.fields));
  });
  app.post("/api/claims/save", async (c) => {
    const request = await body<Parameters<typeof saveClaim>[2] & { story: string }>(c);
    const changes = saveClaim(readSnapshot(), files, request);
    return written(c, `save claim ${request.newId ?? request.id}`, changes, request.story, {
      claim: request.newId ?? request.id,
    });
  });
  app.post("/api/claims/merge", async (c) => {
    const request = await body<Parameters<typeof mergeClaims>[2] & { story: string }>(c);
    return written(
      c,
      `merge ${request.gone} into ${request.keep}`,
      mergeClaims(readSnapshot(), files, request),
      request.story,
      { claim: request.keep },
    );
  });
  app.post("/api/claims/split", async (c) => {
    const request = await body<Parameters<typeof splitClaim>[2] & { story: string }>(c);
    return written(
      c,
      `split ${request.newId} from ${request.id}`,
      splitClaim(readSnapshot(), files, request),
      request.story,
      { claim: request.newId },
    );
  });
  app.post("/api/suggestions/accept", async (c) => {
    const request = await body<Parameters<typeof acceptSuggestion>[2]>(c);
    const { changes, claim } = acceptSuggestion(readSnapshot(), files, request);
    return written(c, `accept a suggestion into ${claim}`, changes, request.story, { claim });
  });
  app.post("/api/candidates/accept", async (c) => {
    const request = await body<Parameters<typeof acceptCandidate>[2]>(c);
    const { changes, claim } = acceptCandidate(readSnapshot(), files, request);
    return written(c, `accept a candidate into ${claim}`, changes, request.story, { claim });
  });
  app.post("/api/suggestions/reject", async (c) => {
    const request = await body<{ key: string; story: string }>(c);
    rejected.add(String(request.key));
    return c.json({ state: state(request.story) });
  });
  app.post("/api/quotes", async (c) => {
    const request = await body<Parameters<typeof addQuote>[2]>(c);
    const { changes, claim } = addQuote(readSnapshot(), files, request);
    return written(c, `quote into ${claim}`, changes, request.story, { claim });
  });
  for (const kind of ["people", "places"] as const) {
    app.post(`/api/${kind}`, async (c) => {
      const request = await body<Parameters<typeof addEntity>[2] & { story?: string }>(c);
      const { changes, id } = addEntity(files, kind, request);
      return written(c, `add ${kind === "people" ? "person" : "place"} ${id}`, changes, request.story, { id });
    });
  }
  app.post("/api/import/preview", async (c) => c.json(previewWithDecisions(await body(c))));
  app.post("/api/import/write", async (c) => {
    const request = await body<Parameters<typeof importChanges>[0]>(c);
    const { changes, result } = importChanges(request);
    return written(c, `import ${result.slug}`, changes, request.story, { article: result.slug });
  });
  app.post("/api/publish", async (c) => {
    const request = await body<{ story?: string }>(c);
    const { changes, added } = publishClaims(readSnapshot(), files);
    return written(c, `publish ${added.length} claim ids`, changes, request.story, { added });
  });
  app.post("/api/undo", async (c) => {
    const request = await body<{ story?: string }>(c);
    const label = files.undo();
    return c.json({ undone: label, state: state(request.story) });
  });
  app.notFound((c) => c.json({ error: `no such page: ${c.req.path}` }, 404));
  return app;
}
