import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/lib/content-error.ts";
import {
  checkPublishedIds,
  formatPublishedIds,
  parsePublishedIds,
  publishIds,
} from "../../src/lib/claims/published-ids.ts";

const FILE = "content/published-claims.txt";
const claims = [
  { id: "plan-agreed", redirectFrom: [] },
  { id: "leaders-met", redirectFrom: ["berg-dahl-meeting"] },
];

describe("published claim ids", () => {
  it("reads one id per line, skipping blank lines and comments", () => {
    expect(parsePublishedIds("# published claims\nleaders-met\n\n  plan-agreed  \r\n")).toEqual([
      "leaders-met",
      "plan-agreed",
    ]);
  });

  it("writes the list sorted, without duplicates, one id per line", () => {
    expect(formatPublishedIds(["plan-agreed", "leaders-met", "plan-agreed"])).toBe("leaders-met\nplan-agreed\n");
    expect(formatPublishedIds([])).toBe("");
  });

  it("publish new ids beside the listed ones, never dropping one, and say which were added", () => {
    expect(publishIds(["old-claim", "leaders-met"], ["plan-agreed", "leaders-met", "plan-agreed"])).toEqual({
      text: "leaders-met\nold-claim\nplan-agreed\n",
      added: ["plan-agreed"],
    });
  });

  it("accept an id that is a claim or a claim's former id", () => {
    expect(() => checkPublishedIds(claims, ["berg-dahl-meeting", "leaders-met", "plan-agreed"], FILE)).not.toThrow();
  });

  it("fail naming the file, each vanished id and the fix", () => {
    let error: unknown;
    try {
      checkPublishedIds(claims, ["critics-vague", "leaders-met", "talks-two-hours"], FILE);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatchInlineSnapshot(`
      "2 content problems:
      - content/published-claims.txt → critics-vague: claim "critics-vague" was published at /claims/critics-vague/ but no claim has this id or lists it in redirectFrom
        Fix: add \`redirectFrom: [critics-vague]\` to the claim that replaces it, or restore the claim
      - content/published-claims.txt → talks-two-hours: claim "talks-two-hours" was published at /claims/talks-two-hours/ but no claim has this id or lists it in redirectFrom
        Fix: add \`redirectFrom: [talks-two-hours]\` to the claim that replaces it, or restore the claim"
    `);
  });
});
