import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A pollster seeing a party at its figure, in sentences of our own (published on Monday 2025-05-19).

describe("a known source that sees a party at a figure gives it", () => {
  test.each([
    { language: "de", text: "Die Forschungsgruppe Nordstat sieht die Grünen bei 14 Prozent.", expected: ["votes/holder:grünen [14, 14] %, by Forschungsgruppe Nordstat, of Grünen"] },
    { language: "de", text: "Das Institut Nordstat sah die CDU in seiner Hochrechnung dagegen bei 32,0 Prozent.", expected: ["votes/holder:cdu+projection [32, 32] %, by Institut Nordstat, of CDU"] },
    // English puts a party at its figure with "put", read as ever.
    { language: "en", text: "The Nordstat institute put the CDU at 32%.", expected: ["votes/holder:cdu [32, 32] %, by Nordstat institute, of CDU"] },
    // A party seeing itself at a figure, and seeing without "bei", name no source.
    { language: "de", text: "Die SPD sieht sich bei 30 Prozent.", expected: ["votes/holder:spd [30, 30] %, of SPD"] },
    { language: "de", text: "Die Stadt sah am Wochenende 40 Einsätze.", expected: ["en:callout [40, 40]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
