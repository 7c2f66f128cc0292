/**
 * The importer's own no-loss guard: whatever goes wrong between the parsed
 * lines and the Markdown written, the import stops before a file is written.
 * Escaping is the step the guard exists for, so this file swaps it for a
 * broken one (no escaping at all) and expects the guard to catch it.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../scripts/import.ts";
import { convertRawReport } from "../../src/lib/import/convert-raw-report.ts";
import { ImportError } from "../../src/lib/import/import-error.ts";

const escaping = vi.hoisted(() => ({ broken: false }));
vi.mock("../../src/lib/import/escape-markdown.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/lib/import/escape-markdown.ts")>();
  return {
    ...original,
    escapeMarkdownText: (text: string, context: "paragraph" | "heading") =>
      escaping.broken ? text : original.escapeMarkdownText(text, context),
  };
});

afterEach(() => {
  escaping.broken = false;
});

/** A short report of our own whose lines would turn into markup unescaped: a list item and emphasis. */
const REPORT = [
  "Harbour Talks End Without a Deal",
  "Harbour Talks End Without a Deal",
  "The port council met on Tuesday.",
  "- Three ferries were cancelled, the council said.",
  "The mayor called the delay *regrettable* in a statement.",
  "",
].join("\n");
const OPTIONS = { story: "harbour-talks", published: "2025-03-04" } as const;

describe("the importer's no-loss guard", () => {
  it("lets a faithful import through (escaping as built)", () => {
    const result = convertRawReport(REPORT, OPTIONS);
    expect(result.markdown).toContain("\\- Three ferries were cancelled, the council said.");
    expect(result.sentences).toBe(3);
  });

  it("stops an import whose Markdown would read differently, naming what went wrong", () => {
    escaping.broken = true;
    expect(() => convertRawReport(REPORT, OPTIONS)).toThrow(ImportError);
    // Unescaped, the dashed line becomes a list (its sentence is gone from the paragraphs) and the emphasis loses
    // its asterisks (the sentence reads differently).
    expect(() => convertRawReport(REPORT, OPTIONS)).toThrow(
      "no-loss check failed, nothing written: " +
        '2 missing (first: "- Three ferries were cancelled, the council said."); ' +
        '1 unexpected (first: "The mayor called the delay regrettable in a statement."); markup rendered as list',
    );
  });

  it("writes no file when the guard stops the import, and says why on stderr", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "import-guard-"));
    try {
      writeFileSync(path.join(dir, "report.txt"), REPORT);
      escaping.broken = true;
      const errors: string[] = [];
      const code = await main(["report.txt", "--story", "harbour-talks", "--date", "2025-03-04", "--out", "out"], {
        cwd: dir,
        stdout: () => {},
        stderr: (line) => errors.push(line),
      });
      expect(code).toBe(1);
      expect(errors.join("\n")).toMatch(/^import: no-loss check failed, nothing written: /u);
      // Neither the article nor the kept source text (written beside the output folder).
      expect(readdirSync(dir, { recursive: true })).toEqual(["report.txt"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
