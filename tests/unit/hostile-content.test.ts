/**
 * Hostile or careless content (issue 14): every payload that must not reach
 * a page is refused by the same proof that `astro build` and
 * `npm run check:content` run, naming the file, the field and the fix.
 * Each case is a folder of tests/fixtures/content/hostile-refused/, laid
 * over the basic corpus and loaded through the real loader.
 */
import { describe, expect, it } from "vitest";
import { proveContentDir } from "../../src/lib/model/prove-site.ts";
import { refusedCases, refusedCorpus } from "./helpers/hostile-corpus.ts";

const prove = (name: string) => () => proveContentDir(refusedCorpus(name));

describe("content the build refuses", () => {
  it("has a test below for every case folder", () => {
    expect(refusedCases()).toEqual([
      "alias-only-combining-mark",
      "ambiguous-text-fragment",
      "bad-redirect-ids",
      "capitalised-extension",
      "colliding-topics",
      "draft-placeholders",
      "impossible-dates",
      "non-latin-topic",
      "proto-account-key",
      "reserved-file-name",
      "rtl-override",
      "script-source-url",
      "unknown-note-reference",
      "vanished-published-id",
    ]);
  });

  it("an alias that folds to nothing (it hung the build)", () => {
    expect(prove("alias-only-combining-mark")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/alias-only-combining-mark/people/anna-berg.yaml → aliases[1]: "́" (U+0301) has no letter or digit once accents are removed, so no text can ever match it
        Fix: correct \`aliases[1]\` in the file]
    `);
  });

  it("a sourceUrl that is not http or https", () => {
    expect(prove("script-source-url")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/script-source-url/articles/second-report.md → sourceUrl: "javascript:alert(document.domain)//" is not an http:// or https:// address
        Fix: correct \`sourceUrl\` in the front matter]
    `);
  });

  it("redirectFrom values that are not ids (markup, paths, encoded paths, reserved names)", () => {
    expect(prove("bad-redirect-ids")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 5 content problems:
      - tmp/hostile-refused/bad-redirect-ids/claims/critics-vague.yaml → redirectFrom[0]: "x"><svg onload=alert(1)>" is not a valid id (ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor)
        Fix: correct \`redirectFrom[0]\` in the file
      - tmp/hostile-refused/bad-redirect-ids/claims/critics-vague.yaml → redirectFrom[1]: ".." is not a valid id (ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor)
        Fix: correct \`redirectFrom[1]\` in the file
      - tmp/hostile-refused/bad-redirect-ids/claims/critics-vague.yaml → redirectFrom[2]: "a/b" is not a valid id (ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor)
        Fix: correct \`redirectFrom[2]\` in the file
      - tmp/hostile-refused/bad-redirect-ids/claims/critics-vague.yaml → redirectFrom[3]: "%2e%2e%2fz" is not a valid id (ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor)
        Fix: correct \`redirectFrom[3]\` in the file
      - tmp/hostile-refused/bad-redirect-ids/claims/critics-vague.yaml → redirectFrom[4]: "constructor" is a reserved name (ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor)
        Fix: correct \`redirectFrom[4]\` in the file]
    `);
  });

  it("a topic without Latin letters or digits (its filter page had no URL)", () => {
    expect(prove("non-latin-topic")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/non-latin-topic/claims/critics-vague.yaml → topic: topic "日本語" has no Latin letter or digit, so its filter page has no URL
        Fix: write the topic with Latin letters or digits (add a transliteration, e.g. "Nihongo (日本語)")]
    `);
  });

  it("two topics that would share one filter page", () => {
    expect(prove("colliding-topics")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/colliding-topics/claims/critics-vague.yaml → topic: topic "meeting!" and topic "Meeting" of tmp/hostile-refused/colliding-topics/claims/leaders-met.yaml would share the filter page /stories/summit/topic/meeting/
        Fix: spell both topics exactly alike ("Meeting"), or make them differ in letters or digits]
    `);
  });

  it("a draft's placeholders, moved into content/claims/ unrewritten (a topic page “To review” was published)", () => {
    expect(prove("draft-placeholders")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 3 content problems:
      - tmp/hostile-refused/draft-placeholders/claims/plan-agreed.yaml → title: "To review: We agreed on a plan" is a draft's placeholder, not yet rewritten by an editor
        Fix: write the claim's statement in neutral words, without the “To review:” mark
      - tmp/hostile-refused/draft-placeholders/claims/plan-agreed.yaml → topic: "To review" is a draft's placeholder, not yet rewritten by an editor
        Fix: give the topic the story's related claims share (e.g. “Security guarantees”)
      - tmp/hostile-refused/draft-placeholders/claims/plan-agreed.yaml → accounts.first-report.summary: "To review: The report says: "We agreed on a plan," said Berg's aide." is a draft's placeholder, not yet rewritten by an editor
        Fix: write one line saying what this report says on the claim, without the “To review:” mark]
    `);
  });

  it("a note naming a report that is not one of the story's", () => {
    expect(prove("unknown-note-reference")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/unknown-note-reference/claims/leaders-met.yaml → note: "[[first-reprot]]" names no report of story "summit"
        Fix: write [[article-id]] with the id of one of the story's reports: first-report, second-report]
    `);
  });

  it("a file named after a property every object has", () => {
    expect(prove("reserved-file-name")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/reserved-file-name/articles/constructor.md → (file name): "constructor" is a reserved name
        Fix: use lower-case letters, digits and single hyphens, e.g. witkoff-says-putin-agreed, and not a reserved name (constructor, prototype, __proto__)]
    `);
  });

  it("an account keyed __proto__ (it was dropped without a word)", () => {
    expect(prove("proto-account-key")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/proto-account-key/claims/critics-vague.yaml → accounts.__proto__: "__proto__" is a reserved name (ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor)
        Fix: correct \`accounts.__proto__\` in the file]
    `);
  });

  it("dates that are not ISO or do not exist, naming each date and field (also issue 12)", () => {
    expect(prove("impossible-dates")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 3 content problems:
      - tmp/hostile-refused/impossible-dates/stories/summit.yaml → date: "Aug 17" is not an ISO date: write it as YYYY-MM-DD (e.g. 2025-08-17)
        Fix: correct \`date\` in the file
      - tmp/hostile-refused/impossible-dates/articles/first-report.md → published: "2025-13-45" is written as an ISO date (YYYY-MM-DD) but no such day exists
        Fix: correct \`published\` in the front matter
      - tmp/hostile-refused/impossible-dates/articles/second-report.md → published: "2025-02-30" is written as an ISO date (YYYY-MM-DD) but no such day exists
        Fix: correct \`published\` in the front matter]
    `);
  });

  it("right-to-left overrides, which show a verbatim text reversed", () => {
    expect(prove("rtl-override")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 2 content problems:
      - tmp/hostile-refused/rtl-override/articles/second-report.md → (text, line 8): contains U+202E RIGHT-TO-LEFT OVERRIDE, which shows the text after it reversed: "Berg and Dahl met in Bergen. They nalp a no deerga. The talk"
        Fix: delete the character (it is invisible in most editors: search for it by its code)
      - tmp/hostile-refused/rtl-override/claims/critics-vague.yaml → accounts.first-report.summary: contains U+202E RIGHT-TO-LEFT OVERRIDE, which shows the text after it reversed: "Critics found it eugav."
        Fix: delete the character (it is invisible in most editors: search for it by its code)]
    `);
  });

  it("a content file whose extension is not lower case (it was skipped)", () => {
    expect(prove("capitalised-extension")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/capitalised-extension/places/tromso.YAML → (file name): the extension ".YAML" is not lower case, so the file would be skipped
        Fix: rename it to tromso.yaml]
    `);
  });

  it("a quote that no text fragment can single out in the original", () => {
    expect(prove("ambiguous-text-fragment")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/ambiguous-text-fragment/claims/critics-vague.yaml → accounts.first-report.quotes[0]: no text fragment singles out “Critics called the plan vague.”: the passage and the words around it occur more than once in the article, so no link to the original (https://news.example/leaders-agree) can point at it
        Fix: quote a longer passage, or one whose surrounding words differ from its repetitions]
    `);
  });

  it("a published claim id that no claim answers for any more (check:content once let it pass)", () => {
    expect(prove("vanished-published-id")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/vanished-published-id/published-claims.txt → talks-lasted-long: claim "talks-lasted-long" was published at /claims/talks-lasted-long/ but no claim has this id or lists it in redirectFrom
        Fix: add \`redirectFrom: [talks-lasted-long]\` to the claim that replaces it, or restore the claim]
    `);
  });
});
