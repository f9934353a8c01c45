import { describe, expect, test } from "vitest";
import { normalizeClaimant } from "./normalize-claimant";
import { normalizeText } from "./normalize-text";

describe("normalizeText", () => {
  test.each([
    { label: "Null case", text: "", expected: "" },
    { label: "Case", text: "POLIZEI", expected: "polizei" },
    { label: "Diacritics", text: "Südstadt", expected: "sudstadt" },
    { label: "Decomposed diacritics", text: "Su\u0308dstadt", expected: "sudstadt" },
    { label: "Sharp s", text: "Großstadt", expected: "grossstadt" },
    { label: "Punctuation becomes a space", text: "Anna-Lena Beispiel", expected: "anna lena beispiel" },
    { label: "Whitespace collapses and trims", text: "  Anna\t Lena\nBeispiel. ", expected: "anna lena beispiel" },
  ])("$label", ({ text, expected }) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe("normalizeClaimant", () => {
  test.each([
    { label: "English attribution phrase", claimant: "according to the ministry", expected: "ministry" },
    { label: "German attribution phrase", claimant: "laut Ministerium", expected: "ministerium" },
    { label: "German postposition", claimant: "dem Ministerium zufolge", expected: "ministerium" },
    { label: "Titles are kept", claimant: "Innenministerin Anna Beispiel", expected: "innenministerin anna beispiel" },
  ])("$label", ({ claimant, expected }) => {
    expect(normalizeClaimant(claimant)).toBe(expected);
  });
});
