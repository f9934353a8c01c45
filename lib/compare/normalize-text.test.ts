import { describe, expect, test } from "vitest";
import { normalizeClaimant } from "./normalize-claimant";
import { normalizePlace } from "./normalize-place";
import { normalizeText } from "./normalize-text";

describe("normalizeText", () => {
  test.each([
    { label: "Null case", text: "", expected: "" },
    { label: "Case", text: "PENTAGON", expected: "pentagon" },
    { label: "Diacritics", text: "Südkorea", expected: "sudkorea" },
    { label: "Decomposed diacritics", text: "Su\u0308dkorea", expected: "sudkorea" },
    { label: "Sharp s", text: "Großbritannien", expected: "grossbritannien" },
    { label: "Punctuation becomes a space", text: "Kim Jong-un", expected: "kim jong un" },
    { label: "Whitespace collapses and trims", text: "  Kim\t Jong\nun. ", expected: "kim jong un" },
  ])("$label", ({ text, expected }) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe("normalizePlace", () => {
  test.each([
    { label: "None is the whole", place: null, expected: "" },
    { label: "Region words dropped", place: "the Kursk region", expected: "kursk" },
    { label: "German region words dropped", place: "im Gebiet Kursk", expected: "kursk" },
    { label: "Oblast dropped", place: "Kursk Oblast", expected: "kursk" },
  ])("$label", ({ place, expected }) => {
    expect(normalizePlace(place)).toBe(expected);
  });
});

describe("normalizeClaimant", () => {
  test.each([
    { label: "English attribution phrase", claimant: "according to the Pentagon", expected: "pentagon" },
    { label: "German attribution phrase", claimant: "laut Pentagon", expected: "pentagon" },
    { label: "German postposition", claimant: "dem Pentagon zufolge", expected: "pentagon" },
    { label: "Titles are kept", claimant: "US-Außenminister Antony Blinken", expected: "us aussenminister antony blinken" },
  ])("$label", ({ claimant, expected }) => {
    expect(normalizeClaimant(claimant)).toBe(expected);
  });
});
