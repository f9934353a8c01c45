import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a town's middle before its name: the figure is the town's. Of a country or a region
// the same words name a part no place key stands for, so the figure gets no place. Sentences of our
// own, German and English.

describe("the centre of a town is the town", () => {
  test.each([
    { language: "en", text: "Police counted 12,000 protesters in central Lyon on Saturday.", place: "in FR/Lyon" },
    { language: "en", text: "Some 3,000 people marched in downtown Leipzig.", place: "in DE/Leipzig" },
    { language: "de", text: "Im Zentrum von Lyon zählte die Polizei 12.000 Demonstranten.", place: "in FR/Lyon" },
    { language: "de", text: "Im Stadtzentrum von Leipzig demonstrierten 3.000 Menschen.", place: "in DE/Leipzig" },
  ] as const)("$language: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });

  test.each([
    { language: "en", text: "In central Italy, 40 people died in the floods." },
    { language: "de", text: "Im Zentrum von Italien starben 40 Menschen." },
  ] as const)("the centre of a country is no place of its own: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(" in ");
  });
});
