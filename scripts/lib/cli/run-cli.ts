import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CliError } from "./cli-error.ts";
import { processIo, type CliIo } from "./cli-io.ts";

/** A command: its arguments (without `node` and the script path) and its I/O in, an exit code out. */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number | void> | number | void;

/** A command ready to run: every part of the I/O optional (the process's by default). */
export type Main = (argv: readonly string[], io?: Partial<CliIo>) => Promise<number>;

/** How a command reports the problems it expects. */
export interface CliOptions {
  /** Put before each reported message, e.g. "import: ". */
  readonly prefix?: string;
  /**
   * Error classes of the code below the command that carry a message for the
   * editor (ContentError, …): reported like a {@link CliError}, exit code 1 (or
   * the error's own numeric `exitCode`).
   */
  readonly expected?: readonly (abstract new (...args: never[]) => Error)[];
}

/**
 * Wrap a command so that a {@link CliError} (or an expected error) becomes one
 * line on stderr and its exit code, with no stack trace; any other error is a
 * bug and propagates with its stack. A command returning nothing exits 0.
 */
export function cliMain(command: Command, options: CliOptions = {}): Main {
  const prefix = options.prefix ?? "";
  return async (argv, io = {}) => {
    const full: CliIo = { ...processIo(), ...io };
    try {
      return (await command(argv, full)) ?? 0;
    } catch (error) {
      const expected = error instanceof CliError || options.expected?.some((type) => error instanceof type);
      if (!expected || !(error instanceof Error)) throw error;
      full.stderr(`${prefix}${error.message}`);
      return "exitCode" in error && typeof error.exitCode === "number" ? error.exitCode : 1;
    }
  };
}

/**
 * Run `main` with the process's arguments when the module at `moduleUrl` is the
 * program being run (not a module imported by tests), setting the exit code.
 *
 * @param moduleUrl The calling module's `import.meta.url`.
 */
export async function runWhenEntryPoint(moduleUrl: string, main: Main): Promise<void> {
  if (isEntryPoint(moduleUrl)) process.exitCode = await main(process.argv.slice(2));
}

function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
