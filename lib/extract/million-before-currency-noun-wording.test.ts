import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// An "m" glued to a figure is a million when a currency noun follows it, as when a sign precedes it;
// a range takes the second end's currency. A measure keeps its metres. Sentences of our own.
const PUBLISHED = "2031-03-10";
const amounts = (text: string, language: "de" | "en") =>
  extractClaims(text, { language, publishedAt: PUBLISHED }).flatMap((c) => (c.value.kind === "quantity" ? [`${c.quote}: ${c.value.min}-${c.value.max} ${c.value.unit ?? "-"}`] : []));

describe("A glued million before a currency noun is money, in both languages", () => {
  test.each([
    { language: "en" as const, text: "Insurers put the repair bill at 80m rupees.", expected: ["80m rupees: 80000000-80000000 INR"] },
    { language: "en" as const, text: "The ministry expects the damage to reach 300m to 350m pesos.", expected: ["300m to 350m pesos: 300000000-350000000 MXN"] },
    { language: "en" as const, text: "Overnight the river rose by 2m.", expected: ["2m: 2-2 m"] },
    // German writes the multiplier out; the currency noun after it is read the same way.
    { language: "de" as const, text: "Die Versicherer beziffern den Schaden auf 80 Millionen Rupien.", expected: ["80 Millionen Rupien: 80000000-80000000 INR"] },
  ])("$text", ({ text, language, expected }) => {
    expect(amounts(text, language)).toEqual(expected);
  });
});
