import { expect, test } from "vitest";
import { findPlace } from "./find-place";
import { getLexicon, type Language } from "./lexicon";
import { tokenize } from "./tokenize";

function place(text: string, language: Language): string | null {
  const ts = tokenize(text);
  const m = findPlace(ts, 0, ts.count - 1, getLexicon(language), "first");
  return m ? `${m.place} | ${text.slice(ts.start[m.first], ts.end[m.last])}` : null;
}

test.each([
  { label: "in der Region", text: "sind in der Region Kursk stationiert", language: "de", expected: "Kursk | in der Region Kursk" },
  { label: "bare in", text: "kämpfen in Kursk", language: "de", expected: "Kursk | in Kursk" },
  { label: "hyphenated region", text: "in der Kursk-Region", language: "de", expected: "Kursk | in der Kursk-Region" },
  { label: "direction nach", text: "nach Russland entsandt", language: "de", expected: "Russia | nach Russland" },
  { label: "in Russland", text: "in Russland", language: "de", expected: "Russia | in Russland" },
  { label: "genitive is not a scope", text: "auf der Seite Russlands", language: "de", expected: null },
  { label: "origin is not a scope", text: "Eindringlinge aus Kiew", language: "de", expected: null },
  { label: "the X region", text: "deployed in the Kursk region", language: "en", expected: "Kursk | in the Kursk region" },
  { label: "to Russia", text: "sent to Russia", language: "en", expected: "Russia | to Russia" },
  { label: "two-word place", text: "returned to North Korea", language: "en", expected: "North Korea | to North Korea" },
  { label: "unknown place", text: "in Atlantis", language: "en", expected: null },
] as const)("$label", ({ text, language, expected }) => {
  expect(place(text, language)).toBe(expected);
});
