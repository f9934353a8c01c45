import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Money a verb puts by for a use ("set aside", "earmarked", "stellt … bereit") is spending, when
// nothing else in the sentence says what the money is. Sentences of our own, German and English.

describe("money put by is spending", () => {
  test.each([
    { language: "en", text: "The council has set aside up to €40m to repair the old bridges.", expected: ["spending [0, 40000000] EUR"] },
    { language: "en", text: "The province earmarked £15m last week.", expected: ["spending [15000000, 15000000] GBP"] },
    { language: "de", text: "Das Land stellt 40 Millionen Euro bereit.", expected: ["spending [40000000, 40000000] EUR"] },
    { language: "de", text: "Der Kreis hat dafür 15 Millionen Euro bereitgestellt.", expected: ["spending [15000000, 15000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a noun naming the money keeps it what the noun says", () => {
  test.each([
    { language: "de", text: "Das Land stellte Soforthilfen von 40 Millionen Euro bereit.", expected: ["aid [40000000, 40000000] EUR"] },
    { language: "en", text: "The province earmarked aid of £15m.", expected: ["aid [15000000, 15000000] GBP"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
