import { expect, test } from "vitest";
import { formatInterval } from "./format-interval";
import { getLexicon, type Language } from "./lexicon";
import { readQuantity } from "./read-quantity";
import { tokenize } from "./tokenize";
import { TokenKind } from "./tokens";

// Reads at the first numeral or, when there is none, at the first word (vague amounts).
function read(text: string, language: Language): string | null {
  const ts = tokenize(text);
  let i = 0;
  while (i < ts.count && ts.kind[i] !== TokenKind.number) i++;
  if (i === ts.count) i = 0;
  const q = readQuantity(ts, i, getLexicon(language));
  return q ? `${text.slice(ts.start[q.first], ts.end[q.last])} ${formatInterval(q.value)} ${q.rule}` : null;
}

test.each([
  { label: "mehr als", text: "mehr als 10.000", language: "de", expected: "mehr als 10.000 (10000, ∞) de.hedge.mehr-als → exclusive lower bound (n, ∞)" },
  { label: "über", text: "über 2500", language: "de", expected: "über 2500 (2500, ∞) de.hedge.über → exclusive lower bound (n, ∞)" },
  { label: "'verfügt über' takes its object, it does not hedge it", text: "Die Reederei verfügt über 40 Schiffe", language: "de", expected: "40 [40, 40] de.exact" },
  { label: "…after an adverb", text: "Die Armee verfügt derzeit über 182.000 Soldaten", language: "de", expected: "182.000 [182000, 182000] de.exact" },
  { label: "fast", text: "fast 10.000", language: "de", expected: "fast 10.000 [9000, 10000) de.hedge.fast → just below [n−10%, n)" },
  { label: "knapp", text: "knapp 8.000", language: "de", expected: "knapp 8.000 [7200, 8000) de.hedge.knapp → just below [n−10%, n)" },
  { label: "etwa", text: "etwa 8.000", language: "de", expected: "etwa 8.000 [7200, 8800] de.hedge.etwa → about [n−10%, n+10%]" },
  { label: "ca.", text: "ca. 2.000", language: "de", expected: "ca. 2.000 [1800, 2200] de.hedge.ca. → about [n−10%, n+10%]" },
  { label: "mindestens", text: "mindestens 3.000", language: "de", expected: "mindestens 3.000 [3000, ∞) de.hedge.mindestens → inclusive lower bound [n, ∞)" },
  { label: "bis zu", text: "bis zu 12.000", language: "de", expected: "bis zu 12.000 [0, 12000] de.hedge.bis-zu → up to [0, n]" },
  { label: "zwischen … und", text: "zwischen 9.000 und 11.000", language: "de", expected: "zwischen 9.000 und 11.000 [9000, 11000] de.range.zwischen…und" },
  { label: "n bis m", text: "9.000 bis 11.000", language: "de", expected: "9.000 bis 11.000 [9000, 11000] de.range.bis" },
  { label: "n-m", text: "9.000-11.000", language: "de", expected: "9.000-11.000 [9000, 11000] de.range.-" },
  { label: "post hedge oder mehr", text: "10.000 oder mehr", language: "de", expected: "10.000 oder mehr [10000, ∞) de.hedge.oder-mehr → inclusive lower bound [n, ∞)" },
  { label: "mehrere Tausend", text: "mehrere Tausend", language: "de", expected: "mehrere Tausend [2000, 9999] de.vague.mehrere-tausend → [2000, 9999]" },
  { label: "Tausender (genitive)", text: "Tausender", language: "de", expected: "Tausender [2000, 9999] de.vague.tausender → [2000, 9999]" },
  { label: "Dutzende", text: "Dutzende", language: "de", expected: "Dutzende [24, 99] de.vague.dutzende → [24, 99]" },
  { label: "exact", text: "52", language: "de", expected: "52 [52, 52] de.exact" },
  { label: "more than", text: "more than 10,000", language: "en", expected: "more than 10,000 (10000, ∞) en.hedge.more-than → exclusive lower bound (n, ∞)" },
  { label: "nearly", text: "nearly 10,000", language: "en", expected: "nearly 10,000 [9000, 10000) en.hedge.nearly → just below [n−10%, n)" },
  { label: "roughly", text: "roughly 8,000", language: "en", expected: "roughly 8,000 [7200, 8800] en.hedge.roughly → about [n−10%, n+10%]" },
  { label: "at least", text: "at least 3,000", language: "en", expected: "at least 3,000 [3000, ∞) en.hedge.at-least → inclusive lower bound [n, ∞)" },
  { label: "between … and", text: "between 11,000 and 13,000", language: "en", expected: "between 11,000 and 13,000 [11000, 13000] en.range.between…and" },
  { label: "n to m", text: "11,500 to 13,000", language: "en", expected: "11,500 to 13,000 [11500, 13000] en.range.to" },
  { label: "tens of thousands", text: "tens of thousands", language: "en", expected: "tens of thousands [20000, 99999] en.vague.tens-of-thousands → [20000, 99999]" },
  { label: "several thousand", text: "several thousand", language: "en", expected: "several thousand [2000, 9999] en.vague.several-thousand → [2000, 9999]" },
] as const)("$label", ({ text, language, expected }) => {
  expect(read(text, language)).toBe(expected);
});
