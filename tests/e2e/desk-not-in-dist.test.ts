/**
 * The editor's desk is a local tool: nothing of it reaches the production
 * build. No page, route or script of the desk in dist/, and no page that
 * calls its API.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = process.env.DIST_DIR ?? "dist";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("the production build", () => {
  it("holds no desk page, route or script", () => {
    const all = files(DIST);
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((f) => relative(DIST, f)).filter((f) => /desk/iu.test(f))).toEqual([]);
    const text = all.filter((f) => /\.(html|js|json|txt|xml|css)$/u.test(f));
    const calling = text.filter((f) =>
      /\/api\/(state|claims|suggestions|candidates|quotes|import|publish|undo)|Editor’s desk|desk\.js/u.test(
        readFileSync(f, "utf8"),
      ),
    );
    expect(calling.map((f) => relative(DIST, f))).toEqual([]);
  });
});
