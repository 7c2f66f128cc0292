/**
 * The desk's server without a browser: it answers only its own Host and
 * Origin, never reads or writes outside content/, never writes over a file
 * changed on disk since the page read it, undoes each write, keeps a claim
 * file's comments and key order, and answers bad input with a message.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { parse } from "yaml";
import { main } from "../../scripts/desk.ts";
import { vi } from "vitest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deskApp } from "../../desk/server/app.ts";
import { claimFileText, type ClaimFields } from "../../desk/server/claim-yaml.ts";
import { ContentFiles, DeskError } from "../../desk/server/content-files.ts";
import { readSnapshot } from "../../desk/server/desk-model.ts";
import { draftOf } from "../../desk/server/suggestions.ts";

// The first state request loads the engine's word vectors: generous, on a shared machine.
vi.setConfig({ testTimeout: 120_000 });

const PORT = 4400;
const OWN = `127.0.0.1:${PORT}`;
const CLAIM = "claims/buses-keep-running.yaml";
let dir: string;
let app: ReturnType<typeof deskApp>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "desk-"));
  cpSync("tests/fixtures/desk/content", join(dir, "content"), { recursive: true });
  app = deskApp({
    contentDir: join(dir, "content"),
    assets: { html: "<p>desk</p>", js: "", css: "" },
    port: () => PORT,
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = (path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
  app.request(`http://${OWN}${path}`, {
    method: options.body === undefined ? "GET" : "POST",
    headers: {
      host: OWN,
      ...(options.body === undefined ? {} : { "content-type": "application/json", origin: `http://${OWN}` }),
      ...options.headers,
    },
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
  });

interface State {
  story: { claims: { id: string; title: string; file: string; version: string; fields: Record<string, unknown> }[] };
}
const state = async () => (await (await call("/api/state")).json()) as State;
const claimFile = () => readFileSync(join(dir, "content", CLAIM), "utf8");
async function saveBuses(title: string, version: string) {
  const claim = (await state()).story.claims.find((c) => c.id === "buses-keep-running");
  return call("/api/claims/save", {
    body: { id: "buses-keep-running", fields: { ...claim?.fields, title }, bases: { [CLAIM]: version } },
  });
}

describe("local only", () => {
  it("answers its own Host and Origin", async () => {
    expect((await call("/api/state")).status).toBe(200);
    expect((await call("/api/undo", { body: {} })).status).toBe(409); // reached the handler: nothing to undo
  });

  it("refuses another Host (DNS rebinding) with a message", async () => {
    const response = await call("/api/state", { headers: { host: `evil.example:${PORT}` } });
    expect(response.status).toBe(403);
    await expect(response.json()).resolves.toEqual({ error: expect.stringContaining("evil.example") });
  });

  it("refuses another Origin, and a cross-site request, before it writes anything", async () => {
    const before = claimFile();
    const { version } = new ContentFiles(join(dir, "content")).read(CLAIM);
    for (const headers of [
      { origin: "http://evil.example" },
      { origin: `http://${OWN}`, "sec-fetch-site": "cross-site" },
    ]) {
      const claim = (await state()).story.claims.find((c) => c.id === "buses-keep-running");
      const response = await call("/api/claims/save", {
        body: {
          id: "buses-keep-running",
          fields: { ...claim?.fields, title: "Hijacked" },
          bases: { [CLAIM]: version },
        },
        headers,
      });
      expect(response.status).toBe(403);
    }
    expect(claimFile()).toBe(before);
  });
});

describe("inside content/ only", () => {
  it("refuses paths outside content/, absolute paths, and symlinks that lead out", async () => {
    writeFileSync(join(dir, "secret.txt"), "secret");
    symlinkSync(dir, join(dir, "content", "out"));
    for (const path of ["../secret.txt", "claims/../../secret.txt", join(dir, "secret.txt"), "out/secret.txt"]) {
      const response = await call(`/api/file?path=${encodeURIComponent(path)}`);
      expect(response.status, path).toBe(403);
      expect(JSON.stringify(await response.json())).not.toContain('secret"');
    }
    expect((await call(`/api/file?path=${encodeURIComponent(CLAIM)}`)).status).toBe(200);
  });

  it("refuses a claim id that would name a file elsewhere", async () => {
    const claim = (await state()).story.claims.find((c) => c.id === "buses-keep-running");
    const response = await call("/api/claims/save", {
      body: {
        id: "buses-keep-running",
        newId: "../../escaped",
        fields: claim?.fields,
        bases: { [CLAIM]: claim?.version },
      },
    });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({ error: expect.stringContaining("not a valid id") });
  });
});

describe("reading", () => {
  it("shows a change made on disk at the next request (the proven snapshot is read again)", async () => {
    // The title as the proven site has it, not as the file's text is read for the editor.
    const title = async () => (await state()).story.claims.find((c) => c.id === "buses-keep-running")?.title;
    await expect(title()).resolves.toBe("Buses keep running on the detour");
    writeFileSync(join(dir, "content", CLAIM), claimFile().replace("Buses keep running on the detour", "Buses run"));
    await expect(title()).resolves.toBe("Buses run");
  });
});

describe("writes", () => {
  it("refuses to write over a file changed on disk since it was read, and shows what is there", async () => {
    const { version } = new ContentFiles(join(dir, "content")).read(CLAIM);
    const changed = claimFile().replace("Buses keep running on the detour", "Changed in another editor");
    writeFileSync(join(dir, "content", CLAIM), changed);
    const response = await saveBuses("The desk's title", version);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: string; conflicts: { path: string; disk: string }[] };
    expect(body.error).toContain("changed on disk");
    expect(body.conflicts).toEqual([expect.objectContaining({ path: CLAIM, disk: changed })]);
    expect(claimFile()).toBe(changed);
  });

  it("undoes a write, and refuses to undo over a later change on disk", async () => {
    const original = claimFile();
    const { version } = new ContentFiles(join(dir, "content")).read(CLAIM);
    expect((await saveBuses("Buses still run", version)).status).toBe(200);
    expect(claimFile()).toContain("title: Buses still run");
    expect((await call("/api/undo", { body: {} })).status).toBe(200);
    expect(claimFile()).toBe(original);

    const next = new ContentFiles(join(dir, "content")).read(CLAIM).version;
    expect((await saveBuses("Buses still run", next)).status).toBe(200);
    writeFileSync(join(dir, "content", CLAIM), "title: edited by hand\n");
    expect((await call("/api/undo", { body: {} })).status).toBe(409);
    expect(claimFile()).toBe("title: edited by hand\n");
  });

  it("keeps a published id as a redirect when a claim is renamed", async () => {
    const claim = (await state()).story.claims.find((c) => c.id === "buses-keep-running");
    const response = await call("/api/claims/save", {
      body: {
        id: "buses-keep-running",
        newId: "buses-run-on-the-detour",
        fields: claim?.fields,
        bases: { [CLAIM]: claim?.version },
      },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const renamed = readFileSync(join(dir, "content/claims/buses-run-on-the-detour.yaml"), "utf8");
    expect(parse(renamed)).toMatchObject({
      title: "Buses keep running on the detour",
      redirectFrom: ["buses-keep-running"],
    });
    expect(new ContentFiles(join(dir, "content")).read(CLAIM).text).toBeNull();
  });

  it("answers bad input with a message, never a stack trace", async () => {
    const cases: [string, unknown, number, string][] = [
      ["/api/claims/save", "{not json", 400, "not valid JSON"],
      ["/api/claims/merge", [1, 2], 400, "JSON object"],
      ["/api/claims/merge", { keep: "buses-keep-running", gone: "no-such-claim", bases: {} }, 404, "does not exist"],
      ["/api/import/preview", { text: "\u0000\u0001", story: "millbrook-bridge-closure-2026-03" }, 400, "binary"],
    ];
    for (const [path, body, status, words] of cases) {
      const response = await call(path, { body });
      expect(response.status).toBe(status);
      const text = await response.text();
      expect(text).toContain(words);
      expect(text).not.toMatch(/\bat .*\.ts:\d+/u);
    }
  });
});

interface Block {
  id: string;
  text: string;
}
const blocks = async (articleId: string) =>
  (
    (await (await call("/api/state")).json()) as { story: { reports: { id: string; blocks: Block[] }[] } }
  ).story.reports.find((r) => r.id === articleId)?.blocks ?? [];
const readClaim = (id: string) =>
  parse(readFileSync(join(dir, "content/claims", `${id}.yaml`), "utf8")) as Record<string, any>;
const bases = async () =>
  Object.fromEntries((await state()).story.claims.map((c) => [c.file.replace(/^content\//u, ""), c.version]));

describe("claim operations", () => {
  it("merges one claim into another: accounts joined, the file gone, its published id a redirect; undo brings it back", async () => {
    const response = await call("/api/claims/merge", {
      body: { keep: "repairs-take-six-weeks", gone: "repairs-cost", bases: await bases() },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const kept = readClaim("repairs-take-six-weeks");
    expect(kept.accounts["northside-post-millbrook-bridge"].quotes).toEqual([
      "The repairs will take six weeks",
      "cost 1.2 million pounds",
    ]);
    expect(kept.redirectFrom).toEqual(["repairs-cost"]);
    expect(new ContentFiles(join(dir, "content")).read("claims/repairs-cost.yaml").text).toBeNull();
    expect((await call("/api/undo", { body: {} })).status).toBe(200);
    expect(readClaim("repairs-cost").title).toBe("The repairs cost 1.2 million pounds");
    expect(readClaim("repairs-take-six-weeks").redirectFrom).toBeUndefined();
  });

  it("splits reports off into a new claim; a claim left with one report loses its status", async () => {
    const response = await call("/api/claims/split", {
      body: {
        id: "bridge-closes-on-monday",
        newId: "bridge-shuts-from-monday",
        articleIds: ["northside-post-millbrook-bridge"],
        bases: await bases(),
      },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const original = readClaim("bridge-closes-on-monday");
    const split = readClaim("bridge-shuts-from-monday");
    expect(Object.keys(original.accounts)).toEqual(["valley-courier-bridge-closes"]);
    expect(Object.keys(split.accounts)).toEqual(["northside-post-millbrook-bridge"]);
    expect([original.status, split.status]).toEqual([undefined, undefined]);
    expect(readFileSync(join(dir, "content/claims/bridge-closes-on-monday.yaml"), "utf8")).toMatch(
      /^# The story's first claim/u,
    );
  });

  it("quotes selected words verbatim from the report, extending the quote they overlap", async () => {
    const block = (await blocks("valley-courier-bridge-closes")).find((b) => b.text.includes("six weeks of repairs"));
    const words = "six weeks of repairs, the town council said";
    const start = block?.text.indexOf(words) ?? -1;
    const response = await call("/api/quotes", {
      body: {
        story: "millbrook-bridge-closure-2026-03",
        claim: "repairs-take-six-weeks",
        articleId: "valley-courier-bridge-closes",
        blockId: block?.id,
        start,
        end: start + words.length,
        bases: await bases(),
      },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(readClaim("repairs-take-six-weeks").accounts["valley-courier-bridge-closes"].quotes).toEqual([
      "for six weeks of repairs, the town council said",
    ]);
  });

  it("makes a brand-new claim of selected words, with the topic the editor gives, and refuses one without", async () => {
    const block = (await blocks("valley-courier-bridge-closes")).find((b) => b.text.includes("a detour of"));
    const words = "a detour of about four miles";
    const start = block?.text.indexOf(words) ?? -1;
    const request = {
      story: "millbrook-bridge-closure-2026-03",
      claim: "new",
      articleId: "valley-courier-bridge-closes",
      blockId: block?.id,
      start,
      end: start + words.length,
    };
    const refused = await call("/api/quotes", { body: { ...request, topic: "  ", bases: await bases() } });
    expect(refused.status).toBe(400);
    await expect(refused.json()).resolves.toEqual({
      error: "give the new claim a topic (one of the story's, or a new one)",
    });
    const claimsBefore = (await state()).story.claims.map((c) => c.id);

    const response = await call("/api/quotes", { body: { ...request, topic: " Traffic ", bases: await bases() } });
    expect(response.status, await response.clone().text()).toBe(200);
    const { claim: id } = (await response.json()) as { claim: string };
    expect(claimsBefore).not.toContain(id);
    const made = readClaim(id);
    expect(made.topic).toBe("Traffic");
    expect(made.story).toBe("millbrook-bridge-closure-2026-03");
    expect(Object.keys(made.accounts)).toEqual(["valley-courier-bridge-closes"]);
    expect(made.accounts["valley-courier-bridge-closes"].quotes).toEqual([words]);
  });

  it("refuses a selection outside the paragraph", async () => {
    const block = (await blocks("valley-courier-bridge-closes"))[0];
    const response = await call("/api/quotes", {
      body: {
        story: "millbrook-bridge-closure-2026-03",
        claim: "buses-keep-running",
        articleId: "valley-courier-bridge-closes",
        blockId: block?.id,
        start: 5,
        end: 100_000,
        bases: await bases(),
      },
    });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({ error: "select some words of one paragraph first" });
  });
});

describe("adding a report", () => {
  const raw = () => readFileSync("tests/fixtures/desk/evening-star.txt", "utf8");
  const request = () => ({
    text: raw(),
    story: "millbrook-bridge-closure-2026-03",
    outlet: "Evening Star",
    remove: ["Sponsored by Millbrook Credit Union"],
  });
  const ARTICLE = "content/articles/millbrook-bridge-to-close-for-repairs-from-monday.md";
  const SOURCE = "content/sources/millbrook-bridge-to-close-for-repairs-from-monday.txt";

  it("previews the importer's decisions with the editor's overturned, and writes nothing", async () => {
    const response = await call("/api/import/preview", { body: request() });
    const preview = (await response.json()) as {
      frontMatter: { outlet: string; removed: { text: string; reason: string }[] };
      blocks: unknown[];
    };
    expect(preview.frontMatter.outlet).toBe("Evening Star");
    expect(preview.frontMatter.removed).toContainEqual({
      text: "Sponsored by Millbrook Credit Union",
      reason: "removed by the editor",
    });
    expect(preview.frontMatter.removed).toContainEqual({ text: "Photo: Hana Okafor", reason: "photo credit" });
    expect(preview.blocks).toHaveLength(10);
    const kept = (await (
      await call("/api/import/preview", { body: { ...request(), keep: ["Photo: Hana Okafor"] } })
    ).json()) as { blocks: { text: string }[] };
    expect(kept.blocks.map((b) => b.text)).toContain("Photo: Hana Okafor");
    expect(new ContentFiles(join(dir, "content")).read(ARTICLE.slice("content/".length)).text).toBeNull();
  });

  it("writes the article and its source once, refuses a second import over them, and undoes both", async () => {
    expect((await call("/api/import/write", { body: request() })).status).toBe(200);
    expect(readFileSync(join(dir, SOURCE), "utf8")).toBe(raw());
    const again = await call("/api/import/write", { body: request() });
    expect(again.status).toBe(409);
    await expect(again.json()).resolves.toMatchObject({ error: expect.stringContaining(`${ARTICLE} exists already`) });
    expect((await call("/api/undo", { body: {} })).status).toBe(200);
    const files = new ContentFiles(join(dir, "content"));
    expect([files.read(ARTICLE.slice(8)).text, files.read(SOURCE.slice(8)).text]).toEqual([null, null]);
  });
});

describe("the engine's drafts", () => {
  it("turn a quote the engine cannot prove into a message, not a crash", () => {
    const files = new ContentFiles(join(dir, "content"));
    const site = readSnapshot(files).site;
    if (site === undefined) throw new Error("the fixture does not prove");
    const suggestion = {
      claim: null,
      status: "only" as const,
      score: 1,
      accounts: new Map([
        [
          "buses",
          {
            quotes: ["Words no report has."],
            sentenceIds: ["s-none"],
            quoteSentences: [["s-none"]],
            details: [],
            speakers: [],
            direct: false,
            content: "Words no report has.",
          },
        ],
      ]),
      shared: { words: [], details: [] },
    };
    expect(() => draftOf(site, "millbrook-bridge-closure-2026-03", suggestion)).toThrow(
      /^the engine.s draft cannot be written: "Words no report has." is not in the report as written$/u,
    );
    expect(() => draftOf(site, "millbrook-bridge-closure-2026-03", suggestion)).toThrow(DeskError);
  });
});

describe("npm run desk", () => {
  const run = async (argv: string[]) => {
    const lines: string[] = [];
    const code = await main(argv, { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    return { code, lines };
  };

  it("answers a usage mistake with one line and exit 2", async () => {
    await expect(run(["--prot", "1"])).resolves.toEqual({
      code: 2,
      lines: [expect.stringMatching(/^desk: unknown option --prot/u)],
    });
    await expect(run(["--port", "eighty"])).resolves.toEqual({
      code: 2,
      lines: ['desk: --port needs a port number (0 for any free port), got "eighty"'],
    });
  });

  it("says so in one line when the port is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    await expect(run(["--port", String(port)])).resolves.toEqual({
      code: 1,
      lines: [`desk: port ${port} is in use: pass --port <another>, or --port 0 for any free port`],
    });
    taken.close();
  }, 60_000);
});

describe("claim files", () => {
  it("change only the fields that changed, keeping comments and key order", () => {
    const before = readFileSync("tests/fixtures/desk/content/claims/bridge-closes-on-monday.yaml", "utf8");
    const after = claimFileText(
      {
        story: "millbrook-bridge-closure-2026-03",
        title: "The bridge closes on Monday 2 March",
        topic: "Closure",
        places: ["millbrook"],
        status: "differ",
        note: "One report says the council said so.",
        accounts: {
          "valley-courier-bridge-closes": {
            quotes: [
              "The old stone bridge in Millbrook will close on Monday for six weeks of repairs, the town council said.",
            ],
            summary: "The council says the bridge closes on Monday for repairs.",
            direct: false,
          },
          "northside-post-millbrook-bridge": {
            quotes: ["Millbrook's old bridge is to shut from Monday while engineers repair its arches."],
            summary: "The report says the bridge shuts from Monday for repairs to its arches.",
            direct: false,
          },
        },
      },
      before,
    );
    expect(after.split("\n")[0]).toBe("# The story's first claim: both reports open with it.");
    expect(after).toContain("status: differ\nnote: One report says the council said so.\naccounts:");
    expect(after).toContain("places: [millbrook]");
    // Everything but the three changed lines is as it was.
    const changed = after.split("\n").filter((line) => !before.split("\n").includes(line));
    expect(changed).toEqual([
      "title: The bridge closes on Monday 2 March",
      "status: differ",
      "note: One report says the council said so.",
    ]);
  });

  it("drop a field the editor cleared and add an account after the others, the rest untouched", () => {
    const before = readFileSync("tests/fixtures/desk/content/claims/traffic-diverted-through-eastgate.yaml", "utf8");
    const fields = parse(before) as ClaimFields;
    const { note: _note, ...rest } = fields;
    const after = claimFileText(
      {
        ...rest,
        accounts: {
          ...fields.accounts,
          "evening-star": {
            quotes: ["Drivers will follow a signed detour through Eastgate."],
            summary: "The report says so.",
            direct: false,
          },
        },
      },
      before,
    );
    expect(after).not.toContain("note:");
    expect(parse(after)).toEqual({
      ...rest,
      accounts: {
        ...fields.accounts,
        "evening-star": {
          quotes: ["Drivers will follow a signed detour through Eastgate."],
          summary: "The report says so.",
          direct: false,
        },
      },
    });
    expect(after.startsWith(before.split("note:")[0] ?? "")).toBe(true);
  });
});

describe("the engine's ranked candidates", () => {
  const STORY = "millbrook-bridge-closure-2026-03";
  const REPORT = "millbrook-bridge-to-close-for-repairs-from-monday";
  const SIX_WEEKS = "The work is expected to last six weeks.";
  interface Sentence {
    id: string;
    text: string;
    claims: string[];
    candidates: { claim: string; score: number; strength: string }[];
  }
  const sentenceOf = async (text: string) => {
    const view = (await (await call("/api/state")).json()) as {
      story: { reports: { id: string; blocks: { sentences: Sentence[] }[] }[] };
    };
    const report = view.story.reports.find((r) => r.id === REPORT);
    return report?.blocks.flatMap((b) => b.sentences).find((s) => s.text === text);
  };
  const importThirdReport = async () => {
    const response = await call("/api/import/write", {
      body: {
        text: readFileSync("tests/fixtures/desk/evening-star.txt", "utf8"),
        story: STORY,
        outlet: "Evening Star",
        remove: ["Sponsored by Millbrook Credit Union"],
      },
    });
    expect(response.status).toBe(200);
  };

  it("lists the six weeks' right claim second, in words, and accepting it lands the sentence there", async () => {
    await importThirdReport();
    const before = await sentenceOf(SIX_WEEKS);
    expect(before?.claims).toEqual([]);
    // The fixture's paraphrase: the engine ranks another claim first and the six-weeks claim second.
    expect(before?.candidates.map((c) => c.claim)[1]).toBe("repairs-take-six-weeks");
    expect(before?.candidates[0]?.claim).not.toBe("repairs-take-six-weeks");
    expect(before?.candidates.length).toBeLessThanOrEqual(3);
    for (const c of before?.candidates ?? [])
      expect(c.strength).toMatch(c.score >= 0.4 ? /^strong match$/u : c.score >= 0.18 ? /^possible match$/u : /^weak/u);

    const response = await call("/api/candidates/accept", {
      body: {
        story: STORY,
        articleId: REPORT,
        sentenceId: before?.id,
        claim: "repairs-take-six-weeks",
        bases: await bases(),
      },
    });
    expect(response.status).toBe(200);
    const claim = parse(readFileSync(join(dir, "content/claims/repairs-take-six-weeks.yaml"), "utf8")) as ClaimFields;
    expect(claim.accounts[REPORT]?.quotes).toEqual([SIX_WEEKS]);
    expect((await sentenceOf(SIX_WEEKS))?.claims).toEqual(["repairs-take-six-weeks"]);
  });

  it("refuses a claim the engine did not offer for that sentence, and writes nothing", async () => {
    await importThirdReport();
    const sentence = await sentenceOf(SIX_WEEKS);
    expect(sentence?.candidates.map((c) => c.claim)).not.toContain("buses-keep-running");
    const before = claimFile();
    const response = await call("/api/candidates/accept", {
      body: {
        story: STORY,
        articleId: REPORT,
        sentenceId: sentence?.id,
        claim: "buses-keep-running",
        bases: await bases(),
      },
    });
    expect(response.status).toBe(409);
    await expect(response.json()).resolves.toEqual({ error: expect.stringContaining("this candidate is gone") });
    expect(claimFile()).toBe(before);
  });
});
