import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a name that describes the counted noun: English capitalizes the name, not the noun
// ("40 Covid cases", "40 Leopard tanks"), and a plural's possessive mark may close it. Sentences of our own.

describe("a name between a figure and its noun is the noun's qualifier", () => {
  test.each([
    { text: "Officials said 40 Covid cases were confirmed.", line: "en:case/en:covid [40, 40], by officials" },
    { text: "Officials said 40 Legionnaires' cases were confirmed.", line: "en:case/en:legionnaires [40, 40], by officials" },
    { text: "The ministry said 14 Leopard tanks had been delivered.", line: "en:tank/en:leopard [14, 14], by ministry" },
  ])("$text", ({ text, line }) => {
    expect(claimLines(text, "en")).toEqual([line]);
  });

  // "Red" ends like a past tense ("waited"); as the first word of a name before a plural noun it is none.
  test.each([
    { text: "Officials said 12 Red Cross workers were injured.", line: "injured/en:red cross+workers [12, 12], by officials" },
    { text: "Three Red Crescent volunteers died in the shelling.", line: "dead/en:red crescent+en:volunt [3, 3]" },
    { text: "Fünf Helfer des Roten Kreuzes wurden verletzt.", line: "injured/en:helper [5, 5]", language: "de" as const },
    { text: "Officials said 12 UN aid workers were injured.", line: "injured/en:un+en:aid+workers [12, 12], by officials" },
    { text: "Zwölf UN-Helfer wurden verletzt, sagte die Polizei.", line: "injured/en:helper [12, 12], by police", language: "de" as const },
  ])("$text", ({ text, line, language }) => {
    expect(claimLines(text, language ?? "en")).toEqual([line]);
  });

  test("a name before a verb is no qualifier", () => {
    expect(claimLines("The few thousand Madrid has spoken of are a fraction.", "en")).toEqual([]);
  });
});
