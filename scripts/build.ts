/**
 * `npm run build`: the site build, `astro build` with the process settings
 * of scripts/lib/astro-build.ts. Extra arguments go to Astro.
 */
import { runAstroBuild } from "./lib/astro-build.ts";

process.exitCode = await runAstroBuild(process.argv.slice(2));
