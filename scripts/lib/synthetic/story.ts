/**
 * A synthetic story for timing the alignment engine: `reports` reports of
 * `sentences` sentences each about one cast, from a seed (deterministic).
 */
import { parseArticle } from "../../../src/lib/article/render-article.ts";
import type { ReportInput } from "../../../src/lib/compare/align/suggest.ts";
import { createRandom, inventName, makeSentence, OUTLETS, THEMES } from "./text.ts";

/** Reports sharing a cast and a theme, three sentences per paragraph. */
export function syntheticStory(reports: number, sentences: number, seed: number): ReportInput[] {
  const random = createRandom(seed);
  const people = Array.from({ length: 4 }, () => `${inventName(random)} ${inventName(random)}`);
  const cast = {
    mention: (i: number) => people[i] as string,
    people: people.length,
    places: [inventName(random), inventName(random)],
    theme: random.pick(THEMES),
  };
  return Array.from({ length: reports }, (_, r) => {
    const texts = Array.from({ length: sentences }, () => makeSentence(random, cast).text);
    const paragraphs: string[] = [];
    for (let i = 0; i < texts.length; i += 3) paragraphs.push(texts.slice(i, i + 3).join(" "));
    return {
      id: `report-${r + 1}`,
      label: OUTLETS[r % OUTLETS.length] as string,
      blocks: parseArticle(paragraphs.join("\n\n")).blocks,
    };
  });
}
