import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A figure set against another, with its owner named at the figure itself: sentences of our own, in
// German and English. Published on Monday 2025-05-19.

describe("an owner named at the figure vouches for that figure", () => {
  test.each([
    {
      language: "en",
      text: "The audit office expects debt to reach 61.2% of GDP next year, against the ministry's 59.8%.",
      expected: ["debt/of:gdp [61.2, 61.2] %, by audit office", "debt/of:gdp [59.8, 59.8] %, by ministry"],
    },
    {
      language: "en",
      text: "Police counted 9,000 marchers in Graz, against the unions' 21,000.",
      expected: ["protesters [9000, 9000], in AT/Graz, by police", "protesters [21000, 21000], by unions"],
    },
    {
      language: "en",
      text: "The council said the deficit would be 2.9%, well above the 2.4% targeted by the government.",
      expected: ["deficit/of:gdp [2.9, 2.9] %, by council", "deficit/of:gdp [2.4, 2.4] %, by government"],
    },
    {
      language: "en",
      text: "The council said the deficit would be 2.9%, well above the 2.4% targeted by finance minister Clara Holm.",
      expected: ["deficit/of:gdp [2.9, 2.9] %, by council", "deficit/of:gdp [2.4, 2.4] %, by Clara Holm"],
    },
    {
      language: "en",
      text: "The union said 8,600 workers took part, against 4,700 counted by employers on the first day.",
      expected: ["protesters [8600, 8600], by union", "protesters [4700, 4700], by employers"],
    },
    {
      language: "de",
      text: "Der Rechnungshof erwartet ein Defizit von 2,9 Prozent statt der vom Ministerium angepeilten 2,4 Prozent.",
      expected: ["deficit/of:gdp [2.9, 2.9] %, by Rechnungshof", "deficit/of:gdp [2.4, 2.4] %, by ministry"],
    },
    {
      language: "de",
      text: "Die Polizei zählte 9.000 Demonstrierende, deutlich weniger als die von den Gewerkschaften genannten 21.000.",
      expected: ["protesters [9000, 9000], by police", "protesters [21000, 21000], by Gewerkschaften"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a genitive that holds a figure, or an agent that acts on it, vouches for nothing", () => {
  test.each([
    { language: "en", text: "The SPD's 29% was its worst result.", expected: ["votes/holder:spd [29, 29] %, of SPD"] },
    {
      language: "en",
      text: "The three seats elected by voters abroad will be allocated on Friday, the electoral office said.",
      notBy: "voters",
    },
    {
      language: "en",
      text: "The EU added €30m in aid, on top of the €20m released by the regional government.",
      notBy: "regional government",
    },
  ] as const)("$language: $text", (c) => {
    const lines = claimLines(c.text, c.language);
    if ("expected" in c) expect(lines).toEqual(c.expected);
    else for (const line of lines) expect(line).not.toContain(`by ${c.notBy}`);
  });
});
