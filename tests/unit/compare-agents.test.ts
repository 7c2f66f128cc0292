import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { agentOf } from "../../src/lib/compare/align/agents.ts";
import { attributionMask } from "../../src/lib/compare/align/attribution.ts";
import { tokenize } from "../../src/lib/compare/align/nlp.ts";
import { suggestClaims } from "../../src/lib/compare/align/suggest.ts";
import { isAgentNoun } from "../../src/lib/compare/align/wordnet.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";

const agent = (text: string) => {
  const tokens = tokenize(text);
  const found = agentOf(tokens, attributionMask(tokens));
  return found === undefined ? undefined : `${found.text} → ${found.verb}`;
};

describe("who did it", () => {
  it("knows the nouns that can act: people and groups of them", () => {
    expect(["police", "firefighter", "crew", "union", "council", "army", "volunteer"].every(isAgentNoun)).toBe(true);
    expect(["fire", "ship", "storm", "walkout", "flood"].some(isAgentNoun)).toBe(false);
  });

  it("reads the subject of the main verb, an apposition skipped and the attribution left out", () => {
    expect(agent("Police went from door to door to move residents out, a spokesman for the county force said.")).toBe(
      "police → go",
    );
    expect(agent("Lifeboat crews from Kelmor took the passengers off in small boats.")).toBe("lifeboat crews → take");
    expect(agent("The union, Chemical and Allied Workers, called a walkout for Wednesday.")).toBe("the union → call");
  });

  it("reads the agent after 'by', in a passive or a reduced relative clause", () => {
    expect(agent("Residents were evacuated by soldiers overnight.")).toBe("soldiers → evacuate");
    expect(agent("The walkout called by the works council will go ahead on 6 June.")).toBe("the works council → call");
  });

  it("finds no agent where the subject cannot act, or a passive names no one", () => {
    expect(agent("The fire broke out in a solvent store.")).toBeUndefined();
    expect(agent("Residents were evacuated overnight.")).toBeUndefined();
  });

  it("proposes two agents of one doing as a difference of who did it", () => {
    const report = (id: string, label: string, text: string) => ({ id, label, blocks: parseArticle(text).blocks });
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "Volunteer firefighters evacuated the village of Keld on Sunday night."),
        report("b", "Harbour Daily", "Soldiers evacuated the village of Keld on Sunday night."),
      ],
      findDetails: siteDetailFinder(),
    });
    expect(suggestions.find((s) => s.accounts.size === 2)).toMatchObject({
      status: "differ",
      note: "Volunteer firefighters vs. soldiers (Quay Post vs. Harbour Daily)",
    });
  });

  it("proposes no difference for one agent named two ways", () => {
    const report = (id: string, label: string, text: string) => ({ id, label, blocks: parseArticle(text).blocks });
    const suggestions = suggestClaims({
      reports: [
        report("a", "Quay Post", "Workers walked out of the Keld mill on Monday."),
        report("b", "Harbour Daily", "Employees walked out of the Keld mill on Monday."),
      ],
      findDetails: siteDetailFinder(),
    });
    expect(suggestions.find((s) => s.accounts.size === 2)?.status).toBe("agree");
  });
});
