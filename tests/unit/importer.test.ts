import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { main } from "../../scripts/import.ts";
import { articleSchema } from "../../src/schemas/article.ts";
import { splitSentences } from "../../src/lib/text/sentences.ts";
import { parseImportArgs } from "../../scripts/lib/import/import-args.ts";
import { convertRawReport, type ConvertOptions } from "../../src/lib/import/convert-raw-report.ts";
import { decodeInput } from "../../src/lib/import/decode-input.ts";
import { escapeMarkdownText, type MarkdownContext } from "../../src/lib/import/escape-markdown.ts";
import { parseRawReport, splitLines } from "../../src/lib/import/parse-raw-report.ts";
import { fileNameSlug } from "../../src/lib/import/slug.ts";
import { compileStripPatterns, findLineRule, LINE_RULES } from "../../src/lib/import/line-rules.ts";
import { formatImportReport } from "../../src/lib/import/report.ts";
import { outletFromPromoLines } from "../../src/lib/import/rules/promotions.ts";
import { isSubheading } from "../../src/lib/import/subheading.ts";
import { splitFrontMatter } from "../../src/lib/import/to-markdown.ts";
import { checkNoLoss, describeLoss, expectedSentences, renderedBlocks } from "../../src/lib/import/verify-no-loss.ts";
import { spawnTimeout } from "./helpers/spawn-timeout.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/importer/", import.meta.url));
const SOURCES = path.join(REPO, "content", "sources");
const SEED_000 = path.join(SOURCES, "witkoff-claims-putin-agrees-to-security-guarantees.txt");
const SEED_003 = path.join(SOURCES, "republic-policy-putin-agrees-nato-like-guarantees.txt");
const STORY = "putin-security-guarantees-2025-08";
const SEED_003_TITLE = "Putin agrees to let Ukraine’s allies offer NATO-like security guarantees, Witkoff says";

/** Per-case converter options (`options.json`, optional); `"date": null` means no --date. */
const caseOptionsSchema = z
  .object({
    title: z.string().optional(),
    outlet: z.string().optional(),
    date: z.string().nullable().optional(),
    strip: z.array(z.string()).optional(),
    slug: z.string().optional(),
    language: z.string().optional(),
  })
  .strict();

function caseOptions(name: string): ConvertOptions {
  const file = path.join(FIXTURES, name, "options.json");
  const options = existsSync(file) ? caseOptionsSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : {};
  const date = options.date === undefined ? "2025-08-17" : options.date;
  return {
    story: "test-story",
    recordSource: true,
    lineRules: [...LINE_RULES, ...compileStripPatterns(options.strip ?? [])],
    ...(date === null ? {} : { published: date }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.outlet === undefined ? {} : { outlet: options.outlet }),
    ...(options.slug === undefined ? {} : { slug: options.slug }),
    ...(options.language === undefined ? {} : { language: options.language }),
  };
}

const read = (file: string): string => readFileSync(file, "utf8");
const caseNames = readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, "input.txt")));

/** Sentences of the input lines the body must hold, and of the body as rendered: the no-loss property. */
function expectNoLoss(input: string, markdown: string): void {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const removed = articleSchema.parse(frontMatter).removed;
  const rendered = renderedBlocks(body);
  expect(rendered.unexpectedNodes).toEqual([]);
  const actual = rendered.texts.flatMap((text) => splitSentences(text).map((span) => span.text));
  expect([...actual].sort()).toEqual([...expectedSentences(input, removed)].sort());
  expect(checkNoLoss(input, removed, body).ok).toBe(true);
}

describe("fixtures: raw report → Markdown", () => {
  it("has fixture cases", () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(19);
  });

  for (const name of caseNames) {
    describe(name, () => {
      const input = read(path.join(FIXTURES, name, "input.txt"));
      const result = convertRawReport(input, caseOptions(name));

      it("matches output.md", () => {
        expect(result.markdown).toBe(read(path.join(FIXTURES, name, "output.md")));
      });

      it("matches report.txt: what was kept, what removed and why", () => {
        const report = [...formatImportReport(result), ...result.warnings.map((warning) => `  warning: ${warning}`)];
        expect(`${report.join("\n")}\n`).toBe(read(path.join(FIXTURES, name, "report.txt")));
      });

      it("loses nothing: every kept line renders back as one block, verbatim", () => {
        expectNoLoss(input, result.markdown);
        const { body } = splitFrontMatter(result.markdown);
        expect(renderedBlocks(body).texts).toEqual(result.blocks.map((block) => block.text));
      });

      it("writes front matter that passes the article schema", () => {
        expect(() => articleSchema.parse(splitFrontMatter(result.markdown).frontMatter)).not.toThrow();
      });
    });
  }
});

describe("headline detection", () => {
  it("takes a repeated line as the title and records both occurrences", () => {
    const result = convertRawReport(read(path.join(FIXTURES, "headline-repeated", "input.txt")), caseOptions("x"));
    expect(result.frontMatter.title).toBe("Ministers Agree on a Budget");
    expect(result.frontMatter.titleInferred).toBe(false);
    expect(result.frontMatter.removed).toEqual([
      { text: "Ministers Agree on a Budget", reason: "headline, moved to title" },
      { text: "Ministers Agree on a Budget", reason: "repeated headline" },
    ]);
    // The standfirst before the headline stays, as the first paragraph.
    expect(result.blocks[0]).toEqual({
      kind: "paragraph",
      text: "A standfirst paragraph comes before the headline. It stays in the body.",
    });
  });

  it("finds a headline whose repetition is not on the next line", () => {
    const parsed = parseRawReport("A\nStorm Hits\nBody text.\nStorm Hits\nMore text.", LINE_RULES);
    expect(parsed.headline).toEqual({ text: "Storm Hits", repeated: true });
    expect(parsed.blocks.map((block) => block.text)).toEqual(["A", "Body text.", "More text."]);
  });

  it("uses --title, marked inferred, when no line repeats", () => {
    const result = convertRawReport("One sentence. Another one.", { ...caseOptions("x"), title: "Given title" });
    expect(result.frontMatter.title).toBe("Given title");
    expect(result.frontMatter.titleInferred).toBe(true);
    expect(result.frontMatter.removed).toEqual([]);
  });

  it("asks for --title when the text has no headline", () => {
    expect(() => convertRawReport("One sentence. Another one.", caseOptions("x"))).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: the text has no headline (no line repeats, and the first reads as a paragraph): pass --title "…"]`,
    );
  });

  it("removes a first-line headline even when --title is given (it was kept as the first paragraph)", () => {
    const result = convertRawReport("Storm closes ports\nA storm closed every port. Ferries stay in.", {
      ...caseOptions("x"),
      title: "Storm closes ports",
    });
    expect(result.blocks).toEqual([{ kind: "paragraph", text: "A storm closed every port. Ferries stay in." }]);
    expect(result.frontMatter).toMatchObject({ title: "Storm closes ports", titleInferred: false });
    expect(result.warnings).toEqual([]);
  });

  it("never turns a removed shape into a heading: wire copy keeps only its two real subheadings", () => {
    const result = convertRawReport(read(path.join(FIXTURES, "wire-copy", "input.txt")), caseOptions("wire-copy"));
    const headings = result.blocks.filter((block) => block.kind === "heading").map((block) => block.text);
    expect(headings).toEqual(["Night crossings", "Fares and refunds"]);
  });

  it("keeps the text's headline over --title, with a warning", () => {
    const result = convertRawReport("Head\nHead\nBody.", { ...caseOptions("x"), title: "Other" });
    expect(result.frontMatter.title).toBe("Head");
    expect(result.warnings).toEqual(['--title ignored: the text has its own headline ("Head")']);
  });

  it("refuses a text that is only a headline", () => {
    expect(() => convertRawReport("Head\nHead\n", caseOptions("x"))).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: nothing left to import after removing the headline and the lines listed in \`removed\`]`,
    );
  });
});

describe("subheadings", () => {
  it.each([
    ["Momentum for a Peace Agreement", true],
    ["Zelenskyj:", true],
    ["Next steps", true],
    ["Short line with a full stop.", false],
    ["Is this a question?", false],
    ["Wow!", false],
    ["“A closing quote ends it.”", false],
    ["He said “yes.”", false],
    ["A clause that goes on,", false],
    ["2025", false],
    ["This line has far too many words to be taken for a heading here", false],
    ["Averyveryverylongsingleword".repeat(3), false],
  ])("%j → heading: %s", (line, expected) => {
    expect(isSubheading(line)).toBe(expected);
  });

  it("renders headings with their text kept exactly", () => {
    const result = convertRawReport(read(path.join(FIXTURES, "subheadings", "input.txt")), caseOptions("x"));
    const headings = result.blocks.filter((block) => block.kind === "heading").map((block) => block.text);
    // "Next steps" ends the text: a heading needs a paragraph on both sides.
    expect(headings).toEqual(["Momentum for a Peace Agreement", "Zelenskyj:"]);
    expect(result.blocks.at(-1)).toEqual({ kind: "paragraph", text: "Next steps" });
    expect(result.markdown).toContain("\n## Zelenskyj:\n");
  });
});

describe("promotional lines and --strip", () => {
  it("recognises the outlet from its promotional lines", () => {
    expect(
      outletFromPromoLines([
        "👉 Follow Republic Policy on YouTube",
        "👉 Follow Republic Policy on X / Twitter",
        "Follow us on Instagram",
      ]),
    ).toBe("Republic Policy");
    expect(outletFromPromoLines(["Follow us on Facebook", "Read more: x"])).toBeUndefined();
  });

  it("applies custom --strip patterns after the built-in rules, naming the pattern", () => {
    const rules = [...LINE_RULES, ...compileStripPatterns(["^Sponsored:", "^Advertisement$"])];
    const parsed = parseRawReport("Head\nHead\nAdvertisement\nText.\nSponsored: Buy now\n👉 Follow A on X", rules);
    expect(parsed.removed).toEqual([
      { text: "Head", reason: "headline, moved to title" },
      { text: "Head", reason: "repeated headline" },
      { text: "Advertisement", reason: "advertisement marker" },
      { text: "Sponsored: Buy now", reason: "matched --strip /^Sponsored:/" },
      { text: "👉 Follow A on X", reason: "promotional line" },
    ]);
    expect(parsed.blocks).toEqual([{ kind: "paragraph", text: "Text." }]);
    expect(findLineRule("Sponsored: Buy now", LINE_RULES)).toBeUndefined();
  });

  it("strips before detecting the headline, so a repeated promo is not the title", () => {
    const parsed = parseRawReport("👉 Follow A on X\nText.\n👉 Follow A on X", LINE_RULES);
    expect(parsed.headline).toBeUndefined();
  });

  it("rejects an invalid --strip pattern", () => {
    expect(() => compileStripPatterns(["(unclosed"])).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: invalid --strip pattern /(unclosed/: Invalid regular expression: /(unclosed/u: Unterminated group]`,
    );
  });
});

describe("Markdown escaping", () => {
  /** Parse escaped text as Markdown and return the text a reader sees. */
  function roundTrip(
    text: string,
    context: MarkdownContext,
  ): { texts: readonly string[]; unexpected: readonly string[] } {
    const escaped = escapeMarkdownText(text, context);
    const rendered = renderedBlocks(context === "heading" ? `## ${escaped}` : escaped);
    return { texts: rendered.texts, unexpected: rendered.unexpectedNodes };
  }

  const TRAPS = [
    "1. * _x_ <b>&amp;",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "* not a list",
    "2025. A year",
    "3) item",
    "---",
    "***",
    "___",
    "===",
    "```js",
    "~~~",
    "<div>html</div>",
    "<!-- comment -->",
    "<https://example.com>",
    "[link](http://example.com) ![img](x.png) [ref]: /url",
    "a \\ backslash and a trailing one \\",
    "&copy; &#169; &#xA9; &nbsp; AT&T & co",
    "__bold__ *em* _em_ `code` ~~strike~~",
    "Heading closing sequence ##",
    "#",
    "Tabs\tinside\ttext",
    "Two  spaces  inside",
    "“curly” ‘quotes’ — em – en … ellipsis",
  ];

  it.each(TRAPS)("paragraph %j renders as the same text", (text) => {
    expect(roundTrip(text, "paragraph")).toEqual({ texts: [text], unexpected: [] });
  });

  it.each(TRAPS)("heading %j renders as the same text", (text) => {
    expect(roundTrip(text, "heading")).toEqual({ texts: [text], unexpected: [] });
  });

  it("round-trips random lines of Markdown-significant characters", () => {
    const alphabet = [..."#>-+*_`[]()<>&;!\\~=|:.)1 aZ“”’—", "&amp;", "&#1;", "1. ", "- ", "<b>", "](", "  "];
    let seed = 42;
    const random = (): number => {
      // Small deterministic LCG: failures are reproducible.
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 500; run++) {
      let line = "";
      const length = 1 + Math.floor(random() * 20);
      for (let index = 0; index < length; index++) line += alphabet[Math.floor(random() * alphabet.length)];
      line = line.trim();
      if (line === "") continue;
      for (const context of ["paragraph", "heading"] as const) {
        expect({ line, context, ...roundTrip(line, context) }).toEqual({
          line,
          context,
          texts: [line],
          unexpected: [],
        });
      }
    }
  });

  it("keeps curly quotes and dashes character for character", () => {
    const result = convertRawReport(read(path.join(FIXTURES, "curly-quotes", "input.txt")), caseOptions("x"));
    expect(result.markdown).toContain("The envoy called the move “game-changing” — a rare word from him.");
    expect(result.markdown).toContain("‘We are close,’ he said… Others doubted it.");
    expect(result.frontMatter.title).toBe("Peace Talks “Game-Changing”, Envoy Says");
  });
});

describe("no-loss check", () => {
  const input = "Head\nHead\nFirst sentence. Second sentence.\nThird sentence.";
  const removed = [
    { text: "Head", reason: "headline, moved to title" },
    { text: "Head", reason: "repeated headline" },
  ];

  it("passes on a faithful body", () => {
    expect(checkNoLoss(input, removed, "First sentence. Second sentence.\n\nThird sentence.\n").ok).toBe(true);
  });

  it("reports a dropped sentence", () => {
    const report = checkNoLoss(input, removed, "First sentence.\n\nThird sentence.\n");
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual(["Second sentence."]);
  });

  it("reports a duplicated sentence", () => {
    const report = checkNoLoss(input, removed, "First sentence. Second sentence.\n\nThird sentence. Third sentence.\n");
    expect(report.extra).toEqual(["Third sentence."]);
  });

  it("reports text that turned into markup", () => {
    const report = checkNoLoss(input, removed, "- First sentence. Second sentence.\n\nThird sentence.\n");
    expect(report.ok).toBe(false);
    expect(report.unexpectedNodes).toEqual(["list"]);
  });

  it("fails on markup alone, with every sentence still in place", () => {
    // A thematic break and an HTML comment carry no sentence: only the markup check can fail these bodies.
    for (const [extra, node] of [
      ["***", "thematicBreak"],
      ["<!-- note -->", "html"],
    ] as const) {
      const report = checkNoLoss(input, removed, `First sentence. Second sentence.\n\n${extra}\n\nThird sentence.\n`);
      expect([report.missing, report.extra, report.unexpectedNodes]).toEqual([[], [], [node]]);
      expect(report.ok, extra).toBe(false);
    }
  });

  it("removes one occurrence per removed entry: a line removed once and written twice stays once", () => {
    const once = [{ text: "Head", reason: "headline, moved to title" }];
    expect(expectedSentences(input, once)).toEqual(["Head", "First sentence.", "Second sentence.", "Third sentence."]);
    expect(checkNoLoss(input, once, "Head\n\nFirst sentence. Second sentence.\n\nThird sentence.\n").ok).toBe(true);
    expect(checkNoLoss(input, once, "First sentence. Second sentence.\n\nThird sentence.\n").missing).toEqual(["Head"]);
  });

  it("reports an added sentence alone as unexpected, not as missing", () => {
    const report = checkNoLoss(input, removed, "First sentence. Second sentence.\n\nThird sentence. Fourth.\n");
    expect([report.ok, report.missing, report.extra]).toEqual([false, [], ["Fourth."]]);
  });

  it("describes a loss in one line, naming only what went wrong", () => {
    const report = (missing: string[], extra: string[], unexpectedNodes: string[]) => ({
      ok: false,
      missing,
      extra,
      unexpectedNodes,
      sentenceCount: 3,
    });
    expect(describeLoss(report(["A.", "B."], [], []))).toBe('2 missing (first: "A.")');
    expect(describeLoss(report([], ["C."], []))).toBe('1 unexpected (first: "C.")');
    expect(describeLoss(report([], [], ["list", "html"]))).toBe("markup rendered as list, html");
    expect(describeLoss(report(["A."], ["C."], ["list"]))).toBe(
      '1 missing (first: "A."); 1 unexpected (first: "C."); markup rendered as list',
    );
  });

  it("reports an altered character (an unescaped entity)", () => {
    const report = checkNoLoss("A &amp; B.", [], "A &amp; B.\n");
    expect(report.missing).toEqual(["A &amp; B."]);
    expect(report.extra).toEqual(["A & B."]);
  });
});

describe("the real seeds", () => {
  it("000: headline from the repeated line, two headings, nothing lost", () => {
    const input = read(SEED_000);
    const result = convertRawReport(input, {
      story: STORY,
      published: "2025-08-17",
      publishedInferred: true,
    });
    expect(result.frontMatter.title).toBe("Witkoff Claims Putin Agrees to Security Guarantees for Ukraine");
    expect(result.frontMatter.outlet).toBe("Outlet not named");
    expect(result.frontMatter.removed.map((line) => line.reason)).toEqual([
      "headline, moved to title",
      "repeated headline",
    ]);
    expect(result.blocks.filter((block) => block.kind === "heading").map((block) => block.text)).toEqual([
      "Momentum for a Peace Agreement",
      "Zelenskyj:",
    ]);
    expect(result.blocks[0]?.text).toMatch(/^In a significant development/u);
    expect({ paragraphs: result.paragraphs, headings: result.headings, sentences: result.sentences }).toEqual({
      paragraphs: 16,
      headings: 2,
      sentences: 28,
    });
    expectNoLoss(input, result.markdown);
  });

  it("003: outlet from the promo lines, title from --title, nothing lost", () => {
    const input = read(SEED_003);
    const result = convertRawReport(input, {
      story: STORY,
      published: "2025-08-17",
      publishedInferred: true,
      title: SEED_003_TITLE,
    });
    expect(result.frontMatter.outlet).toBe("Republic Policy");
    expect(result.frontMatter.titleInferred).toBe(true);
    expect(result.frontMatter.removed).toEqual([
      { text: "👉 Follow Republic Policy on YouTube", reason: "promotional line" },
      { text: "👉 Follow Republic Policy on X / Twitter", reason: "promotional line" },
      { text: "👉 Follow Republic Policy on Instagram", reason: "promotional line" },
    ]);
    expect(result.paragraphs).toBe(4);
    expectNoLoss(input, result.markdown);
  });

  const ARTICLES = path.join(REPO, "content", "articles");
  const committed = readdirSync(ARTICLES).filter((name) => name.endsWith(".md"));

  it.each(committed)("re-importing the kept source of %s reproduces it byte for byte", (name) => {
    const markdown = read(path.join(ARTICLES, name));
    const meta = articleSchema.parse(splitFrontMatter(markdown).frontMatter);
    expect(meta.importedFrom).toBe(`sources/${name.replace(/\.md$/u, ".txt")}`);
    const result = convertRawReport(read(path.join(REPO, "content", meta.importedFrom ?? "")), {
      story: meta.story,
      published: meta.published.toISOString().slice(0, 10),
      publishedInferred: meta.publishedInferred,
      slug: name.replace(/\.md$/u, ""),
      recordSource: true,
      ...(meta.titleInferred ? { title: meta.title } : {}),
    });
    // Same body, so the same sentence ids and every quote still found.
    expect(result.markdown).toBe(markdown);
  });
});

describe("input decoding", () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it("strips a byte order mark and keeps the rest", () => {
    expect(decodeInput(bytes("\uFEFFHello."), "f.txt")).toBe("Hello.");
  });

  it.each([
    ["empty", new Uint8Array(), "f.txt is empty: nothing to import"],
    ["whitespace", bytes(" \n\t\r\n "), "f.txt contains only whitespace: nothing to import"],
    [
      "NUL bytes",
      Uint8Array.from([72, 0, 105]),
      "f.txt looks binary (it contains NUL bytes): expected plain UTF-8 text",
    ],
    ["invalid UTF-8", Uint8Array.from([72, 0xc3, 0x28, 105]), "f.txt is not valid UTF-8: expected plain UTF-8 text"],
    [
      "control characters",
      bytes("ab\u0001\u0002cd\u0003"),
      "f.txt looks binary (3 control characters): expected plain UTF-8 text",
    ],
  ])("refuses %s input", (_, input, message) => {
    expect(() => decodeInput(input, "f.txt")).toThrow(message);
  });
});

describe("slugs and arguments", () => {
  it("derives slugs from titles", () => {
    expect(fileNameSlug(SEED_003_TITLE)).toBe(
      "putin-agrees-to-let-ukraines-allies-offer-nato-like-security-guarantees-witkoff",
    );
    expect(fileNameSlug("Zelenskyj’s Café: “Yes”")).toBe("zelenskyjs-cafe-yes");
    expect(fileNameSlug("“—”")).toBe("");
  });

  it("leaves --date out when not given: the text may state the date", () => {
    expect(parseImportArgs(["in.txt", "--story", "s"])).toEqual({
      help: false,
      args: { input: "in.txt", story: "s", dateInferred: false, out: "content/articles", force: false, strip: [] },
    });
  });

  it("parses --name value and --name=value, with repeatable --strip", () => {
    expect(
      parseImportArgs(["in.txt", "--story=s", "--date", "2025-08-17", "--strip", "a", "--strip=b", "--force"]),
    ).toEqual({
      help: false,
      args: {
        input: "in.txt",
        story: "s",
        date: "2025-08-17",
        dateInferred: false,
        out: "content/articles",
        force: true,
        strip: ["a", "b"],
      },
    });
  });

  it.each([
    [
      ["in.txt", "--story", "s", "--date", "2025-08-17", "--bogus"],
      "unknown option --bogus (run with --help for usage)",
    ],
    [["in.txt", "--date", "2025-08-17"], "missing --story <id> (run with --help for usage)"],
    [
      ["in.txt", "--story", "s", "--date-inferred"],
      "--date-inferred needs --date YYYY-MM-DD (run with --help for usage)",
    ],
    [
      ["in.txt", "--story", "s", "--date", "2025-02-30"],
      '--date must be a real date as YYYY-MM-DD, got "2025-02-30" (run with --help for usage)',
    ],
    [["--story", "s", "--date", "2025-08-17"], "missing the raw text file to import (run with --help for usage)"],
    [
      ["a", "b", "--story", "s", "--date", "2025-08-17"],
      "expected one raw text file, got 2: a b (run with --help for usage)",
    ],
    [["in.txt", "--story", "--date", "2025-08-17"], "option --story needs a value (run with --help for usage)"],
    [
      ["in.txt", "--story", "s", "--story", "t", "--date", "2025-08-17"],
      "option --story given more than once (run with --help for usage)",
    ],
  ])("rejects %j", (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});

describe("CLI: main(argv)", () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const run = (...argv: string[]): Promise<number> =>
    main(argv, { cwd: dir, stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
  const base = ["--story", STORY, "--date", "2025-08-17", "--date-inferred"];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "importer-"));
    mkdirSync(path.join(dir, "raw"));
    writeFileSync(path.join(dir, "raw", "000.txt"), read(SEED_000));
    out = [];
    err = [];
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the article and its source, and prints the import report", async () => {
    expect(await run("raw/000.txt", ...base, "--slug", "seed")).toBe(0);
    const written = read(path.join(dir, "content", "articles", "seed.md"));
    const expected = convertRawReport(read(SEED_000), {
      story: STORY,
      published: "2025-08-17",
      publishedInferred: true,
      slug: "seed",
      recordSource: true,
    });
    expect(written).toBe(expected.markdown);
    expect(written).toContain("\nimportedFrom: sources/seed.txt\n");
    // The source is the raw file as read, byte for byte.
    expect(read(path.join(dir, "content", "sources", "seed.txt"))).toBe(read(SEED_000));
    expect(err).toEqual([]);
    expect(out).toEqual([
      "Wrote content/articles/seed.md and content/sources/seed.txt",
      ...formatImportReport(expected),
    ]);
    expect(out.slice(1, 4)).toEqual([
      "  title: Witkoff Claims Putin Agrees to Security Guarantees for Ukraine (repeated headline)",
      "  outlet: Outlet not named",
      "  published: 2025-08-17 (from --date, inferred)",
    ]);
  });

  it("takes the date from the text when --date is not given", async () => {
    writeFileSync(
      path.join(dir, "raw", "in.txt"),
      "Head line\nUpdated 10:42 AM GMT+2, August 18, 2025\nKYIV, Aug 18 (Reuters) - Text one.\nText two.",
    );
    expect(await run("raw/in.txt", "--story", STORY, "--slug", "x")).toBe(0);
    const meta = articleSchema.parse(splitFrontMatter(read(path.join(dir, "content", "articles", "x.md"))).frontMatter);
    expect(meta.published.toISOString().slice(0, 10)).toBe("2025-08-18");
    expect(meta.publishedFrom).toEqual({ kind: "timestamp", text: "Updated 10:42 AM GMT+2, August 18, 2025" });
    expect(meta.dateline).toBe("KYIV, Aug 18 (Reuters) -");
    expect(meta.outlet).toBe("Reuters");
  });

  it("refuses to overwrite a kept source without --force, and leaves no article behind", async () => {
    mkdirSync(path.join(dir, "content", "sources"), { recursive: true });
    writeFileSync(path.join(dir, "content", "sources", "seed.txt"), "older source");
    expect(await run("raw/000.txt", ...base, "--slug", "seed")).toBe(1);
    expect(err).toEqual(["import: content/sources/seed.txt already exists: pass --force to overwrite it"]);
    expect(existsSync(path.join(dir, "content", "articles", "seed.md"))).toBe(false);
  });

  it("re-imports from its own kept source without rewriting it", async () => {
    expect(await run("raw/000.txt", ...base, "--slug", "seed")).toBe(0);
    out = [];
    expect(await run("content/sources/seed.txt", ...base, "--slug", "seed", "--force")).toBe(0);
    expect(out[0]).toBe("Wrote content/articles/seed.md");
    expect(read(path.join(dir, "content", "sources", "seed.txt"))).toBe(read(SEED_000));
  });

  it("derives the slug from the title and honours --out", async () => {
    expect(await run("raw/000.txt", ...base, "--out", "articles")).toBe(0);
    const slug = "witkoff-claims-putin-agrees-to-security-guarantees-for-ukraine";
    expect(existsSync(path.join(dir, "articles", `${slug}.md`))).toBe(true);
    // Sources sit beside the output folder, where importedFrom (relative to the content folder) points.
    expect(existsSync(path.join(dir, "sources", `${slug}.txt`))).toBe(true);
  });

  it("refuses to overwrite without --force, and overwrites with it", async () => {
    const target = path.join(dir, "content", "articles", "seed.md");
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, "keep me");
    expect(await run("raw/000.txt", ...base, "--slug", "seed")).toBe(1);
    expect(err).toEqual(["import: content/articles/seed.md already exists: pass --force to overwrite it"]);
    expect(read(target)).toBe("keep me");
    // The source written first is taken back: nothing half-imported stays.
    expect(existsSync(path.join(dir, "content", "sources", "seed.txt"))).toBe(false);
    expect(await run("raw/000.txt", ...base, "--slug", "seed", "--force")).toBe(0);
    expect(read(target)).toMatch(/^---\nstory: putin-security-guarantees-2025-08\n/u);
  });

  it.each([
    ["an empty file", "", "import: raw/in.txt is empty: nothing to import"],
    ["a whitespace-only file", "  \n\n ", "import: raw/in.txt contains only whitespace: nothing to import"],
    [
      "a binary file",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "import: raw/in.txt looks binary (it contains NUL bytes): expected plain UTF-8 text",
    ],
    [
      "invalid UTF-8",
      Buffer.from([0x48, 0xff, 0x49]),
      "import: raw/in.txt is not valid UTF-8: expected plain UTF-8 text",
    ],
    [
      "a text without headline or --title",
      "Just a sentence.",
      'import: the text has no headline (no line repeats, and the first reads as a paragraph): pass --title "…"',
    ],
  ])("exits 1 on %s and writes nothing", async (_, content, message) => {
    writeFileSync(path.join(dir, "raw", "in.txt"), content);
    expect(await run("raw/in.txt", ...base)).toBe(1);
    expect(err).toEqual([message]);
    expect(out).toEqual([]);
    expect(existsSync(path.join(dir, "content"))).toBe(false);
  });

  it("exits 1 on a missing file", async () => {
    expect(await run("raw/nope.txt", ...base)).toBe(1);
    expect(err).toEqual(["import: cannot read raw/nope.txt: no such file"]);
  });

  it("exits 1 on a directory", async () => {
    expect(await run("raw", ...base)).toBe(1);
    expect(err).toEqual(["import: cannot read raw: it is a directory"]);
  });

  it("exits 2 on unknown options and missing --story", async () => {
    expect(await run("raw/000.txt", ...base, "--verbose")).toBe(2);
    expect(await run("raw/000.txt", "--date", "2025-08-17")).toBe(2);
    expect(await run("raw/000.txt", ...base, "--slug", "Not A Slug")).toBe(2);
    expect(err).toEqual([
      "import: unknown option --verbose (run with --help for usage)",
      "import: missing --story <id> (run with --help for usage)",
      'import: --slug must be lower-case letters, digits and single hyphens, got "Not A Slug"',
    ]);
  });

  it("prints usage on --help", async () => {
    expect(await run("--help")).toBe(0);
    expect(out[0]).toMatch(/^Usage: /u);
  });

  it("strips custom patterns and names the outlet from promo lines", async () => {
    writeFileSync(
      path.join(dir, "raw", "in.txt"),
      "Head\nHead\nText one.\nAdvertisement\n👉 Follow Daily Wire Service on Telegram\nText two.",
    );
    expect(await run("raw/in.txt", ...base, "--strip", "^Text one", "--slug", "x")).toBe(0);
    const { frontMatter } = splitFrontMatter(read(path.join(dir, "content", "articles", "x.md")));
    const meta = articleSchema.parse(frontMatter);
    expect(meta.outlet).toBe("Daily Wire Service");
    expect(meta.removed.map((line) => line.reason)).toEqual([
      "headline, moved to title",
      "repeated headline",
      "matched --strip /^Text one/",
      "advertisement marker",
      "promotional line",
    ]);
  });
});

describe("CLI: spawned", () => {
  it(
    "runs as a script through tsx",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "importer-spawn-"));
      try {
        writeFileSync(path.join(dir, "in.txt"), read(SEED_003));
        const tsx = path.join(REPO, "node_modules", ".bin", "tsx");
        const script = path.join(REPO, "scripts", "import.ts");
        const ok = spawnSync(
          tsx,
          [script, "in.txt", "--story", STORY, "--date", "2025-08-17", "--title", SEED_003_TITLE],
          {
            cwd: dir,
            encoding: "utf8",
          },
        );
        expect(ok.stderr).toBe("");
        expect(ok.status).toBe(0);
        const slug = "putin-agrees-to-let-ukraines-allies-offer-nato-like-security-guarantees-witkoff";
        expect(ok.stdout.split("\n")[0]).toBe(`Wrote content/articles/${slug}.md and content/sources/${slug}.txt`);
        expect(existsSync(path.join(dir, "content", "articles", `${slug}.md`))).toBe(true);

        const failed = spawnSync(tsx, [script, "missing.txt", "--story", STORY, "--date", "2025-08-17"], {
          cwd: dir,
          encoding: "utf8",
        });
        expect(failed.status).toBe(1);
        expect(failed.stderr).toBe("import: cannot read missing.txt: no such file\n");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    spawnTimeout(2),
  );
});

describe("splitLines", () => {
  it("splits on every line ending and trims each line", () => {
    expect(splitLines("a  \r\n b\rc\n")).toEqual(["a", "b", "c", ""]);
  });
});
