import { describe, expect, it } from "vitest";
import { formatScores, scoreModule, type MutationReport } from "../../scripts/lib/gates/mutation-modules.ts";

const statuses = (...list: string[]) =>
  list.map((status) => ({ status })) as MutationReport["files"][string]["mutants"];

describe("mutation scores per module", () => {
  const report: MutationReport = {
    files: {
      "src/lib/a.ts": { mutants: statuses("Killed", "Killed", "Timeout", "Survived", "NoCoverage", "CompileError") },
      "src/lib/b.ts": { mutants: statuses("NoCoverage") },
    },
  };

  it("counts a timeout as killed and leaves out mutants no test reaches or that do not compile", () => {
    expect(scoreModule(report, "src/lib/a.ts")).toEqual({
      killed: 3,
      survived: 1,
      noCoverage: 1,
      errors: 1,
      covered: 0.75,
    });
    expect(scoreModule(report, "src/lib/b.ts").covered).toBeUndefined();
  });

  it("refuses a file the report does not have, rather than scoring it nothing", () => {
    expect(() => scoreModule(report, "src/lib/c.ts")).toThrow("the mutation report has no file src/lib/c.ts");
  });

  it("prints one line per module, marking those below 85 %", () => {
    const lines = formatScores([
      { module: { name: "a", file: "src/lib/a.ts", tests: [] }, score: scoreModule(report, "src/lib/a.ts") },
      {
        module: { name: "bb", file: "src/lib/b.ts", tests: [] },
        score: { ...scoreModule(report, "src/lib/a.ts"), covered: 0.85 },
      },
    ]);
    expect(lines).toEqual([
      "a    75.0 %  (3 killed, 1 survived, 1 no coverage, 1 errors) ✗",
      "bb   85.0 %  (3 killed, 1 survived, 1 no coverage, 1 errors) ✓",
    ]);
  });
});
