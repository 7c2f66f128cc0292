/**
 * `npm run build`: the site build, `astro build` with the process settings
 * of scripts/lib/build/astro-build.ts. Every argument goes to Astro, unparsed:
 * Astro's own parser knows its options.
 */
import { runAstroBuild } from "./lib/build/astro-build.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain((argv) => runAstroBuild(argv));

await runWhenEntryPoint(import.meta.url, main);
