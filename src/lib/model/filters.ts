import { paths } from "../../config.ts";
import { slugify } from "../slug.ts";
import { CLAIM_STATUSES, STATUS_TEXT } from "../status.ts";
import { must, storyClaims, storyPeople } from "./queries.ts";
import type { Site, SiteClaim, SiteStory } from "./types.ts";

/** A filter of a story's claims table, published as a page of its own so it works without JavaScript. */
export interface ClaimFilter {
  readonly kind: "status" | "person" | "topic";
  readonly value: string;
  /** Words for "claims where …". */
  readonly label: string;
  readonly url: string;
  readonly matches: (claim: SiteClaim) => boolean;
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
    matches: (claim: SiteClaim) => must(site.people, person.id).claimIds.includes(claim.id),
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
