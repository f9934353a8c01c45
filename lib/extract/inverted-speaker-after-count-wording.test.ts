import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A speech verb opening its own clause after a comma puts its speaker after it ("…, sagten Beamte",
// "…, said officials"): the group the figure before counts is no speaker, and a known speaker after
// the verb is one even where a figure could count it too. Sentences of our own.

describe("the speaker after an inverted speech verb, not the counted group before it", () => {
  test.each([
    { text: "Elf Menschen wurden verletzt, sagten Beamte.", line: "injured [11, 11], by officials", language: "de" as const },
    { text: "Elf Menschen wurden verletzt, teilten Beamte mit.", line: "injured [11, 11], by officials", language: "de" as const },
    { text: "Elf Menschen wurden verletzt, sagten Anwohner.", line: "injured [11, 11]", language: "de" as const },
    { text: "Eleven people were injured, said officials.", line: "injured [11, 11], by officials", language: "en" as const },
  ])("$text", ({ text, line, language }) => {
    expect(claimLines(text, language)).toEqual([line]);
  });

  test("a group counted in words before its own speech verb still speaks", () => {
    expect(claimLines("Zwei Sprecher sagten, 40 Menschen seien verletzt worden.", "de")).toContain("injured [40, 40], by Sprecher");
  });
});
