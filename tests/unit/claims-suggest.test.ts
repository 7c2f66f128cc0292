import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { indexForQuotes, locateQuote } from "../../src/lib/claims/locate-quote.ts";
import { main } from "../../scripts/claims-suggest.ts";
import type { SuggestJson } from "../../scripts/lib/suggest/output.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { ContentError } from "../../src/lib/content-error.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { proveSite } from "../../src/lib/model/prove-site.ts";
import { spawnTimeout } from "./helpers/spawn-timeout.ts";

// Each test builds the whole site's content and runs the engine on it, some twice: seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const STORY = "putin-security-guarantees-2025-08";
const RP = "republic-policy-putin-agrees-nato-like-guarantees";
const WITKOFF = "witkoff-claims-putin-agrees-to-security-guarantees";
const dirs: string[] = [];

/** A copy of the committed content, optionally without its claims: each test may change it freely. */
function contentCopy(options: { claims: boolean }, owner = dirs): string {
  const dir = mkdtempSync(join(tmpdir(), "suggest-"));
  owner.push(dir);
  cpSync("content", join(dir, "content"), { recursive: true });
  if (!options.claims)
    for (const file of readdirSync(join(dir, "content/claims"))) rmSync(join(dir, "content/claims", file));
  return join(dir, "content");
}

/** Every file under a folder (none when it is missing), with its text. */
function filesUnder(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .map((file) => join(dir, file))
      .filter((path) => statSync(path).isFile())
      .map((path) => [path, readFileSync(path, "utf8")]),
  );
}

/** Run the command in-process; returns what it printed, its exit code and the draft files it wrote. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const content = argv[argv.indexOf("--content") + 1] ?? "content";
  const before = filesUnder(join(content, "drafts"));
  const code = await main(argv, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
  const files = new Map([...filesUnder(join(content, "drafts"))].filter(([path]) => !before.has(path)));
  return { out: out.join("\n"), err: err.join("\n"), code, files };
}

async function json(content: string): Promise<SuggestJson> {
  return JSON.parse((await run(["--story", STORY, "--json", "--content", content])).out) as SuggestJson;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("claims:suggest on the committed story, its claims removed", () => {
  const own: string[] = [];
  let content = "";
  let result: SuggestJson;
  beforeAll(async () => {
    content = contentCopy({ claims: false }, own);
    result = await json(content);
  });
  afterAll(() => {
    for (const dir of own) rmSync(dir, { recursive: true, force: true });
  });

  it("prints the JSON contract", () => {
    expect(result.story).toBe(STORY);
    for (const s of result.suggestions) {
      expect(Object.keys(s).sort()).toEqual(
        ["accounts", "claim", "score", "status", ...(s.note ? ["note"] : [])].sort(),
      );
      expect(["agree", "differ", "only"]).toContain(s.status);
      expect(s.claim).toBeNull();
    }
  });

  it("suggests the Brussels and Washington sentences as one claim, proposed differ", () => {
    const meeting = result.suggestions.find(
      (s) =>
        s.accounts[RP]?.quotes.some((q) => q.includes("in Brussels")) &&
        s.accounts[WITKOFF]?.quotes.some((q) => q.includes("Washington")),
    );
    expect(meeting?.status).toBe("differ");
    expect(meeting?.note).toMatch(/Brussels vs\. Washington/u);
  });

  it("quotes only verbatim text the build's quote locator finds", () => {
    const site = buildSite(loadContent(content));
    for (const s of result.suggestions) {
      for (const [articleId, account] of Object.entries(s.accounts)) {
        const index = indexForQuotes(site.articles.get(articleId)?.blocks ?? []);
        for (const quote of account.quotes) expect(locateQuote(index, quote).kind, quote).not.toBe("missing");
      }
    }
  });

  it("writes drafts that pass the content check once moved into content/claims/", async () => {
    const { files } = await run(["--story", STORY, "--write", "--content", content]);
    expect(files.size).toBeGreaterThan(10);
    // Drafts in content/drafts/ are not content yet: the build reads none of them.
    expect(buildSite(loadContent(content)).claims.size).toBe(0);
    for (const path of files.keys()) renameSync(path, join(content, "claims", path.split("/").pop() as string));
    // Drafted notes name reports by reference, which the build shows as the report's label.
    expect([...files.values()].some((text) => text.includes(`[[${RP}]]`))).toBe(true);
    const site = buildSite(loadContent(content));
    expect(site.claims.size).toBe(files.size);
    const notes = [...site.claims.values()].flatMap((claim) => claim.note ?? []);
    expect(notes.some((note) => note.includes("only Republic Policy names"))).toBe(true);
    expect(notes.filter((note) => note.includes("[["))).toEqual([]);
    // Every sentence of both reports is covered by some draft.
    for (const coverage of site.coverage) expect(coverage.uncovered).toEqual([]);
    // But the proof publishes none until an editor has rewritten its title, topic and summaries.
    const refused = (() => {
      try {
        proveSite(loadContent(content));
      } catch (error) {
        if (error instanceof ContentError) return error.problems;
        throw error;
      }
      return [];
    })();
    const perDraft = [...site.claims.values()].map((claim) => 2 + claim.accounts.length);
    expect(refused).toHaveLength(perDraft.reduce((sum, n) => sum + n, 0));
    expect(new Set(refused.map((problem) => problem.field.replace(/^accounts\..*\./u, "accounts.")))).toEqual(
      new Set(["title", "topic", "accounts.summary"]),
    );
  });
});

describe("claims:suggest with existing claims and a third report", () => {
  it("proposes the new report's account for an existing claim and never touches the editor's file", async () => {
    const content = contentCopy({ claims: true });
    cpSync("tests/fixtures/suggest/third-report.md", join(content, "articles/example-wire-third-report.md"));
    const before = readFileSync(join(content, "claims/putin-agreed-to-security-guarantees.yaml"), "utf8");
    const result = await json(content);
    const joined = result.suggestions.find((s) => s.claim === "putin-agreed-to-security-guarantees");
    expect(Object.keys(joined?.accounts ?? {})).toEqual(["example-wire-third-report"]);
    // The unrelated sentence is drafted as a claim of its own.
    const only = result.suggestions.find((s) => s.accounts["example-wire-third-report"]?.quotes[0]?.includes("Odesa"));
    expect(only).toMatchObject({ claim: null, status: "only" });

    const { files } = await run(["--story", STORY, "--write", "--content", content]);
    const draft = [...files].find(([path]) => path.endsWith("putin-agreed-to-security-guarantees.yaml"))?.[1] ?? "";
    expect(draft).toContain("example-wire-third-report:");
    expect(draft).toContain(RP);
    expect(readFileSync(join(content, "claims/putin-agreed-to-security-guarantees.yaml"), "utf8")).toBe(before);
  });
});

/** A copy of the content holding only the given reports (fixture file → article id), no claims. */
function storyOf(reports: Record<string, string>): string {
  const content = contentCopy({ claims: false });
  for (const file of readdirSync(join(content, "articles"))) rmSync(join(content, "articles", file));
  for (const file of readdirSync(join(content, "sources"))) rmSync(join(content, "sources", file));
  for (const [id, fixture] of Object.entries(reports)) {
    const text = readFileSync(`tests/fixtures/suggest/${fixture}`, "utf8");
    // The second copy of one report gets an outlet of its own, so the two read as two reports.
    writeFileSync(join(content, "articles", `${id}.md`), text.replace(/^outlet: .*$/mu, `outlet: ${id}`));
  }
  return content;
}

describe("claims:suggest on reports of our own", () => {
  it("pairs two identical reports one to one: ten agree suggestions, one sentence from each", async () => {
    const content = storyOf({ "ledger-one": "identical-report.md", "ledger-two": "identical-report.md" });
    const result = await json(content);
    expect(result.suggestions).toHaveLength(10);
    for (const s of result.suggestions) {
      expect(s.status).toBe("agree");
      expect(s.accounts["ledger-one"]?.quotes).toHaveLength(1);
      expect(s.accounts["ledger-one"]?.quotes).toEqual(s.accounts["ledger-two"]?.quotes);
    }
  });

  it("ranks each sentence's candidates in --json, its twin first", async () => {
    const content = storyOf({ "ledger-one": "identical-report.md", "ledger-two": "identical-report.md" });
    const result = await json(content);
    const entries = Object.entries(result.candidates);
    expect(entries).toHaveLength(20);
    for (const [sentence, candidates] of entries) {
      expect(candidates.length).toBeLessThanOrEqual(3);
      const [report, id] = sentence.split("#") as [string, string];
      const best = candidates[0];
      expect(best && "articleId" in best ? [best.articleId, best.sentenceId] : []).toEqual([
        report === "ledger-one" ? "ledger-two" : "ledger-one",
        id,
      ]);
      const scores = candidates.map((c) => c.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  it("--write lists the quote a repeated deck makes ambiguous, writes the rest and exits 1", async () => {
    const content = storyOf({ deck: "deck-report.md", partner: "deck-partner.md" });
    const result = await run(["--story", STORY, "--write", "--content", content]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/could not place 1 quote/u);
    expect(result.out).toContain('"The new tram line opened on Saturday after six years of work" occurs 2 times');
    expect(result.files.size).toBeGreaterThan(0);
    // What was written passes the content check once moved.
    for (const path of result.files.keys()) renameSync(path, join(content, "claims", path.split("/").pop() as string));
    expect(() => buildSite(loadContent(content))).not.toThrow();
  });
});

describe("claims:suggest errors", () => {
  /** The one line the command reports on stderr, with its exit code: 2 for a usage mistake, 1 for bad content. */
  const error = async (argv: string[]) => {
    const result = await run(argv);
    if (result.code === 0) throw new Error("no error");
    return { code: result.code, message: result.err.replace(/^claims:suggest: /u, "") };
  };

  it("needs a story", async () => {
    expect(await error([])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "message": "--story is required. Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]",
      }
    `);
  });

  it("refuses an unknown argument", async () => {
    expect(await error(["--story", STORY, "--fast"])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "message": "unknown option --fast. Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]",
      }
    `);
  });

  it("refuses an option without its value", async () => {
    expect(await error(["--story", "--json"])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "message": "option --story needs a value. Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]",
      }
    `);
  });

  it("names the stories there are when the story is unknown", async () => {
    expect(await error(["--story", "no-such-story"])).toMatchInlineSnapshot(`
      {
        "code": 1,
        "message": "unknown story "no-such-story"; stories: putin-security-guarantees-2025-08",
      }
    `);
  });

  it("refuses a story with one report", async () => {
    const content = contentCopy({ claims: false });
    rmSync(join(content, "articles", `${RP}.md`));
    expect((await error(["--story", STORY, "--content", content])).message).toMatchInlineSnapshot(
      `"story "putin-security-guarantees-2025-08" has 1 report(s); suggestions compare two or more: import another report first"`,
    );
  });

  it("names the file of an article that fails to parse", async () => {
    const content = contentCopy({ claims: false });
    writeFileSync(join(content, "articles", "broken.md"), "---\nstory: [unclosed\n---\nText.\n");
    expect((await error(["--story", STORY, "--content", content])).message).toMatch(
      /^the content does not build .*broken\.md/u,
    );
  });

  it("never overwrites a draft", async () => {
    const content = contentCopy({ claims: false });
    const first = await run(["--story", STORY, "--write", "--content", content]);
    const [path, text] = [...first.files][0] as [string, string];
    writeFileSync(path, `${text}# the editor's edit\n`);
    const second = await run(["--story", STORY, "--write", "--content", content]);
    expect(second.files.size).toBe(0);
    expect(second.out).toContain(`skipped ${path}`);
    expect(readFileSync(path, "utf8")).toContain("# the editor's edit");
  });

  it(
    "exits non-zero with one line on stderr",
    () => {
      const result = spawnSync("node_modules/.bin/tsx", ["scripts/claims-suggest.ts", "--story", "nope"], {
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([`claims:suggest: unknown story "nope"; stories: ${STORY}`]);
    },
    spawnTimeout(1),
  );
});
