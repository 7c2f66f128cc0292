/**
 * `npm run bench`: every benchmark, one after another, printing figures.
 * Benchmarks measure; they do not pass or fail on timings (targets are
 * printed beside the figures for the reader to compare). With `--json` a
 * benchmark prints one JSON object on stdout, and headings go to stderr.
 *
 *   npm run bench [-- search|scale|align|import …] [--json] [--rebuild] [--keep] [--sizes=100,300] [--explain=flood]
 */
import type { BenchOptions } from "./lib/bench/bench-options.ts";
import { usageError } from "./lib/cli/cli-error.ts";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

const benches = ["search", "scale", "align", "import"] as const;

export const main = cliMain(async (argv, io) => {
  const { values, positionals: only } = parseCliArgs(argv, {
    options: {
      json: { type: "boolean" },
      rebuild: { type: "boolean" },
      keep: { type: "boolean" },
      sizes: { type: "string" },
      explain: { type: "string" },
    },
    maxPositionals: Infinity,
  });
  const unknown = only.filter((name) => !(benches as readonly string[]).includes(name));
  if (unknown.length > 0) throw usageError(`unknown benchmark ${unknown.join(", ")} (known: ${benches.join(", ")})`);
  const options: BenchOptions = {
    json: values.json === true,
    rebuild: values.rebuild === true,
    keep: values.keep === true,
    sizes: values.sizes,
    explain: values.explain,
  };
  for (const name of benches) {
    if (only.length > 0 && !only.includes(name)) continue;
    (options.json ? io.stderr : io.stdout)(`\n=== bench: ${name} ===`);
    const module = (await import(`./bench/${name}.ts`)) as { run: (options: BenchOptions) => Promise<void> };
    await module.run(options);
  }
});

await runWhenEntryPoint(import.meta.url, main);
