import { expect, test } from "vitest";
import { findSentence } from "./find-sentence";
import { getLexicon, type Language } from "./lexicon";
import { tokenize } from "./tokenize";

function sentenceAround(text: string, word: string, language: Language): string {
  const ts = tokenize(text);
  const at = text.indexOf(word);
  let i = 0;
  while (i < ts.count && (ts.end[i] ?? 0) <= at) i++;
  const s = findSentence(ts, i, getLexicon(language));
  return text.slice(ts.start[s.first], ts.end[s.last]);
}

test.each([
  { label: "periods end sentences", text: "Erster Satz. Zweiter Satz hier. Dritter.", word: "hier", language: "de", expected: "Zweiter Satz hier." },
  { label: "German ordinal date is not an end", text: "Das war am 24. Oktober so. Danach nicht.", word: "so", language: "de", expected: "Das war am 24. Oktober so." },
  { label: "German ordinal before a noun", text: "Zum 80. Jahrestag kamen alle. Dann gingen sie.", word: "alle", language: "de", expected: "Zum 80. Jahrestag kamen alle." },
  { label: "an age before an article ends a sentence", text: "Das sagte die Sprecherin Anna Roth, 52. Die Stadt widersprach.", word: "Sprecherin", language: "de", expected: "Das sagte die Sprecherin Anna Roth, 52." },
  { label: "abbreviation is not an end", text: "Es kamen ca. 500 Helfer. Ende.", word: "Helfer", language: "de", expected: "Es kamen ca. 500 Helfer." },
  { label: "a line break ends a headline", text: "Titel ohne Punkt\nDer erste Satz.", word: "erste", language: "de", expected: "Der erste Satz." },
  { label: "a closing quote belongs to its sentence", text: "Er sagte: „Es sind viele.“ Dann ging er.", word: "viele", language: "de", expected: "Er sagte: „Es sind viele.“" },
  { label: "English title abbreviation", text: "Mr. Hughes said so. Then he left.", word: "said", language: "en", expected: "Mr. Hughes said so." },
  { label: "question mark", text: "Wie viele? Niemand weiß es.", word: "Niemand", language: "de", expected: "Niemand weiß es." },
] as const)("$label", ({ text, word, language, expected }) => {
  expect(sentenceAround(text, word, language)).toBe(expected);
});
