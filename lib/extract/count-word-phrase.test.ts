import { describe, expect, test } from "vitest";
import { isInCountWordPhrase, opensCountedPhrase } from "./count-word-phrase";
import { getLexicon, type Language } from "./lexicon";
import { lowerAt, type TokenStream } from "./tokens";
import { tokenize } from "./tokenize";

const at = (ts: TokenStream, word: string) => {
  for (let i = 0; i < ts.kind.length; i++) if (lowerAt(ts, i) === word) return i;
  throw new Error(`no "${word}"`);
};

describe("a count word opens what it counts, except after a source marker", () => {
  test.each([
    { language: "de", text: "Die Zahl der Toten stieg auf 12.", word: "zahl", opens: true },
    { language: "en", text: "The number of people killed rose to 12.", word: "number", opens: true },
    { language: "de", text: "Nach Schätzungen des Datenschutzbeauftragten sind 40.000 Menschen betroffen.", word: "schätzungen", opens: false },
    { language: "de", text: "Nach ersten Schätzungen der Behörde kamen 4.000 Menschen.", word: "schätzungen", opens: false },
    { language: "de", text: "Laut jüngsten Zählungen der Polizei kamen 4.000 Menschen.", word: "zählungen", opens: false },
    { language: "de", text: "Nach einer ersten Schätzung der Veranstalter kamen 4.000 Menschen.", word: "schätzung", opens: false },
    { language: "de", text: "Die Bilanz der Feuerwehr: 14 Verletzte.", word: "bilanz", opens: false },
    { language: "en", text: "The estimate of the organisers was 4,000.", word: "estimate", opens: false },
    { language: "de", text: "Die Zahl der Beamten stieg auf 5.000.", word: "zahl", opens: true },
  ] as const)("$language: $text", ({ language, text, word, opens }) => {
    const ts = tokenize(text);
    expect(opensCountedPhrase(ts, at(ts, word), getLexicon(language as Language))).toBe(opens);
  });
});

describe("a state inside the phrase after a count word", () => {
  test.each([
    { text: "Die Zahl der vom Cyberangriff betroffenen Kliniken stieg auf neun.", word: "betroffenen", inside: true },
    { text: "Die Zahl der betroffenen Kliniken stieg auf neun.", word: "betroffenen", inside: true },
    { text: "Neun Kliniken sind betroffen, sagte die Ministerin.", word: "betroffen", inside: false },
  ])("$text", ({ text, word, inside }) => {
    const ts = tokenize(text);
    expect(isInCountWordPhrase(ts, at(ts, word), getLexicon("de"))).toBe(inside);
  });
});
