import { describe, expect, test } from "vitest";
import { periodEndsSentence } from "./find-sentence";
import { getLexicon } from "./lexicon";
import { claimLines } from "./test-fixtures";
import { tokenize } from "./tokenize";
import { tokenAt } from "./tokens";

// A sentence ending in a compound unit ("60 km/h.") ends there: its last letter is no initial and no
// abbreviation, so a source in the next sentence does not speak for it. Sentences of our own, in
// German and English. Published on Monday 2025-05-19.

describe("a period after a compound unit ends the sentence", () => {
  test.each([
    {
      language: "en",
      text: "More than 300 firefighters were battling the flames, fanned by winds of up to 60 km/h. Twenty homes burnt down, the governor told reporters.",
      expected: ["en:firefight (300, ∞)", "en:wind [0, 60] km/h", "buildings [20, 20], by governor"],
    },
    {
      language: "de",
      text: "Mehr als 300 Feuerwehrleute kämpften gegen die Flammen, angefacht von Böen bis zu 60 km/h. Zwanzig Häuser brannten ab, sagte der Gouverneur.",
      expected: ["en:firefight (300, ∞)", "buildings [20, 20], by Gouverneur"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a letter closing an abbreviation or an initial does not end one", () => {
  const periods = (text: string, language: "de" | "en"): boolean[] => {
    const ts = tokenize(text);
    const out: boolean[] = [];
    for (let p = 0; p < ts.count; p++) if (tokenAt(ts, p) === ".") out.push(periodEndsSentence(ts, p, getLexicon(language)));
    return out;
  };
  test.each([
    { language: "de", text: "Die Böen erreichten 90 km/h. Das heißt: Die Stadt sperrt Parks, d. h. Spielplätze.", expected: [true, false, false, true] },
    { language: "en", text: "Gusts hit 90 km/h. Mayor J. Brandt closed the parks.", expected: [true, false, true] },
    { language: "en", text: "Water rose at 2 m/s. Police closed the bridge.", expected: [true, true] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(periods(text, language)).toEqual(expected);
  });
});
