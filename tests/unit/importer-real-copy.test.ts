import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/import.ts";
import { parseImportArgs } from "../../scripts/lib/import/import-args.ts";
import { convertRawReport } from "../../src/lib/import/convert-raw-report.ts";
import { decodeInput } from "../../src/lib/import/decode-input.ts";
import { splitGluedWidgets } from "../../src/lib/import/glued-widgets.ts";
import { findLineRule, LINE_RULES } from "../../src/lib/import/line-rules.ts";
import { parseRawReport } from "../../src/lib/import/parse-raw-report.ts";

const claim = (piece: string) => findLineRule(piece, LINE_RULES);
const widgetTexts = (line: string): string[] | undefined =>
  splitGluedWidgets(line, claim)?.map((widget) => widget.text);
const kept = (text: string, outlet?: string): string[] =>
  parseRawReport(text, LINE_RULES, outlet === undefined ? {} : { outlet }).blocks.map((block) => block.text);

describe("widgets glued onto one line", () => {
  it.each([
    ["Share on FacebookShare on Twitter", ["Share on Facebook", "Share on Twitter"]],
    ["Published: 17 Aug 2025, 07:43 PM ISTRead in Hindi", ["Published: 17 Aug 2025, 07:43 PM IST", "Read in Hindi"]],
    ["Updated: Aug 18, 2025 09:10 AM ISTहिंदी", ["Updated: Aug 18, 2025 09:10 AM IST", "हिंदी"]],
    [
      "3 min read Last Updated : Aug 17, 2025, 07:43 PM IST",
      ["3 min read", "Last Updated : Aug 17, 2025, 07:43 PM IST"],
    ],
    ["498 SHARESAdvertisement", ["498 SHARES", "Advertisement"]],
  ])("splits %j into widgets", (line, widgets) => {
    expect(widgetTexts(line)).toEqual(widgets);
  });

  it.each([
    "Share prices fell on FridayShare on Twitter",
    "McDonald's opened a branch at the PortMere terminal.",
    "Updated guidance was published on 17 August.",
  ])("leaves %j whole: one of its pieces is no widget", (line) => {
    expect(widgetTexts(line)).toBeUndefined();
  });

  it("records a glued line whole, with the reason of each widget", () => {
    const parsed = parseRawReport("Head line\n3 min readLast Updated : Aug 17, 2025\nText.", LINE_RULES);
    expect(parsed.removed.at(-1)).toEqual({
      text: "3 min readLast Updated : Aug 17, 2025",
      reason: "audio player or reading time + timestamp (glued on one line)",
    });
    expect(parsed.stamps).toEqual(["Last Updated : Aug 17, 2025"]);
  });
});

describe("the date, from any timestamp the page states", () => {
  it("reads a timestamp glued to a language link", () => {
    const result = convertRawReport("Head line\nPublished: 17 Aug 2025, 07:43 PM ISTRead in Hindi\nText.", {
      story: "s",
    });
    expect(result.frontMatter.published).toBe("2025-08-17");
    expect(result.frontMatter.publishedFrom).toEqual({
      kind: "timestamp",
      text: "Published: 17 Aug 2025, 07:43 PM IST",
    });
  });

  it("reads the timestamp a byline carries", () => {
    const result = convertRawReport("Head line\nBy Jane Doe, Reuters | Updated August 19, 2025\nText.", { story: "s" });
    expect(result.frontMatter.published).toBe("2025-08-19");
  });
});

describe("lines known by their neighbours", () => {
  it("takes the first body line for the lead picture's caption when its credit follows", () => {
    expect(kept("Head line\nA crane lifts a boat on Monday.\nJane Doe | Harbour Wire\nText.")).toEqual(["Text."]);
  });

  it("keeps a paragraph above a credit when it is no caption's shape, or not the lead", () => {
    const long = "The port reopened. Ferries sailed. Cranes moved again on Monday.";
    expect(kept(`Head line\n${long}\nJane Doe | Harbour Wire\nText.`)).toEqual([long, "Text."]);
    // A dateline opens the report's first paragraph: a credit under it belongs to a picture without caption.
    const lead = "PORTMERE, Aug 17 (Harbour Wire) - Ferries sailed again on Sunday.";
    expect(kept(`Head line\n${lead}\nJane Doe | Harbour Wire\nText.`)).toEqual([lead, "Text."]);
    // A picture credited above: the lead picture had no caption, so the line under it is the report's.
    expect(kept("Head line\nJane Doe | Harbour Wire\nFirst paragraph.\nPhoto: Jane Doe/AP\nText.")).toEqual([
      "First paragraph.",
      "Text.",
    ]);
  });

  it("removes a figure only beside its counter label", () => {
    expect(kept("Head line\nText.\n498\nSHARES\nMore text.\n2025\nEnd.")).toEqual([
      "Text.",
      "More text.",
      "2025",
      "End.",
    ]);
  });

  it("removes the site's name given by --outlet, a web address, and the holder of the copyright line", () => {
    expect(kept("Head line\nHarbour Daily\nText.\nwww.harbour-daily.co.uk\nMore.", "Harbour Daily")).toEqual([
      "Text.",
      "More.",
    ]);
    expect(kept("Head line\nText.\nPortmere Post\nMore.\n© 2025 Portmere Post")).toEqual(["Text.", "More."]);
    // Unnamed, a short line between paragraphs is a subheading as before.
    expect(parseRawReport("Head line\nText.\nPortmere Post\nMore.", LINE_RULES).blocks[1]).toEqual({
      kind: "heading",
      text: "Portmere Post",
    });
  });

  it("removes a deck only above the paragraph it repeats", () => {
    expect(kept("Head line\nFerries sail again\nFerries sail again.\nMore.")).toEqual(["Ferries sail again.", "More."]);
    expect(kept("Head line\nFerries sail again.\nMore.\nFerries sail again")).toEqual([
      "Ferries sail again.",
      "More.",
      "Ferries sail again",
    ]);
  });

  it("never takes a summary box's label for the headline", () => {
    const result = convertRawReport("Key points\nFerries resume.\nPorts agree deal\nThe ports agreed.", {
      story: "s",
      published: "2025-08-17",
    });
    expect(result.frontMatter.title).toBe("Ports agree deal");
    expect(result.blocks.map((block) => block.text)).toEqual(["Ferries resume.", "The ports agreed."]);
  });
});

describe("UTF-16 input", () => {
  const text = "Ferries sail.\nالسفن تبحر.";
  const utf16le = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, "utf16le"));
  const swap = (bytes: Uint8Array): Uint8Array => bytes.map((_, index) => bytes[index ^ 1] as number);

  it.each([
    ["little-endian with a byte order mark", utf16le(`\uFEFF${text}`)],
    ["big-endian with a byte order mark", swap(utf16le(`\uFEFF${text}`))],
    ["little-endian without one", utf16le(text)],
    ["big-endian without one", swap(utf16le(text))],
  ])("decodes %s", (_, bytes) => {
    expect(decodeInput(bytes, "f.txt")).toBe(text);
  });

  it("refuses UTF-16 with a lone surrogate, naming the encoding", () => {
    const broken = utf16le("\uFEFFAb\uD800c");
    expect(() => decodeInput(broken, "f.txt")).toThrow(
      "f.txt is not valid UTF-16LE: expected plain UTF-8 or UTF-16 text",
    );
  });
});

describe("arguments", () => {
  it("refuses a --story that is not a story id", () => {
    expect(() => parseImportArgs(["in.txt", "--story", "../Not A Story"])).toThrow(
      '--story must be a story id (lower-case letters, digits and single hyphens, as in content/stories/<id>.yaml), got "../Not A Story" (run with --help for usage)',
    );
  });

  it("canonicalises --language and refuses what is no language tag", () => {
    const parsed = parseImportArgs(["in.txt", "--story", "s", "--language", "AR-eg"]);
    expect(parsed.help === false && parsed.args.language).toBe("ar-EG");
    expect(() => parseImportArgs(["in.txt", "--story", "s", "--language", "not a tag"])).toThrow(
      '--language must be a BCP 47 language tag such as en, ar or zh-Hant, got "not a tag"',
    );
  });
});

describe("CLI: a UTF-16 report in Hebrew", () => {
  it("decodes it, tells its language, and keeps the raw bytes as its source", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "import-utf16-"));
    try {
      const raw = Buffer.from("\uFEFFהמעבורות חוזרות\nהמעבורות הפליגו ביום שלישי. הנמל נפתח.\n", "utf16le");
      writeFileSync(path.join(dir, "in.txt"), raw);
      const out: string[] = [];
      const code = await main(["in.txt", "--story", "s", "--date", "2025-08-19", "--slug", "ferries-he"], {
        cwd: dir,
        stdout: (line) => out.push(line),
        stderr: (line) => out.push(line),
      });
      expect(code).toBe(0);
      expect(out).toContain("  language: he (told by the script)");
      const article = readFileSync(path.join(dir, "content", "articles", "ferries-he.md"), "utf8");
      expect(article).toMatch(/\nlanguage: he\n/u);
      expect(article).toContain("המעבורות הפליגו ביום שלישי. הנמל נפתח.");
      expect(readFileSync(path.join(dir, "content", "sources", "ferries-he.txt")).equals(raw)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a --story path with exit 2 and writes nothing", async () => {
    const errors: string[] = [];
    const code = await main(["in.txt", "--story", "../Not A Story"], {
      cwd: tmpdir(),
      stderr: (line) => errors.push(line),
    });
    expect(code).toBe(2);
    expect(errors).toEqual([
      'import: --story must be a story id (lower-case letters, digits and single hyphens, as in content/stories/<id>.yaml), got "../Not A Story" (run with --help for usage)',
    ]);
  });
});
