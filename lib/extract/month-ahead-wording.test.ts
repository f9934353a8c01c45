import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a month still to come: in a report of Monday 2025-05-19, "next June", "im kommenden
// Juni", "will strike in June" and "announced a strike for June" name June 2025, not the June gone
// (2024). A month of an act told as done stays the last such month. Sentences of our own, German
// and English.

const JUNE_AHEAD = "2025-06-01..2025-06-30";
const JUNE_GONE = "2024-06-01..2024-06-30";

describe("a planned month lies ahead of publication", () => {
  test.each([
    { language: "en", text: "The election will be held next June." },
    { language: "en", text: "The dockers plan to strike next June." },
    { language: "en", text: "The nurses will strike in June." },
    { language: "en", text: "The union announced a strike for June." },
    { language: "de", text: "Die Wahl findet im kommenden Juni statt." },
    { language: "de", text: "Die Wahl soll im kommenden Juni stattfinden." },
    { language: "de", text: "Der Verband plant im kommenden Juni einen Streik." },
    { language: "de", text: "Die Gewerkschaft kündigte einen Streik für Juni an." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.some((l) => l.includes(JUNE_AHEAD))).toBe(true);
    expect(lines.some((l) => l.includes(JUNE_GONE))).toBe(false);
  });

  test("the announcement itself is not dated by the month it announces", () => {
    expect(claimLines("The union announced a strike for June.", "en").some((l) => l.startsWith("announce"))).toBe(false);
  });

  test.each([
    { language: "en", text: "The union went on strike in June." },
    { language: "de", text: "Nach Angaben der Gewerkschaft streikten im Juni 5.000 Beschäftigte." },
  ] as const)("a month of an act told as done is the last June: $text", ({ text, language }) => {
    expect(claimLines(text, language).some((l) => l.includes(JUNE_GONE))).toBe(true);
  });
});
