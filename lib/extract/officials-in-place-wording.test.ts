import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "Officials in X", "Behörden in X": a group named by where it works is who speaks, with its place;
// the place alone is no speaker. Whether the place scopes the figure is left to the place readers.
// Sentences of our own wording.
describe("a group in a place is the claimant, not the place", () => {
  test.each([
    { language: "en", text: "Officials in Bristol said 35 homes were flooded.", by: "by Officials in Bristol" },
    { language: "en", text: "Authorities in Bristol reported 35 flooded homes.", by: "by Authorities in Bristol" },
    { language: "de", text: "Behörden in Graz meldeten 35 überflutete Häuser.", by: "by Behörden in Graz" },
    { language: "de", text: "35 Häuser seien überflutet, sagten die Behörden in Graz.", by: "by Behörden in Graz" },
    { language: "en", text: "35 homes were flooded, officials in Bristol said.", by: "by officials in Bristol" },
  ] as const)("$language: $text", ({ text, language, by }) => {
    const lines = claimLines(text, language);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(by);
  });
});
