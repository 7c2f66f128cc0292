export {};

/**
 * `npm run bench`: every benchmark, one after another, printing figures.
 * Benchmarks measure; they do not pass or fail on timings (targets are
 * printed beside the figures for the reader to compare). With `--json` a
 * benchmark prints one JSON object on stdout, and headings go to stderr.
 */
const benches = ["search", "scale", "align", "import"] as const;
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const json = process.argv.includes("--json");

for (const name of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  (json ? console.error : console.log)(`\n=== bench: ${name} ===`);
  const module = (await import(`./bench/${name}.ts`)) as { run: () => Promise<void> };
  await module.run();
}
