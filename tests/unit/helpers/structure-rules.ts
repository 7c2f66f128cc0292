/**
 * The layout rules of src/ (issue 18), checked with dependency-cruiser: it
 * resolves every import (TypeScript, type-only imports too, `.ts` specifiers)
 * the way the bundler does and finds circles, which a hand-written regex over
 * import lines would not. madge finds circles too, but has no path rules.
 * Neither reads `.astro` files: their imports (front matter and `<script>`
 * blocks) are read with TypeScript's own import scanner and held to the same
 * path rules.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cruise, type IRegularForbiddenRuleType } from "dependency-cruiser";
import ts from "typescript";

/** The forbidden arrows; paths are relative to the cruised tree's root. */
export const STRUCTURE_RULES: IRegularForbiddenRuleType[] = [
  {
    name: "compare-is-pure",
    comment: "src/lib/compare/ is text in, details out: it never knows the site model, the content files or a CLI.",
    severity: "error",
    from: { path: "^src/lib/compare/" },
    to: { path: "^(src/lib/model/|src/lib/content/|content/|scripts/)" },
  },
  ...(["build", "browser", "yardstick"] as const).map((room): IRegularForbiddenRuleType => ({
    name: `search-${room}-apart`,
    comment: `search/${room}/ imports neither of the other two search rooms; what they share sits in search/shared/.`,
    severity: "error",
    from: { path: `^src/lib/search/${room}/` },
    to: { path: `^src/lib/search/(build|browser|yardstick)/`, pathNot: `^src/lib/search/${room}/` },
  })),
  {
    name: "production-never-imports-a-yardstick",
    comment: "Yardsticks (full-scan references, baselines) serve tests and benches only.",
    severity: "error",
    from: { path: "^src/", pathNot: "/yardstick/" },
    to: { path: "/yardstick/" },
  },
  {
    name: "no-circle-in-src",
    comment: "Every arrow points down, so no module of src/ reaches itself.",
    severity: "error",
    from: { path: "^src/" },
    to: { circular: true },
  },
];

/** One broken rule: which, and the arrow that breaks it. */
export interface StructureViolation {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Cruise the modules under `roots` (folders relative to `baseDir`), following
 * their imports, and return every arrow that breaks a rule, sorted.
 */
export async function structureViolations(baseDir: string, roots: readonly string[]): Promise<StructureViolation[]> {
  const result = await cruise([...roots], {
    baseDir,
    ruleSet: { forbidden: STRUCTURE_RULES },
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
  });
  if (typeof result.output === "string") throw new Error("dependency-cruiser returned text, not a result");
  return [
    ...result.output.summary.violations.map((violation) => ({
      rule: violation.rule.name,
      from: violation.from,
      to: violation.to,
    })),
    ...astroViolations(baseDir, roots),
  ].sort((a, b) => `${a.rule} ${a.from} ${a.to}`.localeCompare(`${b.rule} ${b.from} ${b.to}`));
}

/** The path rules (not the circle rule) applied to the relative imports of every `.astro` file under `roots`. */
function astroViolations(baseDir: string, roots: readonly string[]): StructureViolation[] {
  const violations: StructureViolation[] = [];
  const any = (patterns: string | string[] | undefined, file: string) =>
    [patterns ?? []].flat().some((pattern) => new RegExp(pattern, "u").test(file));
  // A rule without a path (the circle rule) matches no single import.
  const matches = (file: string, where: { path?: string | string[]; pathNot?: string | string[] } | undefined) =>
    any(where?.path, file) && !any(where?.pathNot, file);
  for (const file of roots.flatMap((root) => astroFiles(baseDir, root))) {
    const source = readFileSync(path.join(baseDir, file), "utf8");
    // Front matter and client scripts: the parts of a component that are TypeScript.
    const code = [
      /^---\n([\s\S]*?)\n---/u.exec(source)?.[1] ?? "",
      ...[...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? ""),
    ];
    for (const { fileName } of code.flatMap((part) => ts.preProcessFile(part, true, true).importedFiles)) {
      if (!fileName.startsWith(".")) continue;
      const to = path.posix.join(path.posix.dirname(file), fileName);
      for (const rule of STRUCTURE_RULES) {
        if (matches(file, rule.from) && matches(to, rule.to))
          violations.push({ rule: rule.name ?? "", from: file, to });
      }
    }
  }
  return violations;
}

/** `.astro` files under `root`, as POSIX paths relative to `baseDir`. */
function astroFiles(baseDir: string, root: string): string[] {
  return readdirSync(path.join(baseDir, root), { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.endsWith(".astro"))
    .map((entry) => path.posix.join(root, entry.split(path.sep).join("/")))
    .sort();
}
