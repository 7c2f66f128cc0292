import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { usageError } from "./cli-error.ts";

/** What a command accepts: Node's option config, plus how many positional arguments. */
export interface CliArgsSpec<Options extends ParseArgsOptionsConfig> {
  readonly options: Options;
  /** Most positional arguments accepted; default 0. */
  readonly maxPositionals?: number;
  /** Appended to every usage message, e.g. " (run with --help for usage)". */
  readonly hint?: string;
}

type OptionValue<Option> = Option extends { type: "string"; multiple: true }
  ? string[]
  : Option extends { type: "string" }
    ? string
    : Option extends { type: "boolean"; multiple: true }
      ? boolean[]
      : boolean;

/** The parsed command line: each option's value (absent when not given) and the positionals. */
export interface CliArgs<Options extends ParseArgsOptionsConfig> {
  readonly values: { readonly [Name in keyof Options]?: OptionValue<Options[Name]> };
  readonly positionals: readonly string[];
}

/**
 * Parse a command line with `util.parseArgs`, turning every mistake into a
 * usage error (exit code 2) whose message names the option: `unknown option
 * --x`, `option --x needs a value`, `option --x takes no value`, `option --x
 * given more than once`, `expected at most N arguments`. Accepts `--name value`
 * and `--name=value`; `--` ends the options.
 *
 * Node's strict mode would do most of this, but its messages ("Unknown option
 * '--x'. To specify a positional argument starting with a '-', place it at the
 * end of the command after '--'") are long and differ between Node versions, and
 * it lets a non-repeatable option be given twice: the tokens are checked here.
 *
 * @throws CliError with exit code 2 on the first mistake, in argument order.
 */
export function parseCliArgs<const Options extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  spec: CliArgsSpec<Options>,
): CliArgs<Options> {
  const hint = spec.hint ?? "";
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: spec.options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = spec.options[token.name];
    if (option === undefined) throw usageError(`unknown option ${token.rawName}${hint}`);
    const shown = `--${token.name}`;
    if (option.type === "boolean" && token.value !== undefined)
      throw usageError(`option ${shown} takes no value${hint}`);
    // "--title --force" is a forgotten value, not a title; --title=--force says it is meant.
    if (option.type === "string" && (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))))
      throw usageError(`option ${shown} needs a value${hint}`);
    if (seen.has(token.name) && option.multiple !== true)
      throw usageError(`option ${shown} given more than once${hint}`);
    seen.add(token.name);
  }
  const max = spec.maxPositionals ?? 0;
  if (positionals.length > max) {
    throw usageError(
      max === 0
        ? `unexpected argument ${positionals[0]}${hint}`
        : `expected at most ${max} argument${max === 1 ? "" : "s"}, got ${positionals.length}: ${positionals.join(" ")}${hint}`,
    );
  }
  return { values: values as CliArgs<Options>["values"], positionals };
}
