import { expect, test } from "vitest";
import { isPageFurniture } from "./is-page-furniture";
import { getLexicon } from "./lexicon";

test.each([
  { label: "caption prefix", text: "Foto: Feuerwehrleute bei einer Übung", at: "Feuerwehrleute", language: "de", expected: true },
  { label: "read-also box", text: "LESEN SIE AUCH: 10.000 Evakuierte", at: "10.000", language: "de", expected: true },
  { label: "short line with a credit at the end", text: "Feuerwehrleute bei einer Übung. Foto: AP", at: "Feuerwehrleute", language: "de", expected: true },
  { label: "parenthesised credit", text: "Ein langer Absatz über den Vertrag (Foto: AP, 19.06.2024) und mehr.", at: "19.06", language: "de", expected: true },
  { label: "text after the credit's parenthesis", text: "Der Vertrag (Foto: AP) wurde am 19. Juni unterzeichnet.", at: "19.", language: "de", expected: false },
  { label: "English read-more box", text: "Read more: 10,000 evacuated", at: "10,000", language: "en", expected: true },
  { label: "prose", text: "Zweiter Absatz.\nFast 10.000 Menschen sind im Land.", at: "10.000", language: "de", expected: false },
] as const)("$label → $expected", ({ text, at, language, expected }) => {
  expect(isPageFurniture(text, text.indexOf(at), getLexicon(language))).toBe(expected);
});
