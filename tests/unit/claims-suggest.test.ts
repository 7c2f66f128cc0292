import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { indexForQuotes, locateQuote } from "../../src/lib/claims/locate-quote.ts";
import { runSuggest, SuggestError } from "../../scripts/lib/suggest/command.ts";
import type { SuggestJson } from "../../scripts/lib/suggest/output.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { spawnTimeout } from "./helpers/spawn-timeout.ts";

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

/** Run the command in-process; returns what it printed and the files it wrote. */
function run(argv: string[]) {
  const out: string[] = [];
  const files = new Map<string, string>();
  runSuggest(argv, {
    out: (text) => out.push(text),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { flag: "wx" });
      files.set(path, text);
    },
  });
  return { out: out.join("\n"), files };
}

function json(content: string): SuggestJson {
  return JSON.parse(run(["--story", STORY, "--json", "--content", content]).out) as SuggestJson;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("claims:suggest on the committed story, its claims removed", () => {
  const own: string[] = [];
  let content = "";
  let result: SuggestJson;
  beforeAll(() => {
    content = contentCopy({ claims: false }, own);
    result = json(content);
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

  it("writes drafts that pass the content check once moved into content/claims/", () => {
    const { files } = run(["--story", STORY, "--write", "--content", content]);
    expect(files.size).toBeGreaterThan(10);
    // Drafts in content/drafts/ are not content yet: the build reads none of them.
    expect(buildSite(loadContent(content)).claims.size).toBe(0);
    for (const path of files.keys()) renameSync(path, join(content, "claims", path.split("/").pop() as string));
    const site = buildSite(loadContent(content));
    expect(site.claims.size).toBe(files.size);
    // Every sentence of both reports is covered by some draft.
    for (const coverage of site.coverage) expect(coverage.uncovered).toEqual([]);
  });
});

describe("claims:suggest with existing claims and a third report", () => {
  it("proposes the new report's account for an existing claim and never touches the editor's file", () => {
    const content = contentCopy({ claims: true });
    cpSync("tests/fixtures/suggest/third-report.md", join(content, "articles/example-wire-third-report.md"));
    const before = readFileSync(join(content, "claims/putin-agreed-to-security-guarantees.yaml"), "utf8");
    const result = json(content);
    const joined = result.suggestions.find((s) => s.claim === "putin-agreed-to-security-guarantees");
    expect(Object.keys(joined?.accounts ?? {})).toEqual(["example-wire-third-report"]);
    // The unrelated sentence is drafted as a claim of its own.
    const only = result.suggestions.find((s) => s.accounts["example-wire-third-report"]?.quotes[0]?.includes("Odesa"));
    expect(only).toMatchObject({ claim: null, status: "only" });

    const { files } = run(["--story", STORY, "--write", "--content", content]);
    const draft = [...files].find(([path]) => path.endsWith("putin-agreed-to-security-guarantees.yaml"))?.[1] ?? "";
    expect(draft).toContain("example-wire-third-report:");
    expect(draft).toContain(RP);
    expect(readFileSync(join(content, "claims/putin-agreed-to-security-guarantees.yaml"), "utf8")).toBe(before);
  });
});

describe("claims:suggest errors", () => {
  const error = (argv: string[]) => {
    try {
      run(argv);
    } catch (caught) {
      if (caught instanceof SuggestError) return caught.message;
      throw caught;
    }
    throw new Error("no error");
  };

  it("needs a story", () => {
    expect(error([])).toMatchInlineSnapshot(
      `"--story is required. Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]"`,
    );
  });

  it("refuses an unknown argument", () => {
    expect(error(["--story", STORY, "--fast"])).toMatchInlineSnapshot(
      `"unknown argument "--fast". Usage: npm run claims:suggest -- --story <story-id> [--json] [--write] [--content <dir>]"`,
    );
  });

  it("names the stories there are when the story is unknown", () => {
    expect(error(["--story", "no-such-story"])).toMatchInlineSnapshot(
      `"unknown story "no-such-story"; stories: putin-security-guarantees-2025-08"`,
    );
  });

  it("refuses a story with one report", () => {
    const content = contentCopy({ claims: false });
    rmSync(join(content, "articles", `${RP}.md`));
    expect(error(["--story", STORY, "--content", content])).toMatchInlineSnapshot(
      `"story "putin-security-guarantees-2025-08" has 1 report(s); suggestions compare two or more: import another report first"`,
    );
  });

  it("names the file of an article that fails to parse", () => {
    const content = contentCopy({ claims: false });
    writeFileSync(join(content, "articles", "broken.md"), "---\nstory: [unclosed\n---\nText.\n");
    expect(error(["--story", STORY, "--content", content])).toMatch(/^the content does not build .*broken\.md/u);
  });

  it("never overwrites a draft", () => {
    const content = contentCopy({ claims: false });
    const first = run(["--story", STORY, "--write", "--content", content]);
    const [path, text] = [...first.files][0] as [string, string];
    writeFileSync(path, `${text}# the editor's edit\n`);
    const second = run(["--story", STORY, "--write", "--content", content]);
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
