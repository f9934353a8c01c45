import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own (published on Monday 2026-03-09): money that "falls away" ("fallen … weg",
// the separable "wegfallen") is cut, also when a quotation closes on the amount; money given away is not.

describe("money falling away is a cut of spending", () => {
  test.each([
    { language: "de", text: "Bei den Musikschulen fallen 35 Millionen Euro weg.", expected: ["spending/change [-35000000, -35000000] EUR"] },
    { language: "de", text: "Beim Nahverkehr fielen „höchstens 60 Millionen Euro“ weg.", expected: ["spending/change [-60000000, 0] EUR"] },
    // Given away, not cut: "weg" without a verb of falling.
    { language: "de", text: "Die Stiftung gab 35 Millionen Euro weg.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// An infinitive or a gerund of cutting after a verb of intent: the amount is a cut all the same.
describe("money a government plans to save or cut is a fall in spending", () => {
  test.each([
    { text: "The government plans to save €90m in public administration.", expected: ["spending/change [-90000000, -90000000] EUR"] },
    { text: "Ministers want to trim €40m from the roads programme.", expected: ["spending/change [-40000000, -40000000] EUR"] },
  ] as const)("en: $text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
