import { expect, test } from "vitest";
import { holderNameEndingAt } from "./holder-name-ending-at";
import { getLexicon, type Language } from "./lexicon";
import { tokenize } from "./tokenize";

// The name that may hold a figure, read back from the word before a marked token ("^"). Sentences of our own.
function nameBefore(text: string, language: Language, winning = false, fromWord = 0): string | null {
  const ts = tokenize(text.replace("^", ""));
  const at = text.indexOf("^");
  let end = 0;
  while (end < ts.count && (ts.start[end] ?? 0) < at) end++;
  return holderNameEndingAt(ts, end - 1, getLexicon(language), winning, fromWord)?.name ?? null;
}

test.each([
  { label: "an acronym", language: "de", text: "Am Ende lag die SPD ^mit 28 Prozent vorn.", expected: "SPD" },
  { label: "a name of two words", language: "de", text: "Dahinter kamen die Freien Wähler ^auf 9,8 Prozent.", expected: "Freien Wähler" },
  { label: "a party's possessive is the party", language: "en", text: "In the end Labour's ^share was 33%.", expected: "Labour" },
  { label: "a month is no name", language: "en", text: "Polls closed in March ^with 61% turnout.", expected: null },
  { label: "a ministry reports a share, it holds none", language: "de", text: "Das Ministerium ^nannte 63,8 Prozent.", expected: null },
  { label: "a word for a candidate is no part of the name", language: "de", text: "Die Kandidatin Lena Berg ^holte 41 Prozent.", expected: "Lena Berg" },
] as { label: string; language: Language; text: string; expected: string | null }[])("$label", ({ text, language, expected }) => {
  expect(nameBefore(text, language)).toBe(expected);
});

test.each([
  { label: "before a verb of winning, a word for an institution ends an English name", language: "en", text: "The Civic Union ^won 22.1%.", expected: "Civic Union" },
  { label: "…but alone it reports, it does not win", language: "en", text: "The Union ^won 22.1%.", expected: null },
] as { label: string; language: Language; text: string; expected: string | null }[])("$label", ({ text, language, expected }) => {
  expect(nameBefore(text, language, true)).toBe(expected);
});

test("a name starts no earlier than the bound given", () => {
  expect(nameBefore("Wahl Kiel Lena Berg ^gewann mit 41 Prozent.", "de", true, 2)).toBe("Lena Berg");
  expect(nameBefore("Result Leeds Jane Doe ^won with 41%.", "en", true, 3)).toBe("Doe");
});
