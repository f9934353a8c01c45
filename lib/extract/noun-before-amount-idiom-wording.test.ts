import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// An idiom of measure between a noun and its amount ("in Höhe von", "to the tune of") says how
// much, not what: the noun before it is what the amount is of. Sentences of our own.

describe("the noun before an idiom of measure is what the amount is of", () => {
  test.each([
    { text: "Die Erpresser verlangten ein Lösegeld in Höhe von 3 Millionen Euro.", line: "en:ransom [3000000, 3000000] EUR, by Erpresser", language: "de" as const },
    { text: "Die Erpresser verlangten ein Lösegeld von 3 Millionen Euro.", line: "en:ransom [3000000, 3000000] EUR, by Erpresser", language: "de" as const },
    { text: "The gang demanded a ransom to the tune of $3 million.", line: "en:ransom [3000000, 3000000] USD, by gang", language: "en" as const },
    { text: "The gang demanded a ransom of $3 million.", line: "en:ransom [3000000, 3000000] USD, by gang", language: "en" as const },
  ])("$text", ({ text, line, language }) => {
    expect(claimLines(text, language)).toEqual([line]);
  });
});
