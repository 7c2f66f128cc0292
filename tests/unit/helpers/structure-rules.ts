/**
 * The layout rules of src/ (issue 18), checked with dependency-cruiser: it
 * resolves every import (TypeScript, type-only imports too, `.ts` specifiers)
 * the way the bundler does and finds circles, which a hand-written regex over
 * import lines would not. madge finds circles too, but has no path rules.
 */
import { cruise, type IForbiddenRuleType } from "dependency-cruiser";

/** The forbidden arrows; paths are relative to the cruised tree's root. */
export const STRUCTURE_RULES: IForbiddenRuleType[] = [
  {
    name: "compare-is-pure",
    comment: "src/lib/compare/ is text in, details out: it never knows the site model, the content files or a CLI.",
    severity: "error",
    from: { path: "^src/lib/compare/" },
    to: { path: "^(src/lib/model/|src/lib/content/|content/|scripts/)" },
  },
  ...(["build", "browser", "yardstick"] as const).map((room): IForbiddenRuleType => ({
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
  return result.output.summary.violations
    .map((violation) => ({ rule: violation.rule.name, from: violation.from, to: violation.to }))
    .sort((a, b) => `${a.rule} ${a.from} ${a.to}`.localeCompare(`${b.rule} ${b.from} ${b.to}`));
}
