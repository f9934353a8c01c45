import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of headlines that name their source before a colon, in headlines of our own, German and
// English. Published on Monday 2025-05-19 (test-fixtures.ts).

// A headline names its source before a colon ("Polizei: …"). A short form ("IGM:") or a party
// ("Grüne:", "Greens:") names an organisation as a name of two words does; a country's short form
// ("USA:") says where, not who. After a dash a headline starts over, and its second part may name
// its source the same way ("Streik legt Häfen lahm – IGM: …").
describe("a short form, a party or a headline's second part names the source before a colon", () => {
  test.each([
    { language: "de", text: "IGM: 12.000 Streikende", expected: ["strikers [12000, 12000], by IGM"] },
    { language: "de", text: "Streik legt Häfen lahm – IGM: 12.000 Streikende", expected: ["strikers [12000, 12000], by IGM"] },
    { language: "de", text: "Grüne: Stadt braucht 300 Millionen Euro Kredite", expected: ["deficit [300000000, 300000000] EUR, by Grüne"] },
    { language: "de", text: "USA: 40 Tote nach Sturm", expected: ["dead [40, 40]"] },
    { language: "en", text: "Port strike halts ships – TGWU: 12,000 walk out", expected: ["strikers [12000, 12000], by TGWU"] },
    { language: "en", text: "UK: 40 dead after storm", expected: ["dead [40, 40]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
