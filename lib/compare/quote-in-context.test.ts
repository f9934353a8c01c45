import { describe, expect, test } from "vitest";
import { tokenize } from "@/lib/extract/tokenize";
import { quoteInContext } from "./quote-in-context";

const context = (text: string, quote: string, language = "de") => {
  const start = text.indexOf(quote);
  return quoteInContext(tokenize(text), start, start + quote.length, language);
};

describe("quoteInContext", () => {
  test.each([
    {
      label: "the quote's own sentence, not its neighbours",
      text: "Erster Satz. Nach Erkenntnissen Washingtons halten sich fast 10.000 Soldaten in Russland auf. Dritter Satz.",
      quote: "fast 10.000 Soldaten",
      expected: { before: "Nach Erkenntnissen Washingtons halten sich ", after: " in Russland auf." },
    },
    {
      label: "a German ordinal does not end the sentence",
      text: "Vorher. Am 19. Juni 2024 unterzeichneten Putin und Kim den Vertrag. Danach.",
      quote: "Juni 2024",
      expected: { before: "Am 19. ", after: " unterzeichneten Putin und Kim den Vertrag." },
    },
    {
      label: "a headline ends at its line break",
      text: "Blinken: Fast 10.000 Soldaten in Russland\n\nDie US-Regierung nennt eine Zahl.",
      quote: "Fast 10.000 Soldaten",
      expected: { before: "Blinken: ", after: " in Russland" },
    },
    {
      label: "a quote at the very start of the text",
      text: "About 11,000 troops are in Russia. More later.",
      quote: "About 11,000 troops",
      language: "en",
      expected: { before: "", after: " are in Russia." },
    },
  ])("$label", ({ text, quote, language, expected }) => {
    expect(context(text, quote, language)).toEqual({ ...expected, quote });
  });

  test("a very long sentence is cut at a word on both sides", () => {
    const words = Array.from({ length: 200 }, (_, i) => `wort${i}`).join(" ");
    const text = `${words} mehr als 10.000 Soldaten ${words}.`;
    const result = context(text, "mehr als 10.000 Soldaten");
    expect(result.before.startsWith("… wort")).toBe(true);
    expect(result.after.endsWith("…")).toBe(true);
    expect(result.before.length).toBeLessThanOrEqual(282);
  });

  test.each([
    { label: "Null case: empty text", text: "", start: 0, end: 0 },
    { label: "offsets past the end are clamped", text: "Kurz.", start: 3, end: 99 },
    { label: "reversed offsets give an empty quote", text: "Kurz und gut.", start: 8, end: 2 },
  ])("never throws — $label", ({ text, start, end }) => {
    const result = quoteInContext(tokenize(text), start, end, "xx");
    expect(text.includes(result.before + result.quote + result.after.replace(/…$/, ""))).toBe(true);
  });
});
