import { describe, expect, test } from "vitest";
import { boundsWithAsides } from "./lexicon/bounds-with-asides";
import { claimLines } from "./test-fixtures";

// Sentences of our own, in German and English (published on Monday 2025-05-19): a lower or upper
// bound kept apart from its figure by a word of contrast, or written as a noun phrase, bounds the
// figure as "mindestens" / "at least" right before it do.

describe("a bound split from its figure by a word of contrast", () => {
  test.each([
    { language: "de", text: "Bei dem Brand starben mindestens aber 25 Menschen.", expected: ["dead [25, ∞)"] },
    { language: "de", text: "Verletzt wurden höchstens jedoch 14 Menschen.", expected: ["injured [0, 14]"] },
    { language: "de", text: "Zur Kundgebung kamen wenigstens allerdings 900 Demonstranten.", expected: ["protesters [900, ∞)"] },
    { language: "de", text: "Die Gewerkschaft fordert 6 Prozent mehr Lohn, mindestens aber 280 Euro im Monat.", expected: ["de:lohn/change+demand [6, 6] %, by union", "de:lohn/demand [280, ∞) EUR, by union"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a bound written as a noun phrase", () => {
  test.each([
    { language: "en", text: "A minimum of 25 people died in the blaze.", expected: ["dead [25, ∞)"] },
    { language: "en", text: "A maximum of 14 people were injured.", expected: ["injured [0, 14]"] },
    { language: "en", text: "At a minimum 900 protesters joined the march.", expected: ["protesters [900, ∞)"] },
    { language: "en", text: "At a minimum, 900 protesters joined the march.", expected: ["protesters [900, ∞)"] },
    { language: "en", text: "At the very least 60 homes were flooded.", expected: ["buildings [60, ∞)"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("an aside joins only one-word bounds", () => {
  test("bounds get the aside, other hedges and phrases do not", () => {
    const out = boundsWithAsides({ mindestens: "atLeast", "höchstens": "atMost", etwa: "about", "nicht mehr als": "atMost" }, ["aber"]);
    expect(out["mindestens aber"]).toBe("atLeast");
    expect(out["höchstens aber"]).toBe("atMost");
    expect(out["etwa aber"]).toBeUndefined();
    expect(out["nicht mehr als aber"]).toBeUndefined();
  });
});
