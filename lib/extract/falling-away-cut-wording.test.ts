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
