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

  test("a name before a verb is no qualifier", () => {
    expect(claimLines("The few thousand Madrid has spoken of are a fraction.", "en")).toEqual([]);
  });
});
