import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a governing body's seat: "die Regierung in Riga", "the government in Tirana" name the
// body by its capital; the figure it gives is the country's, not the capital's. A town's own police
// or a crowd at the building keeps the town. Sentences of our own, German and English.

describe("a governing body's seat is not the figure's place", () => {
  test.each([
    { language: "de", text: "Die Regierung in Riga stellte am Montag Soforthilfen von 20 Millionen Euro bereit." },
    { language: "de", text: "Die Landesregierung in Tirana sagte 15 Millionen Euro Wiederaufbauhilfe zu." },
    { language: "de", text: "Im Parlament in Vilnius sitzen 141 Abgeordnete." },
    { language: "de", text: "Die Partei kam auf 31,5 Prozent der Stimmen, wie die Wahlkommission in Valletta mitteilte." },
    { language: "en", text: "The government in Riga released €20m in emergency aid on Monday." },
    { language: "en", text: "The cabinet in Tirana approved €15m for reconstruction." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(" in ");
  });

  test.each([
    { language: "de", text: "Vor dem Parlament in Riga versammelten sich nach Polizeiangaben 4.000 Menschen.", place: "in LV/Riga" },
    { language: "en", text: "Police counted 4,000 people outside parliament in Riga.", place: "in LV/Riga" },
    { language: "de", text: "Die Stadtregierung in Kaunas plant neue Schulden von 90 Millionen Euro.", place: "in LT/Kaunas" },
    { language: "en", text: "Police in Kaunas detained 14 people.", place: "in LT/Kaunas" },
  ] as const)("the building, a town's body, a town's police keep the town: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });
});
