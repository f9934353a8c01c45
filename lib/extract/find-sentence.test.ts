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
  { label: "a closing single quote belongs to its sentence", text: "Er nannte es ‚viel zu wenig.‘ Dann ging er.", word: "wenig", language: "de", expected: "Er nannte es ‚viel zu wenig.‘" },
  { label: "a closing English quote belongs to its sentence", text: "She called it “far too little.” Then she left.", word: "little", language: "en", expected: "She called it “far too little.”" },
  { label: "English title abbreviation", text: "Mr. Hughes said so. Then he left.", word: "said", language: "en", expected: "Mr. Hughes said so." },
  { label: "question mark", text: "Wie viele? Niemand weiß es.", word: "Niemand", language: "de", expected: "Niemand weiß es." },
] as const)("$label", ({ text, word, language, expected }) => {
  expect(sentenceAround(text, word, language)).toBe(expected);
});

// Readers step back and forth between sentences; each asks of one stream. Whatever order they ask
// in, every token gets the sentence a fresh stream gives it.
test.each([
  { language: "de", text: "Am Montag starben 12 Menschen. Laut Polizei waren es zuvor 9. Die Stadt meldete am Dienstag 15 Verletzte." },
  { language: "en", text: "Police counted 18,000 on Saturday. Organisers said 45,000 marched. The city gave no figure on Sunday." },
] as const)("a sentence found before is found again ($language)", ({ language, text }) => {
  const lex = getLexicon(language);
  const ts = tokenize(text);
  const order = [ts.count - 1, 0, Math.floor(ts.count / 2), 1, ts.count - 2, Math.floor(ts.count / 2) + 1];
  for (const i of order) expect(findSentence(ts, i, lex)).toEqual(findSentence(tokenize(text), i, lex));
});

test("a sentence longer than the scan's reach is not kept for its other tokens", () => {
  const lex = getLexicon("en");
  const text = `${Array.from({ length: 400 }, (_, n) => `word${n % 10 === 0 ? "" : "s"}`).join(" ")}. A short one.`;
  const ts = tokenize(text);
  findSentence(ts, 200, lex);
  findSentence(ts, ts.count - 2, lex);
  expect(findSentence(ts, 10, lex)).toEqual(findSentence(tokenize(text), 10, lex));
});
