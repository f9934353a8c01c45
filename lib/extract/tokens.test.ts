import { expect, test } from "vitest";
import { tokenize } from "./tokenize";
import { hasOrdinalSuffix, isJoiningHyphen, withoutGenitiveS } from "./tokens";

test.each([
  { label: "an English possessive loses its 's", word: "Labour's", expected: "Labour" },
  { label: "…with either apostrophe", word: "the council’s", expected: "the council" },
  { label: "a German genitive without apostrophe stays", word: "Ministeriums", expected: "Ministeriums" },
])("withoutGenitiveS: $label", ({ word, expected }) => {
  expect(withoutGenitiveS(word)).toBe(expected);
});

// Which hyphens join two words: index of the hyphen token in each text.
test.each([
  { label: "a German compound name", text: "im Land Sachsen-Anhalt", hyphen: 3, expected: true },
  { label: "an English double name", text: "said Anna-Lena Moor", hyphen: 2, expected: true },
  { label: "a dash between spaces joins nothing", text: "Berlin - Hamburg", hyphen: 1, expected: false },
  { label: "a hyphen before a number joins no word", text: "Wahl-2030", hyphen: 1, expected: false },
])("isJoiningHyphen: $label", ({ text, hyphen, expected }) => {
  expect(isJoiningHyphen(tokenize(text), hyphen)).toBe(expected);
});

// Whether the number at token 1 carries an English ordinal's ending.
test.each([
  { label: "an English ordinal", text: "their 11th seat", expected: true },
  { label: "an ending set apart is none", text: "their 11 th seat", expected: false },
  { label: "a German ordinal ends in a dot, not a suffix", text: "ihr 11. Mandat", expected: false },
])("hasOrdinalSuffix: $label", ({ text, expected }) => {
  expect(hasOrdinalSuffix(tokenize(text), 1)).toBe(expected);
});
