export {};

/**
 * `npm run bench`: every benchmark, one after another, printing figures.
 * Benchmarks measure; they do not pass or fail on timings (targets are
 * printed beside the figures for the reader to compare).
 */
const benches = ["search", "scale", "align"] as const;
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));

for (const name of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== bench: ${name} ===`);
  const module = (await import(`./bench/${name}.ts`)) as { run: () => Promise<void> };
  await module.run();
}
