import { describe, expect, test } from "vitest";
import { detectLanguage } from "./detect-language";
import { headlineOf } from "./headline-of";
import { splitParagraphs } from "./split-paragraphs";

describe("detectLanguage", () => {
  test.each([
    { label: "German prose", text: "Die Regierung hat bestätigt, dass die Helfer in der Region sind.", expected: "de" },
    { label: "English prose", text: "The government has confirmed that the volunteers are in the region.", expected: "en" },
    { label: "no words at all", text: "12 345 — 678", expected: "en" },
    {
      label: "a longer French text (trigrams)",
      text: "Le gouvernement a confirmé que les secouristes se trouvent dans la région depuis plusieurs semaines, selon les services de la préfecture.",
      expected: "fr",
    },
    {
      label: "a longer Spanish text (trigrams)",
      text: "El gobierno confirmó que los bomberos se encuentran en la región desde hace varias semanas, según los servicios de emergencia del país.",
      expected: "es",
    },
    {
      label: "a longer German text (trigrams)",
      text: "Nach Angaben des Innenministeriums befinden sich inzwischen mehrere tausend Helfer in der Region, die dort ausgebildet werden.",
      expected: "de",
    },
  ])("$label → $expected", ({ text, expected }) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe("headlineOf", () => {
  test.each([
    { label: "Markdown heading marks are dropped", text: "# Flooding on the Severn\nBody", expected: "Flooding on the Severn" },
    { label: "leading blank lines are skipped", text: "\n  \nHeadline\nBody", expected: "Headline" },
    { label: "no words", text: "\n \n", expected: null },
  ])("$label", ({ text, expected }) => {
    expect(headlineOf(text)).toBe(expected);
  });

  test("a long line without a sentence end is cut at a word with an ellipsis", () => {
    const headline = headlineOf("word ".repeat(100));
    expect(headline?.endsWith("…")).toBe(true);
    expect(headline!.length).toBeLessThanOrEqual(160);
  });
});

describe("splitParagraphs", () => {
  test("gives each line's text with offsets into the whole text", () => {
    const text = "Title\n\n  First paragraph.\nSecond one.  \n";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(["Title", "First paragraph.", "Second one."]);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
