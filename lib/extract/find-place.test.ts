import { describe, expect, test } from "vitest";
import { findPlace } from "./find-place";
import { getLexicon, type Language } from "./lexicon";
import { tokenize } from "./tokenize";

function place(text: string, language: Language, hint: string[] = []): string | null {
  const ts = tokenize(text);
  const m = findPlace(ts, 0, ts.count - 1, getLexicon(language), "first", hint);
  return m ? `${m.place.key} | ${text.slice(ts.start[m.first], ts.end[m.last])}` : null;
}

describe("findPlace", () => {
  test.each([
    { label: "a country in German", text: "starben in Spanien", language: "de", expected: "ES | in Spanien" },
    { label: "a country in English", text: "died in Spain", language: "en", expected: "ES | in Spain" },
    { label: "a name behind its kind, in the country the article names", text: "allein in der Region Valencia", language: "de", hint: ["ES"], expected: "ES/Valencia | in der Region Valencia" },
    { label: "without a country named, the most populous place of the name", text: "in Valencia", language: "de", expected: "VE/Valencia | in Valencia" },
    { label: "a German exonym of a city is the city's key", text: "in Warschau", language: "de", expected: "PL/Warsaw | in Warschau" },
    { label: "English name and German name are one place", text: "in Warsaw", language: "en", expected: "PL/Warsaw | in Warsaw" },
    { label: "a kind after the name", text: "in the Valencia region", language: "en", hint: ["ES"], expected: "ES/Valencia | in the Valencia region" },
    { label: "a hyphenated name", text: "im Land Nordrhein-Westfalen", language: "de", expected: "DE/North Rhine-Westphalia | im Land Nordrhein-Westfalen" },
    { label: "an unknown town after a kind of place is still a place", text: "in der Gemeinde Lauterbrunn", language: "de", expected: "?/Lauterbrunn | in der Gemeinde Lauterbrunn" },
    { label: "an unknown English proper name after 'in' is a place", text: "in Bexleyford", language: "en", expected: "?/Bexleyford | in Bexleyford" },
    { label: "a German noun after 'in' is no place", text: "in Sicherheit gebracht", language: "de", expected: null },
    { label: "a month is no place", text: "in March", language: "en", expected: null },
  ] as { label: string; text: string; language: Language; hint?: string[]; expected: string | null }[])("$label", ({ text, language, hint, expected }) => {
    expect(place(text, language, hint)).toBe(expected);
  });
});
