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
      "ambiguous-names",
      "ambiguous-text-fragment",
      "bad-redirect-ids",
      "bidi-controls",
      "blank-fields",
      "capitalised-extension",
      "colliding-topics",
      "draft-placeholders",
      "edited-after-import",
      "empty-articles-and-stories",
      "every-problem-at-once",
      "folders-in-content",
      "impossible-dates",
      "misspelt-keys",
      "non-latin-topic",
      "proto-account-key",
      "quote-inside-word",
      "repeated-ids",
      "reserved-file-name",
      "rtl-override",
      "script-source-url",
      "timestamp-tags",
      "unhelpful-quote-messages",
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

  it("YAML tags cannot make a date the schema trusts; years before 1000 are named (issue 21)", () => {
    expect(prove("timestamp-tags")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 3 content problems:
      - tmp/hostile-refused/timestamp-tags/stories/summit.yaml → date: "2025-02-30" is written as an ISO date (YYYY-MM-DD) but no such day exists
        Fix: correct \`date\` in the file
      - tmp/hostile-refused/timestamp-tags/articles/first-report.md → published: "2025-08-17T23:30:00-05:00" is not an ISO date: write it as YYYY-MM-DD (e.g. 2025-08-17)
        Fix: correct \`published\` in the front matter
      - tmp/hostile-refused/timestamp-tags/articles/second-report.md → published: "0099-01-01" has the year 0099, before 1000: write the full four-digit year, as YYYY-MM-DD (e.g. 2025-08-17)
        Fix: correct \`published\` in the front matter]
    `);
  });

  it("every bidi control, raw, escaped in YAML or as a character reference, in any field (issue 21)", () => {
    expect(prove("bidi-controls")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 6 content problems:
      - tmp/hostile-refused/bidi-controls/articles/second-report.md → title: contains U+2067 RIGHT-TO-LEFT ISOLATE, which can show the text around it in another order than it is written: "Plan agreed in Bergen"
        Fix: delete the character (it is invisible in most editors: search for it by its code)
      - tmp/hostile-refused/bidi-controls/articles/second-report.md → (text, line 8): contains U+202E RIGHT-TO-LEFT OVERRIDE (written &#x202E;), which shows the text after it reversed: "…greed on a plan. The vote was 12 - 3 against."
        Fix: delete the reference
      - tmp/hostile-refused/bidi-controls/articles/second-report.md → (text, line 10): contains U+202B RIGHT-TO-LEFT EMBEDDING, which can show the text around it in another order than it is written: "The talks lasted two hours."
        Fix: delete the character (it is invisible in most editors: search for it by its code)
      - tmp/hostile-refused/bidi-controls/articles/second-report.md → (text, line 12): contains U+202D LEFT-TO-RIGHT OVERRIDE (written &#8237;), which shows the text after it reversed: "Critics said little."
        Fix: delete the reference
      - tmp/hostile-refused/bidi-controls/claims/critics-vague.yaml → accounts.first-report.summary: contains U+202A LEFT-TO-RIGHT EMBEDDING, which can show the text around it in another order than it is written: "Critics found it vague."
        Fix: delete the character (it is invisible in most editors: search for it by its code)
      - tmp/hostile-refused/bidi-controls/people/carl-dahl.yaml → role: contains U+2066 LEFT-TO-RIGHT ISOLATE (written &#x2066;), which can show the text around it in another order than it is written: "Foreign minister"
        Fix: delete the reference]
    `);
  });

  it("a quote that begins or ends inside a word (issue 21)", () => {
    expect(prove("quote-inside-word")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 2 content problems:
      - tmp/hostile-refused/quote-inside-word/claims/critics-vague.yaml → accounts.first-report.quotes[0]: quote begins or ends inside a word: "ritics called the plan vague." is only found within "Critics called the plan vague."
        Fix: quote whole words: begin and end the quote where the article's words begin and end
      - tmp/hostile-refused/quote-inside-word/claims/talks-two-hours.yaml → accounts.first-report.quotes[0]: quote begins or ends inside a word: "The talks lasted two hour" is only found within "The talks lasted two hours"
        Fix: quote whole words: begin and end the quote where the article's words begin and end]
    `);
  });

  it("misspelt or unknown keys, each with the field it may have meant (they were dropped without a word)", () => {
    expect(prove("misspelt-keys")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 6 content problems:
      - tmp/hostile-refused/misspelt-keys/articles/second-report.md → sourceURL: "sourceURL" is not a field here, so it would be ignored (fields here: story, outlet, title, titleInferred, published, publishedInferred, language, sourceUrl, importedFrom, publishedFrom, dateline, removed)
        Fix: did you mean \`sourceUrl\`? Rename \`sourceURL:\` to \`sourceUrl:\`
      - tmp/hostile-refused/misspelt-keys/claims/leaders-met.yaml → accounts.first-report.speakr: "speakr" is not a field here, so it would be ignored (fields here: quotes, summary, speaker, direct)
        Fix: did you mean \`speaker\`? Rename \`speakr:\` to \`speaker:\`
      - tmp/hostile-refused/misspelt-keys/claims/leaders-met.yaml → accounts.second-report.confidence: "confidence" is not a field here, so it would be ignored (fields here: quotes, summary, speaker, direct)
        Fix: remove \`confidence:\` from the file
      - tmp/hostile-refused/misspelt-keys/claims/leaders-met.yaml → peple: "peple" is not a field here, so it would be ignored (fields here: story, title, topic, people, places, status, note, redirectFrom, accounts)
        Fix: did you mean \`people\`? Rename \`peple:\` to \`people:\`
      - tmp/hostile-refused/misspelt-keys/claims/leaders-met.yaml → notes: "notes" is not a field here, so it would be ignored (fields here: story, title, topic, people, places, status, note, redirectFrom, accounts)
        Fix: did you mean \`note\`? Rename \`notes:\` to \`note:\`
      - tmp/hostile-refused/misspelt-keys/claims/leaders-met.yaml → redirectsFrom: "redirectsFrom" is not a field here, so it would be ignored (fields here: story, title, topic, people, places, status, note, redirectFrom, accounts)
        Fix: did you mean \`redirectFrom\`? Rename \`redirectsFrom:\` to \`redirectFrom:\`]
    `);
  });

  it("folders and other files inside a collection folder, by name (they were skipped, or crashed the check)", () => {
    expect(prove("folders-in-content")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 3 content problems:
      - tmp/hostile-refused/folders-in-content/claims/archive → (file name): is a folder: tmp/hostile-refused/folders-in-content/claims/ is read without its sub-folders, so nothing in it would be published
        Fix: move its files into tmp/hostile-refused/folders-in-content/claims/ (or out of the content folder), then delete the folder
      - tmp/hostile-refused/folders-in-content/claims/extra.yaml → (file name): is a folder: tmp/hostile-refused/folders-in-content/claims/ is read without its sub-folders, so nothing in it would be published
        Fix: move its files into tmp/hostile-refused/folders-in-content/claims/ (or out of the content folder), then delete the folder
      - tmp/hostile-refused/folders-in-content/claims/notes.txt → (file name): is not a content file (.md, .yaml, .yml), so it would be skipped
        Fix: rename it with one of those extensions, or move it out of tmp/hostile-refused/folders-in-content/claims/]
    `);
  });

  it("every problem of every file in one run: syntax, schema, reference and quote alike", () => {
    expect(prove("every-problem-at-once")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 6 content problems:
      - tmp/hostile-refused/every-problem-at-once/claims/critics-vague.yaml → title: is required but missing
        Fix: add \`title:\` to the file
      - tmp/hostile-refused/every-problem-at-once/people/carl-dahl.yaml → role: is required but missing
        Fix: add \`role:\` to the file
      - tmp/hostile-refused/every-problem-at-once/places/oslo.yaml → (syntax): Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1
        Fix: correct the YAML syntax
      - tmp/hostile-refused/every-problem-at-once/claims/plan-agreed.yaml → people[1]: unknown person "erik-lund"
        Fix: add content/people/erik-lund.yaml or use an existing person id
      - tmp/hostile-refused/every-problem-at-once/claims/talks-two-hours.yaml → accounts.first-report.quotes[0]: quote not found in article "first-report": "The talks lasted three hours."
        Closest passage: "The talks lasted two hours."
        Fix: copy the passage verbatim from the article (only quote marks and spaces may differ)
      - tmp/hostile-refused/every-problem-at-once/claims/talks-two-hours.yaml → accounts.second-report.quotes[0]: quote not found in article "second-report": "The talks lasted three hours."
        Closest passage: "The talks lasted two hours."
        Fix: copy the passage verbatim from the article (only quote marks and spaces may differ)]
    `);
  });

  it("quotes that are not found for a reason it can name: Unicode form, empty, heading, two paragraphs", () => {
    expect(prove("unhelpful-quote-messages")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 4 content problems:
      - tmp/hostile-refused/unhelpful-quote-messages/claims/decomposed-quote.yaml → accounts.first-report.quotes[0]: quote not found as written: it writes "é" decomposed (U+0065 U+0301), the article composed (U+00E9)
        Fix: retype "é" in the quote, or copy the passage from the article again (the two must write accented letters in the same Unicode form)
      - tmp/hostile-refused/unhelpful-quote-messages/claims/empty-quote.yaml → accounts.first-report.quotes[0]: the quote is empty once invisible characters are removed (U+200B U+0020)
        Fix: copy a passage of the article into the quote
      - tmp/hostile-refused/unhelpful-quote-messages/claims/heading-quote.yaml → accounts.first-report.quotes[0]: the quote is heading text ("Reactions"); a heading is no sentence of the report and cannot be quoted
        Fix: quote a sentence of the body instead
      - tmp/hostile-refused/unhelpful-quote-messages/claims/spanning-quote.yaml → accounts.first-report.quotes[0]: the quote runs across two paragraphs of article "first-report": "The talks lasted two hours." ends one, "They met at the" begins the next
        Fix: split it into two quotes, one per paragraph]
    `);
  });

  it("names that mean two things: ordinary words unless confirmed, a person and a place alike, mixed scripts", () => {
    expect(prove("ambiguous-names")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 6 content problems:
      - tmp/hostile-refused/ambiguous-names/people/anna-berg.yaml → name: "Аnna Berg" mixes Latin and Cyrillic letters in "Аnna" (Cyrillic: "А" U+0410), so it looks like a name it does not match
        Fix: retype the Cyrillic "А" U+0410 as Latin letters
      - tmp/hostile-refused/ambiguous-names/people/eva-may.yaml → aliases[0]: "May" is also a month, which the text may use as a word: every such use would count as a mention of this person
        Fix: if it is a name here, list it under \`caseSensitive:\` to confirm it (it is matched only as written, with its capitals); otherwise remove it
      - tmp/hostile-refused/ambiguous-names/people/eva-may.yaml → aliases[1]: "A" is also a single letter, which the text may use as a word: every such use would count as a mention of this person
        Fix: if it is a name here, list it under \`caseSensitive:\` to confirm it (it is matched only as written, with its capitals); otherwise remove it
      - tmp/hostile-refused/ambiguous-names/people/will-hart.yaml → caseSensitive[1]: "Harte" is not the name or an alias of this person
        Fix: list only names or aliases of this file, written with their capitals
      - tmp/hostile-refused/ambiguous-names/people/will-hart.yaml → caseSensitive[2]: "hart" is not the name or an alias of this person
        Fix: list only names or aliases of this file, written with their capitals
      - tmp/hostile-refused/ambiguous-names/people/lars-bergen.yaml → aliases: "Bergen" also names the place in tmp/hostile-refused/ambiguous-names/places/bergen.yaml, so mentions of it cannot be told apart
        Fix: keep "Bergen" in one of the two files only: a person and a place may not share a name (give the person a fuller spelling of its own)]
    `);
  });

  it("titles, notes, summaries and roles that are blank or only invisible characters", () => {
    expect(prove("blank-fields")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 7 content problems:
      - tmp/hostile-refused/blank-fields/stories/summit.yaml → summary: is blank: it holds only spaces or invisible characters (U+FEFF)
        Fix: write the text, or remove the field where it is optional
      - tmp/hostile-refused/blank-fields/articles/first-report.md → language: "  " is not a BCP 47 language tag: write it like en, ar, he or zh-Hant
        Fix: correct \`language\` in the front matter
      - tmp/hostile-refused/blank-fields/claims/critics-vague.yaml → title: is blank: it holds only spaces or invisible characters (U+200B)
        Fix: write the text, or remove the field where it is optional
      - tmp/hostile-refused/blank-fields/claims/leaders-met.yaml → note: is blank: it holds only spaces or invisible characters (U+0020)
        Fix: write the text, or remove the field where it is optional
      - tmp/hostile-refused/blank-fields/claims/leaders-met.yaml → accounts.first-report.summary: is empty
        Fix: write the text, or remove the field where it is optional
      - tmp/hostile-refused/blank-fields/claims/leaders-met.yaml → accounts.second-report.summary: is blank: it holds only spaces or invisible characters (U+200B U+00AD)
        Fix: write the text, or remove the field where it is optional
      - tmp/hostile-refused/blank-fields/people/carl-dahl.yaml → role: is blank: it holds only spaces or invisible characters (U+0020 U+0020)
        Fix: write the text, or remove the field where it is optional]
    `);
  });

  it("an id or quote listed twice (people: [a, a] showed a person twice)", () => {
    expect(prove("repeated-ids")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 4 content problems:
      - tmp/hostile-refused/repeated-ids/claims/leaders-met.yaml → people[2]: "anna-berg" is listed twice (also at [0])
        Fix: remove the repeat
      - tmp/hostile-refused/repeated-ids/claims/leaders-met.yaml → places[2]: "oslo" is listed twice (also at [0])
        Fix: remove the repeat
      - tmp/hostile-refused/repeated-ids/claims/leaders-met.yaml → redirectFrom[1]: "berg-met-dahl" is listed twice (also at [0])
        Fix: remove the repeat
      - tmp/hostile-refused/repeated-ids/claims/leaders-met.yaml → accounts.first-report.quotes[1]: "Anna Berg met Carl Dahl in Oslo." is listed twice (also at [0])
        Fix: remove the repeat]
    `);
  });

  it("an article with nothing to quote, and a story with no report", () => {
    expect(prove("empty-articles-and-stories")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 3 content problems:
      - tmp/hostile-refused/empty-articles-and-stories/articles/front-matter-only.md → (text): the article has no paragraph: nothing in it can be quoted or compared
        Fix: add the report's text below the front matter (npm run import writes it), or remove the article
      - tmp/hostile-refused/empty-articles-and-stories/articles/headings-only.md → (text): the article has no paragraph, only headings: nothing in it can be quoted or compared
        Fix: add the report's text below the front matter (npm run import writes it), or remove the article
      - tmp/hostile-refused/empty-articles-and-stories/stories/quiet-summit.yaml → (reports): the story has no reports: its page would compare nothing
        Fix: add its reports to content/articles/ with \`story: quiet-summit\` (npm run import -- … --story quiet-summit), or remove the story]
    `);
  });

  it("a sentence added to an imported article after the import (the build published it)", () => {
    expect(prove("edited-after-import")).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: 1 content problem:
      - tmp/hostile-refused/edited-after-import/articles/second-report.md → importedFrom: a sentence is not in tmp/hostile-refused/edited-after-import/sources/second-report.txt: "The vote was unanimous."
        Fix: remove or correct it, or, if tmp/hostile-refused/edited-after-import/sources/second-report.txt is right, re-import it (npm run import -- tmp/hostile-refused/edited-after-import/sources/second-report.txt … --force)]
    `);
  });
});
