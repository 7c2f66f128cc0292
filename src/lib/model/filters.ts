import { paths } from "../../config.ts";
import { slugify } from "../slug.ts";
import { CLAIM_STATUSES, STATUS_TEXT } from "../status.ts";
import { must, storyClaims, storyPeople } from "./queries.ts";
import type { Site, SiteClaim, SitePerson, SiteStory } from "./types.ts";

/** A filter of a story's claims table, published as a page of its own so it works without JavaScript. */
export interface ClaimFilter {
  readonly kind: "status" | "person" | "topic";
  readonly value: string;
  /** Words for "claims where …". */
  readonly label: string;
  readonly url: string;
  readonly matches: (claim: SiteClaim) => boolean;
}

const claimIdSets = new WeakMap<SitePerson, ReadonlySet<string>>();

/**
 * A person's claim ids as a set, built once per person: someone in many
 * stories has thousands, and every filter page tests each claim against them.
 */
function claimIdSet(person: SitePerson): ReadonlySet<string> {
  let ids = claimIdSets.get(person);
  if (ids === undefined) claimIdSets.set(person, (ids = new Set(person.claimIds)));
  return ids;
}

/** Every filter a story offers: by status, by person involved, by topic. */
export function storyFilters(site: Site, story: SiteStory): ClaimFilter[] {
  const claims = storyClaims(site, story);
  const statuses = CLAIM_STATUSES.filter((status) => claims.some((claim) => claim.status === status)).map((status) => ({
    kind: "status" as const,
    value: status,
    label: STATUS_TEXT[status].label,
    url: paths.storyFilter(story.id, "status", status),
    matches: (claim: SiteClaim) => claim.status === status,
  }));
  const people = storyPeople(site, story).map((person) => ({
    kind: "person" as const,
    value: person.id,
    label: person.name,
    url: paths.storyFilter(story.id, "person", person.id),
    matches: (claim: SiteClaim) => claimIdSet(must(site.people, person.id)).has(claim.id),
  }));
  const topics = story.topics.map((topic) => ({
    kind: "topic" as const,
    value: slugify(topic),
    label: topic,
    url: paths.storyFilter(story.id, "topic", slugify(topic)),
    matches: (claim: SiteClaim) => claim.topic === topic,
  }));
  return [...statuses, ...people, ...topics];
}
