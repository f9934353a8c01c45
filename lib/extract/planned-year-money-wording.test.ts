import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a year a money plan is for: "will 2025 neue Kredite über 5 Milliarden Euro aufnehmen",
// "plans to borrow 5 billion euros in 2025" — the amount is of the 2025 budget (its year qualifier),
// and the year counts nothing ("2025 Kredite" are no 2025 loans). Sentences of our own, German and
// English.

describe("a planned year with a money plan is the amount's year", () => {
  test.each([
    { language: "de", text: "Das Land will 2026 Kredite über 3 Milliarden Euro aufnehmen.", line: "deficit/2026 [3000000000, 3000000000] EUR" },
    { language: "de", text: "Die Stadt plant 2026 Ausgaben von 12 Milliarden Euro.", line: "spending/2026 [12000000000, 12000000000] EUR" },
    { language: "en", text: "The state plans to borrow 3 billion euros in 2026.", line: "deficit/2026 [3000000000, 3000000000] EUR" },
  ] as const)("$language: $text", ({ text, language, line }) => {
    const lines = claimLines(text, language);
    expect(lines).toContain(line);
    expect(lines.some((l) => l.includes("[2026, 2026]"))).toBe(false);
  });

  test("a round thousand before a noun is still a count", () => {
    expect(claimLines("Die Stadt will 2000 neue Wohnungen für 300 Millionen Euro bauen.", "de")).toContain("buildings [2000, 2000]");
  });
});
