import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { agentDifferences, agentOf } from "../../src/lib/compare/align/agents.ts";
import { attributionMask } from "../../src/lib/compare/align/attribution.ts";
import { unitFeatures, type UnitFeatures } from "../../src/lib/compare/align/features.ts";
import type { ScoredPair } from "../../src/lib/compare/align/link.ts";
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

describe("who did it, word by word", () => {
  const found = (text: string) => {
    const tokens = tokenize(text);
    return agentOf(tokens, attributionMask(tokens));
  };

  it("reads an agent that ends the text, as a headline's does", () => {
    expect(agent("Residents were evacuated by soldiers")).toBe("soldiers → evacuate");
  });

  it("reads a chunk with adjectives and figures, and past a phrase of place", () => {
    expect(agent("The local volunteers evacuated the village.")).toBe("the local volunteers → evacuate");
    expect(agent("40 firefighters evacuated the village.")).toBe("40 firefighters → evacuate");
    expect(agent("Crews from across the county arrived on Sunday.")).toBe("crews → arrive");
    expect(agent("Firefighters have evacuated the village.")).toBe("firefighters → evacuate");
  });

  it("takes the head's singular, a capitalised plural included", () => {
    expect(
      ["Deputies searched the woods.", "Guests left the hotel.", "Witnesses pulled the driver from the car."].map(
        (text) => found(text)?.head,
      ),
    ).toEqual(["deputy", "guest", "witness"]);
    expect(found("The women of Keld marched to the town hall.")).toMatchObject({ head: "woman", verb: "march" });
  });

  it("keeps the agent's words as written, only a sentence's first capital taken off", () => {
    expect(agent("The Kelmor lifeboat crew took the passengers off.")).toBe("the Kelmor lifeboat crew → take");
    expect(agent("Residents were evacuated by Kelmor lifeboat crews.")).toBe("Kelmor lifeboat crews → evacuate");
  });

  it("reads past an attribution that opens the sentence, and past a symbol", () => {
    expect(agent("A spokesman for the county force said police went from door to door.")).toBe("police → go");
    expect(agent("Firefighters 🚒 evacuated the village of Keld.")).toBe("firefighters → evacuate");
  });

  it("finds no agent without a noun that acts and a verb it does", () => {
    expect(agent("They evacuated the village overnight.")).toBeUndefined();
    expect(agent("Volunteers from Keld")).toBeUndefined();
    expect(agent("Firefighters on the scene.")).toBeUndefined();
    // "by" after a noun: a march is no verb for the dockers to do.
    expect(agent("A march by dockers blocked the quay.")).toBeUndefined();
    expect(agent("The fire was started by lightning on Sunday.")).toBeUndefined();
    expect(agent("The road was closed by then.")).toBeUndefined();
  });

  it("finds no agent in a passive of any tense, only in the subject's own verb phrase", () => {
    const passives = [
      "The crew was rescued overnight.",
      "The crew is trapped on the ship.",
      "Residents are being evacuated.",
      "Residents have been evacuated.",
      "Residents will be evacuated.",
    ];
    expect(passives.map(agent)).toEqual(passives.map(() => undefined));
    expect(agent("Soldiers evacuated the village, which was flooded.")).toBe("soldiers → evacuate");
  });
});

describe("differences of who did it", () => {
  let order = 0;
  const unit = (articleId: string, text: string): UnitFeatures => {
    const sentenceId = `s${++order}`;
    return unitFeatures(
      {
        key: `${articleId}#${sentenceId}`,
        articleId,
        sentenceId,
        sentenceIds: [sentenceId],
        text,
        order,
        tokens: tokenize(text),
        clause: false,
        offset: 0,
      },
      [],
    );
  };
  const pair = (unitA: UnitFeatures, unitB: UnitFeatures, score: number): ScoredPair => ({
    a: unitA.unit.key,
    b: unitB.unit.key,
    score,
    unitA,
    unitB,
  });
  const agents = (f: UnitFeatures) => agentOf(f.unit.tokens, f.attributed);
  const noneAlike = () => false;
  const FLOOR = 0.5;
  const differences = (pairs: ScoredPair[], alike: (a: string, b: string) => boolean = noneAlike) =>
    agentDifferences(pairs, agents, alike, FLOOR).map((d) => ({
      kind: d.kind,
      score: d.score,
      accounts: Object.fromEntries(
        [...d.accounts].map(([id, a]) => [id, `${a.unit.unit.text} | ${a.value} | ${a.key}`]),
      ),
    }));

  const police = unit("a", "Police closed the bridge.");
  const soldiers = unit("b", "Soldiers closed the bridge.");

  it("sets two agents of one doing against each other, at the floor or above", () => {
    const expected = {
      kind: "agent",
      accounts: {
        a: "Police closed the bridge. | police | police",
        b: "Soldiers closed the bridge. | soldiers | soldier",
      },
    };
    expect(differences([pair(police, soldiers, 0.7)])).toEqual([{ ...expected, score: 0.7 }]);
    expect(differences([pair(police, soldiers, FLOOR)])).toEqual([{ ...expected, score: FLOOR }]);
    expect(differences([pair(police, soldiers, FLOOR - 0.01)])).toEqual([]);
  });

  it("needs an agent on both sides", () => {
    const they = unit("b", "They closed the bridge.");
    expect(differences([pair(police, they, 0.7), pair(unit("a", "They closed the bridge."), soldiers, 0.7)])).toEqual(
      [],
    );
  });

  it("sets no one agent against itself: one head, or heads alike", () => {
    expect(differences([pair(police, unit("b", "The police closed the bridge."), 0.7)])).toEqual([]);
    expect(differences([pair(police, soldiers, 0.7)], (a, b) => a === "police" && b === "soldier")).toEqual([]);
  });

  it("needs one doing: one verb, or verbs of one sense", () => {
    expect(differences([pair(police, unit("b", "Soldiers guarded the bridge."), 0.7)])).toEqual([]);
    expect(differences([pair(unit("a", "Police shut the bridge."), soldiers, 0.7)])).toHaveLength(1);
    // A verb WordNet does not know is one doing with itself only.
    const streamed = [unit("a", "Police livestreamed the rescue."), unit("b", "Soldiers livestreamed the rescue.")];
    expect(differences([pair(streamed[0] as UnitFeatures, streamed[1] as UnitFeatures, 0.7)])).toHaveLength(1);
  });

  it("takes each unit's best pair in the other report only", () => {
    const volunteers = unit("b", "Volunteers closed the bridge.");
    // Police's best in report b is soldiers (0.9), whichever pair comes first: the weaker pair gives no difference.
    const policeAgainstSoldiers = {
      kind: "agent",
      score: 0.9,
      accounts: {
        a: "Police closed the bridge. | police | police",
        b: "Soldiers closed the bridge. | soldiers | soldier",
      },
    };
    expect(differences([pair(police, volunteers, 0.6), pair(police, soldiers, 0.9)])).toEqual([policeAgainstSoldiers]);
    expect(differences([pair(police, soldiers, 0.9), pair(police, volunteers, 0.6)])).toEqual([policeAgainstSoldiers]);
    // Soldiers' best in report a is police (0.9): the weaker pair with firefighters gives none either.
    const firefighters = unit("a", "Firefighters closed the bridge.");
    expect(differences([pair(firefighters, soldiers, 0.6), pair(police, soldiers, 0.9)])).toEqual([
      {
        kind: "agent",
        score: 0.9,
        accounts: {
          a: "Police closed the bridge. | police | police",
          b: "Soldiers closed the bridge. | soldiers | soldier",
        },
      },
    ]);
  });

  it("joins a third report's pair to the difference of a unit it shares, its first account per report kept", () => {
    const firefighters = unit("c", "Firefighters closed the bridge.");
    const volunteers = unit("c", "Volunteers closed the bridge.");
    // police–soldiers, then police–firefighters (c joins), then soldiers–volunteers: c has its account already.
    const found = differences([
      pair(police, soldiers, 0.9),
      pair(police, firefighters, 0.8),
      pair(soldiers, volunteers, 0.85),
    ]);
    expect(found).toEqual([
      {
        kind: "agent",
        score: 0.8,
        accounts: {
          a: "Police closed the bridge. | police | police",
          b: "Soldiers closed the bridge. | soldiers | soldier",
          c: "Firefighters closed the bridge. | firefighters | firefighter",
        },
      },
    ]);
  });

  it("keeps two differences of two events apart", () => {
    const crews = unit("a", "Lifeboat crews evacuated the island.");
    const volunteers = unit("b", "Volunteers evacuated the island.");
    expect(differences([pair(police, soldiers, 0.9), pair(crews, volunteers, 0.8)]).map((d) => d.accounts)).toEqual([
      { a: "Police closed the bridge. | police | police", b: "Soldiers closed the bridge. | soldiers | soldier" },
      {
        a: "Lifeboat crews evacuated the island. | lifeboat crews | crew",
        b: "Volunteers evacuated the island. | volunteers | volunteer",
      },
    ]);
    // A difference between reports b and c first: the later pair of a and b shares no unit with it.
    const firefighters = unit("c", "Firefighters closed the bridge.");
    expect(
      differences([pair(soldiers, firefighters, 0.9), pair(crews, volunteers, 0.8)]).map((d) => d.accounts),
    ).toEqual([
      {
        b: "Soldiers closed the bridge. | soldiers | soldier",
        c: "Firefighters closed the bridge. | firefighters | firefighter",
      },
      {
        a: "Lifeboat crews evacuated the island. | lifeboat crews | crew",
        b: "Volunteers evacuated the island. | volunteers | volunteer",
      },
    ]);
  });
});
