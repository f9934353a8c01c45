import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of the area a vote is held in ("die Kommunalwahl in Kaunas", "the city election in
// Kaunas"): the place says which vote, and a share of it is the whole vote's, so the figure keeps no
// place. A place scoping a part of the vote keeps it. Sentences of our own, German and English.

describe("the place of a vote is not a part of it", () => {
  test.each([
    { language: "de", text: "Bei der Kommunalwahl in Kaunas erreichten die Liberalen 27,3 Prozent." },
    { language: "de", text: "Bei der Bürgermeisterwahl in Kaunas kam die Amtsinhaberin auf 44,1 Prozent." },
    { language: "en", text: "The Liberals won the city election in Kaunas with 27.3% of the vote." },
    { language: "en", text: "Turnout in the referendum in Vilnius was 48.6%." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(" in ");
  });

  test.each([
    { language: "de", text: "In Kaunas kam die Partei auf 31,2 Prozent.", place: "in LT/Kaunas" },
    { language: "en", text: "In Kaunas, the party won 31.2% of the vote.", place: "in LT/Kaunas" },
  ] as const)("a part of the vote keeps its place: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });
});
