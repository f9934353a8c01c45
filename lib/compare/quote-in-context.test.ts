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
      text: "Erster Satz. Nach Erkenntnissen der Polizei halten sich fast 10.000 Demonstranten in Leipzig auf. Dritter Satz.",
      quote: "fast 10.000 Demonstranten",
      expected: { before: "Nach Erkenntnissen der Polizei halten sich ", after: " in Leipzig auf." },
    },
    {
      label: "a German ordinal does not end the sentence",
      text: "Vorher. Am 19. Juni 2024 beschlossen Stadtrat und Kreistag den Haushalt. Danach.",
      quote: "Juni 2024",
      expected: { before: "Am 19. ", after: " beschlossen Stadtrat und Kreistag den Haushalt." },
    },
    {
      label: "a headline ends at its line break",
      text: "Feuerwehr: Fast 10.000 Menschen in Notunterkünften\n\nDie Stadt nennt eine Zahl.",
      quote: "Fast 10.000 Menschen",
      expected: { before: "Feuerwehr: ", after: " in Notunterkünften" },
    },
    {
      label: "a quote at the very start of the text",
      text: "About 11,000 homes are without power. More later.",
      quote: "About 11,000 homes",
      language: "en",
      expected: { before: "", after: " are without power." },
    },
  ])("$label", ({ text, quote, language, expected }) => {
    expect(context(text, quote, language)).toEqual({ ...expected, quote });
  });

  test("a very long sentence is cut at a word on both sides", () => {
    const words = Array.from({ length: 200 }, (_, i) => `wort${i}`).join(" ");
    const text = `${words} mehr als 10.000 Wähler ${words}.`;
    const result = context(text, "mehr als 10.000 Wähler");
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
