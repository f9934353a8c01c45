import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A town named as what a gathering or a street force belongs to: the sentence's figures are the
// town's. A nationality names no narrower place, and a council's vote is the town's whole. Sentences
// of our own, German and English.

describe("a town named before a gathering or its police", () => {
  test.each([
    { language: "de", text: "Die Leipziger Polizei nahm am Abend 14 Personen fest, zwei Beamte wurden verletzt.", expected: ["arrests [14, 14], in DE/Leipzig", "injured/police [2, 2], in DE/Leipzig"] },
    { language: "de", text: "Am Rande der Dresdner Kundgebung wurden 30 Menschen festgenommen.", expected: ["arrests [30, 30], in DE/Dresden"] },
    { language: "en", text: "Experts estimated that about 12,000 people joined the Leeds march alone.", expected: ["protesters [10800, 13200], in GB/Leeds, by experts"] },
    { language: "en", text: "Cardiff police detained 14 people after the rally.", expected: ["arrests [14, 14], in GB/Cardiff"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "de", text: "Die deutsche Polizei nahm 14 Personen fest." },
    { language: "en", text: "The Spanish police detained 14 people." },
    { language: "en", text: "Leeds council vote: Labour wins 40 seats" },
  ] as const)("no narrower place: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(" in ");
  });
});
