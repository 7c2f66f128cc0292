import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Main } from "../../scripts/lib/cli/run-cli.ts";
import { USAGE as SUGGEST_USAGE } from "../../scripts/lib/suggest/command.ts";

const REPO = path.resolve(import.meta.dirname, "../..");
const empty = mkdtempSync(path.join(tmpdir(), "scripts-cli-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** Run a script's main in-process, capturing its lines. */
async function run(main: Main, argv: readonly string[], cwd = REPO) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { cwd, stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
  return { code, out, err };
}

// Each script of scripts/ (but build.ts, whose arguments all go to Astro) on the one CLI shape.
const SCRIPTS: readonly [string, string][] = [
  ["bench", ""],
  ["check-content", ""],
  ["claims-suggest", "claims:suggest: "],
  ["check-html", "HTML: "],
  ["check-links", "Links: "],
  ["check-reproducible", ""],
  ["ensure-chromium", ""],
  ["gates", ""],
  ["import", "import: "],
  ["lighthouse", "Lighthouse: "],
  ["mutation", "test:mutation: "],
  ["update-published-claims", ""],
];

/** What a script appends to a usage mistake to say how it is called. */
const USAGE_HINTS: Readonly<Record<string, string>> = {
  import: " (run with --help for usage)",
  "claims-suggest": `. ${SUGGEST_USAGE}`,
};

describe("every script's command line", () => {
  it.each(SCRIPTS)(
    "%s refuses an unknown option with one line and exit code 2",
    { timeout: 60_000 },
    async (name, prefix) => {
      const { main } = (await import(`../../scripts/${name}.ts`)) as { main: Main };
      const result = await run(main, ["--no-such-option"]);
      expect(result.code).toBe(2);
      expect(result.err).toEqual([`${prefix}unknown option --no-such-option${USAGE_HINTS[name] ?? ""}`]);
      expect(result.out).toEqual([]);
    },
  );

  it.each([
    ["check-html", "HTML: "],
    ["check-links", "Links: "],
    ["lighthouse", "Lighthouse: "],
  ])("%s stops with exit code 1 when no site was built", { timeout: 60_000 }, async (name, prefix) => {
    const { main } = (await import(`../../scripts/${name}.ts`)) as { main: Main };
    const result = await run(main, [empty], empty);
    expect(result).toEqual({
      code: 1,
      out: [],
      err: [`${prefix}no built site at ${empty}; run \`npm run build\` first.`],
    });
  });

  it("bench names an unknown benchmark", async () => {
    const { main } = (await import("../../scripts/bench.ts")) as { main: Main };
    expect(await run(main, ["nope"])).toEqual({
      code: 2,
      out: [],
      err: ["unknown benchmark nope (known: search, scale, align, import)"],
    });
  });

  it("check-content takes at most one content folder", async () => {
    const { main } = (await import("../../scripts/check-content.ts")) as { main: Main };
    const result = await run(main, ["a", "b"]);
    expect(result).toEqual({ code: 2, out: [], err: ["expected at most 1 argument, got 2: a b"] });
  });
});
