import { expect, test } from "vitest";
import { getLexicon, type Language } from "./lexicon";
import { namesKnownSource } from "./names-known-source";
import { tokenize } from "./tokenize";

// A whole phrase is read as the claimant span. Phrases of our own.
test.each([
  { label: "an institution the tables know", language: "de", text: "Die Feuerwehr", expected: true },
  { label: "a title", language: "en", text: "the finance minister", expected: true },
  { label: "a short form in capitals", language: "de", text: "die IGM", expected: true },
  { label: "a plain noun names no source", language: "de", text: "Die Lage", expected: false },
  { label: "nor does a thing in English", language: "en", text: "the bridge", expected: false },
] as { label: string; language: Language; text: string; expected: boolean }[])("$label", ({ text, language, expected }) => {
  const ts = tokenize(text);
  expect(namesKnownSource(ts, { first: 0, last: ts.count - 1 }, getLexicon(language))).toBe(expected);
});
