import { cosine } from "../align/score.ts";
import { tokenize } from "../align/nlp.ts";

/**
 * The plain baseline the engine must beat: TF-IDF cosine over lower-case
 * words (stop words out), every cross-report sentence pair at or above one
 * threshold is linked. No lemmas, no details, no competition between pairs.
 */
export function baselinePairs(
  sentences: readonly { readonly key: string; readonly report: string; readonly text: string }[],
  threshold: number,
): Set<string> {
  const bags = sentences.map((s) => {
    const bag = new Map<string, number>();
    for (const t of tokenize(s.text))
      if ((t.kind === "word" || t.kind === "number") && !t.stop)
        bag.set(t.text.toLowerCase(), (bag.get(t.text.toLowerCase()) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const word of bag.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = bags.map(
    (bag) => new Map([...bag].map(([w, n]) => [w, n * Math.log(sentences.length / (df.get(w) ?? 1))])),
  );
  const pairs = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const a = sentences[i] as (typeof sentences)[number];
      const b = sentences[j] as (typeof sentences)[number];
      if (a.report === b.report) continue;
      if (cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>) >= threshold)
        pairs.add(a.key < b.key ? `${a.key}\n${b.key}` : `${b.key}\n${a.key}`);
    }
  }
  return pairs;
}
