import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../scripts/lib/cli/cli-error.ts";
import { parseCliArgs } from "../../scripts/lib/cli/parse-cli-args.ts";
import { cliMain } from "../../scripts/lib/cli/run-cli.ts";

const REPO = path.resolve(import.meta.dirname, "../..");

/** Run a command in-process, capturing its lines. */
async function capture(
  command: Parameters<typeof cliMain>[0],
  argv: readonly string[],
  options?: Parameters<typeof cliMain>[1],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cliMain(command, options)(argv, {
    cwd: REPO,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, out, err };
}

const OPTIONS = {
  strict: { type: "boolean" },
  story: { type: "string" },
  strip: { type: "string", multiple: true },
} as const;

describe("parseCliArgs", () => {
  it("reads --name value, --name=value, repeatable options and positionals", () => {
    const args = parseCliArgs(["dir", "--story", "s", "--strip=a", "--strip", "b", "--strict"], {
      options: OPTIONS,
      maxPositionals: 1,
    });
    expect(args.values).toEqual({ story: "s", strip: ["a", "b"], strict: true });
    expect(args.positionals).toEqual(["dir"]);
  });

  it.each([
    [["--bogus"], "unknown option --bogus"],
    [["-x"], "unknown option -x"],
    [["--story"], "option --story needs a value"],
    [["--story", "--strict"], "option --story needs a value"],
    [["--strict=yes"], "option --strict takes no value"],
    [["--story", "a", "--story", "b"], "option --story given more than once"],
    [["a", "b"], "expected at most 1 argument, got 2: a b"],
  ])("rejects %j with exit code 2", (argv, message) => {
    try {
      parseCliArgs(argv, { options: OPTIONS, maxPositionals: 1, hint: " (see --help)" });
      expect.unreachable("parseCliArgs accepted a wrong command line");
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toBe(`${message} (see --help)`);
      expect((error as CliError).exitCode).toBe(2);
    }
  });

  it("takes a dash-led value when written --name=value, and everything after -- as positionals", () => {
    const args = parseCliArgs(["--story=--odd", "--", "--strict"], { options: OPTIONS, maxPositionals: 1 });
    expect(args.values).toEqual({ story: "--odd" });
    expect(args.positionals).toEqual(["--strict"]);
  });

  it("names a stray argument when none is accepted", () => {
    expect(() => parseCliArgs(["extra"], { options: OPTIONS })).toThrow("unexpected argument extra");
  });
});

describe("cliMain", () => {
  it("reports an unknown flag as one line and exits 2", async () => {
    const result = await capture((argv) => void parseCliArgs(argv, { options: OPTIONS }), ["--bogus"], {
      prefix: "demo: ",
    });
    expect(result).toEqual({ code: 2, out: [], err: ["demo: unknown option --bogus"] });
  });

  it("honours a CliError's own exit code", async () => {
    const result = await capture(() => {
      throw new CliError("no such story", 5);
    }, []);
    expect(result).toEqual({ code: 5, out: [], err: ["no such story"] });
  });

  it("reports an expected error class with its message, exit code 1 unless it carries one", async () => {
    class ContentProblem extends Error {}
    class CodedProblem extends Error {
      readonly exitCode = 4;
    }
    const plain = await capture(
      () => {
        throw new ContentProblem("content/claims/a.md: quote not found");
      },
      [],
      { expected: [ContentProblem, CodedProblem] },
    );
    expect(plain).toEqual({ code: 1, out: [], err: ["content/claims/a.md: quote not found"] });
    const coded = await capture(
      () => {
        throw new CodedProblem("coded");
      },
      [],
      { expected: [ContentProblem, CodedProblem] },
    );
    expect(coded.code).toBe(4);
  });

  it("lets any other error through: a bug keeps its stack", async () => {
    await expect(
      capture(() => {
        throw new TypeError("a bug");
      }, []),
    ).rejects.toThrow(TypeError);
  });

  it("exits 0 when the command returns nothing, and with the code it returns", async () => {
    expect((await capture(() => {}, [])).code).toBe(0);
    expect((await capture(() => 1, [])).code).toBe(1);
  });

  it("prints no stack trace for a CliError in a real process", { timeout: 60_000 }, () => {
    const run = (...args: string[]) =>
      spawnSync(path.join(REPO, "node_modules", ".bin", "tsx"), ["tests/fixtures/cli/exits-3.ts", ...args], {
        cwd: REPO,
        encoding: "utf8",
      });
    const failed = run();
    expect(failed.status).toBe(3);
    expect(failed.stderr).toBe("fixture: the fixture failed on purpose\n");
    const misused = run("--bogus");
    expect(misused.status).toBe(2);
    expect(misused.stderr).toBe("fixture: unknown option --bogus\n");
  });
});
