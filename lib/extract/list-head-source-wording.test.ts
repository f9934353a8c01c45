import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of election-night lists that open with their source, then a time set off by a comma,
// then a colon and the parties' shares. Our own sentences, German and English, published on Monday
// 2025-05-19 (test-fixtures.ts). The time dates the list; the name before it gives every share.
describe("a source, a time aside and a colon head a list of shares", () => {
  test.each([
    {
      language: "de",
      text: "Wahlabend im Überblick\n\nMeinungsforschung Südblick, 19.05 Uhr: SPD 31,5 %, CDU 27,0 %.",
      expected: ["votes/holder:spd [31.5, 31.5] %, by Meinungsforschung Südblick, of SPD", "votes/holder:cdu [27, 27] %, by Meinungsforschung Südblick, of CDU"],
    },
    {
      language: "de",
      text: "Die Zahlen\n\nInstitut Hafenblick, 21 Uhr: SPD 29,8 %, FDP 6,1 %.",
      expected: ["votes/holder:spd [29.8, 29.8] %, by Institut Hafenblick, of SPD", "votes/holder:fdp [6.1, 6.1] %, by Institut Hafenblick, of FDP"],
    },
    {
      language: "en",
      text: "The night in figures\n\nHarbourline Research, 9.40pm: SNP 33.5%, Greens 8.0%.",
      expected: ["votes/holder:snp [33.5, 33.5] %, by Harbourline Research, of SNP", "votes/holder:greens [8, 8] %, by Harbourline Research, of Greens"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
