import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// Sources carried across sentences: German reported speech (Konjunktiv) with no source of its own
// goes on quoting the source before it; English "he said"/"she added" without a name is the last
// person named. Each case is a sentence of our own, written for the rule it tests.
const PUBLISHED = "2026-03-10";
const sources = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.attribution ?? "-"}`);

describe("German reported speech without a source of its own takes the source before it", () => {
  test.each([
    { text: "Finanzsenatorin Maria Lenz wies die Kritik zurück. Die Zinsausgaben lägen bei 1,05 Mrd. Euro.", expected: ["1,05 Mrd. Euro: Finanzsenatorin Maria Lenz"] },
    { text: "Die Ausgaben steigen deutlich, sagte Finanzsenatorin Maria Lenz. Die Zinsausgaben seien mit 1,05 Mrd. Euro veranschlagt.", expected: ["1,05 Mrd. Euro: Finanzsenatorin Maria Lenz"] },
    { text: "Der Hafen sei blockiert, sagte ein Sprecher des Hafenbetreibers. Am Kai lägen fünf Schiffe fest.", expected: ["fünf Schiffe: Hafenbetreiber"] },
    // In the indicative the outlet speaks again; past a paragraph break, the report has moved on.
    { text: "Die Ausgaben steigen deutlich, sagte Finanzsenatorin Maria Lenz. Die Zinsausgaben liegen bei 1,05 Mrd. Euro.", expected: ["1,05 Mrd. Euro: -"] },
    { text: "Die Ausgaben steigen deutlich, sagte Finanzsenatorin Maria Lenz.\n\nDie Zinsausgaben lägen bei 1,05 Mrd. Euro.", expected: ["1,05 Mrd. Euro: -"] },
  ])("$text", ({ text, expected }) => {
    expect(sources(text, "de")).toEqual(expected);
  });
});

describe("English 'he said' / 'she added' without a name is the last person named", () => {
  test.each([
    { text: "Maria Lenz rejected the criticism. Interest costs will reach €1.05bn, she said.", expected: ["€1.05bn: Maria Lenz"] },
    { text: "Finance senator Maria Lenz rejected the criticism. Interest costs would reach €1.05bn, she added.", expected: ["€1.05bn: Maria Lenz"] },
    // Without a verb of saying the outlet speaks in its own voice.
    { text: "Maria Lenz rejected the criticism. Interest costs will reach €1.05bn.", expected: ["€1.05bn: -"] },
  ])("$text", ({ text, expected }) => {
    expect(sources(text, "en")).toEqual(expected);
  });
});
