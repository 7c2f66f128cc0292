import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { BASIC_DIR } from "./basic-fixture.ts";

/** Cases of content the build must refuse: each folder is laid over the basic corpus. */
export const REFUSED_DIR = "tests/fixtures/content/hostile-refused";

/** The names of the refused cases (folders of REFUSED_DIR). */
export const refusedCases = (): string[] =>
  readdirSync(REFUSED_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/**
 * Write the basic corpus with one case's files laid over it into
 * `tmp/hostile-refused/<case>` (a fixed path, so messages naming files are
 * stable) and return that folder.
 */
export function refusedCorpus(name: string, root = "tmp/hostile-refused"): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(BASIC_DIR, dir, { recursive: true });
  cpSync(join(REFUSED_DIR, name), dir, { recursive: true });
  return dir;
}
