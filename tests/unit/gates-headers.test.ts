import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Headers the `/*` rule of public/_headers sets, by lower-case name. */
function headersForAllPaths(): Map<string, string> {
  const headers = new Map<string, string>();
  let inAllPaths = false;
  for (const line of readFileSync("public/_headers", "utf8").split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    // A path rule starts at column 0; its headers are indented below it.
    if (!/^\s/u.test(line)) {
      inAllPaths = line.trim() === "/*";
      continue;
    }
    const colon = line.indexOf(":");
    if (inAllPaths && colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

describe("public/_headers", () => {
  it("sends the security headers a meta CSP cannot carry on every path", () => {
    const headers = headersForAllPaths();
    expect(headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=(), interest-cohort=()");
  });
});
