import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A source trailing the figures of its sentence vouches for them even when a clause of time follows
// it ("…, according to the committee, after 380 stations had reported"); the figure inside that
// clause is the occasion of the count, given by no one. Sentences of our own, published Monday 2025-05-19.

describe("a clause of circumstance after a trailing source", () => {
  test.each([
    {
      language: "en",
      text: "The Greens took 31.2% of the vote, according to figures released by the returning officer once 380 polling stations had reported.",
      expected: ["votes/holder:greens [31.2, 31.2] %, by returning officer, of Greens", "en:station/en:poll [380, 380]"],
    },
    {
      language: "en",
      text: "The Greens took 31.2% of the vote, according to the returning officer, after 380 polling stations had reported.",
      expected: ["votes/holder:greens [31.2, 31.2] %, by returning officer, of Greens", "en:station/en:poll [380, 380]"],
    },
    {
      language: "de",
      text: "Die Liste kam auf 31,2 Prozent der Stimmen, laut vorläufigem Ergebnis der Wahlbehörde, nachdem 380 Wahllokale ausgezählt waren.",
      expected: ["votes/holder:liste [31.2, 31.2] %, by authority, of Liste", "en:station [380, 380]"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    {
      language: "en",
      text: "Rescuers found 31 survivors after 12 hours, according to the coast guard.",
      expected: ["rescued [31, 31], by coast guard"],
    },
    {
      language: "en",
      text: "The Greens took 31.2% of the vote after 380 polling stations had reported, the returning officer said.",
      expected: ["votes/holder:greens [31.2, 31.2] %, by returning officer, of Greens", "en:station/en:poll [380, 380], by returning officer"],
    },
  ] as const)("a preposition of time, or a speaker after the clause, changes nothing — $language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
