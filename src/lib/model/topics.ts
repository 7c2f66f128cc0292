import { paths } from "../../config.ts";
import type { ContentProblem } from "../content-error.ts";
import { slugify } from "../slug.ts";
import type { SiteClaim } from "./types.ts";

/**
 * Problems with topics as filter pages: each topic of a story gets the page
 * `/stories/<story>/topic/<slug>/`, so its slug must not be empty (a topic
 * in a script without Latin letters, such as "日本語") and two different
 * topics of one story must not share a slug ("Security guarantees" and
 * "security guarantees!"), or one page would silently hide the other's claims.
 */
export function topicProblems(claims: Iterable<Pick<SiteClaim, "topic" | "story" | "file">>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, { topic: string; file: string }>();
  for (const claim of claims) {
    const slug = slugify(claim.topic);
    if (slug === "") {
      problems.push({
        file: claim.file,
        field: "topic",
        problem: `topic "${claim.topic}" has no Latin letter or digit, so its filter page has no URL`,
        fix: 'write the topic with Latin letters or digits (add a transliteration, e.g. "Nihongo (日本語)")',
      });
      continue;
    }
    const key = paths.storyFilter(claim.story, "topic", slug);
    const owner = owners.get(key);
    if (owner === undefined) owners.set(key, { topic: claim.topic, file: claim.file });
    else if (owner.topic !== claim.topic) {
      problems.push({
        file: claim.file,
        field: "topic",
        problem: `topic "${claim.topic}" and topic "${owner.topic}" of ${owner.file} would share the filter page ${key}`,
        fix: `spell both topics exactly alike ("${owner.topic}"), or make them differ in letters or digits`,
      });
    }
  }
  return problems;
}
