import { describe, expect, it } from "vitest";
import { idWords } from "../../src/lib/text/id-words.ts";
import { languageAttributes, languageOfScript, textDirection } from "../../src/lib/text/language.ts";
import { splitSentences } from "../../src/lib/text/sentences.ts";
import { slugWords } from "../../src/lib/slug.ts";

const texts = (input: string): string[] => splitSentences(input).map((span) => span.text);

describe("sentences in any script", () => {
  it.each([
    [
      "Arabic, after . and ؟",
      "قال الوزير إن السفن ستبحر. هل ستعود؟ نعم!",
      ["قال الوزير إن السفن ستبحر.", "هل ستعود؟", "نعم!"],
    ],
    ["Hebrew", "הספינות הפליגו. הנמל נפתח.", ["הספינות הפליגו.", "הנמל נפתח."]],
    ["Chinese, without spaces", "渡轮周二恢复夜间航行。工会表示满意！", ["渡轮周二恢复夜间航行。", "工会表示满意！"]],
    [
      "Japanese, before a quote",
      "運航を再開した。「よかった」と彼は言った。",
      ["運航を再開した。", "「よかった」と彼は言った。"],
    ],
    ["Chinese, after a closing quote", "他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]],
    ["Hindi, after ।", "बंदरगाह खुला। जहाज़ रवाना हुए।", ["बंदरगाह खुला।", "जहाज़ रवाना हुए।"]],
    [
      "German, „…“ opening and closing sentences",
      "„Wir bleiben“, sagte sie. „Das ist klar.“ Dann ging sie.",
      ["„Wir bleiben“, sagte sie.", "„Das ist klar.“", "Dann ging sie."],
    ],
  ])("splits %s", (_, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps the rules of cased scripts: abbreviations, a lower-case word after ?, a figure after a stop", () => {
    expect(texts("The U.S. envoy met Mr. Smith. Then 12 ships left. Why? he asked.")).toEqual([
      "The U.S. envoy met Mr. Smith.",
      "Then 12 ships left.",
      "Why? he asked.",
    ]);
  });

  it("loses no character in mixed scripts", () => {
    const input = "Ferries sail. السفن تبحر. 渡轮航行。 „Ja.“ Done.";
    const spans = splitSentences(input);
    expect(
      spans
        .map((span) => span.text)
        .join("")
        .replace(/\s/gu, ""),
    ).toBe(input.replace(/\s/gu, ""));
    for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("id words in any script", () => {
  it("gives Latin text its slug words, so existing ids stay", () => {
    const sentence = "Zelenskyj’s “U.S.” envoy — Café 2025!";
    expect(idWords(sentence)).toEqual(slugWords(sentence));
  });

  it("finds words of scripts without spaces, and keeps them in their script", () => {
    expect(idWords("渡轮周二恢复夜间航行。")).toEqual(["渡轮", "周二", "恢复", "夜间", "航行"]);
    expect(idWords("قال الوزير إن السفن ستبحر.")).toEqual(["قال", "الوزير", "إن", "السفن", "ستبحر"]);
    expect(idWords("Путин ответил: «Нет», Reuters")).toEqual(["путин", "ответил", "нет", "reuters"]);
  });

  it("names a sentence without words by its characters, not its position", () => {
    expect(idWords("😀 🚢!")).toEqual(["1f600", "1f6a2", "21"]);
    expect(idWords("— …")).toEqual(["2014", "2026"]);
  });
});

describe("languages and directions", () => {
  it.each([
    ["Ferries sail.", "en"],
    ["السفن تبحر.", "ar"],
    ["کشتی‌ها حرکت کردند", "fa"],
    ["הספינות מפליגות.", "he"],
    ["渡轮周二恢复夜间航行。", "zh"],
    ["フェリーが運航を再開した。", "ja"],
    ["Паромы вышли.", "ru"],
    ["Пороми вийшли з порту в Одесі.", "uk"],
    ["Οι πορθμείς έφυγαν.", "el"],
  ])("tells %j is %s by its script", (text, language) => {
    expect(languageOfScript(text)).toBe(language);
  });

  it("tells nothing from a text without letters", () => {
    expect(languageOfScript("2025 — 17:43")).toBeUndefined();
  });

  it.each([
    ["ar", "rtl"],
    ["he-IL", "rtl"],
    ["fa", "rtl"],
    ["ur", "rtl"],
    ["en", "ltr"],
    ["zh-Hans", "ltr"],
  ])("writes %s %s", (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });

  it("marks text not in the site's language with lang and dir, and English with neither", () => {
    expect(languageAttributes("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(languageAttributes("de")).toEqual({ lang: "de", dir: "ltr" });
    expect(languageAttributes("en")).toEqual({});
  });
});
