import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { htmlGatePasses } from "../../scripts/lib/gates/html-verdict.ts";

const PAGE =
  '<!doctype html><html lang="en"><head><title>T</title></head><body><p style="color: red">x</p></body></html>';

describe("the HTML gate", () => {
  it("fails on a warning, not only on an error", async () => {
    const warned = await new HtmlValidate({ rules: { "no-inline-style": "warn" } }).validateString(PAGE);
    expect([warned.errorCount, warned.warningCount]).toEqual([0, 1]);
    expect(htmlGatePasses(warned)).toBe(false);
    const erred = await new HtmlValidate({ rules: { "no-inline-style": "error" } }).validateString(PAGE);
    expect(htmlGatePasses(erred)).toBe(false);
    const clean = await new HtmlValidate({ rules: { "no-inline-style": "off" } }).validateString(PAGE);
    expect(htmlGatePasses(clean)).toBe(true);
  });
});
