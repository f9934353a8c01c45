import { expect, test } from "vitest";
import { describeCount } from "./describe-count";
import { findCasualtyState } from "./find-casualty-state";
import { findCountedNoun } from "./find-counted-noun";
import { getLexicon, type Language } from "./lexicon";
import { tokenize } from "./tokenize";

// Looks right after a leading number, as the extraction does.
function what(text: string, language: Language): string {
  const lex = getLexicon(language);
  const ts = tokenize(`155${text.startsWith("-") ? "" : " "}${text}`);
  const noun = findCountedNoun(ts, 1, lex);
  if (noun.kind !== "noun") return noun.kind;
  const state = findCasualtyState(ts, noun.last + 1, lex);
  const count = describeCount(noun.nounClass, state, noun.nationality);
  return `${count.subject} / ${count.counted}${noun.needsState && !state ? " (needs a state)" : ""}`;
}

test.each([
  { label: "plural noun", text: "Soldaten", language: "de", expected: "troops / troops" },
  { label: "adjectives between", text: "nordkoreanische Soldaten", language: "de", expected: "troops / North Korean troops" },
  { label: "genitive adjective", text: "nordkoreanischer Soldaten", language: "de", expected: "troops / North Korean troops" },
  { label: "-n ending", text: "Truppen", language: "de", expected: "troops / troops" },
  { label: "-n dative ending", text: "Kämpfern", language: "de", expected: "troops / troops" },
  { label: "compound", text: "Elitesoldaten", language: "de", expected: "troops / troops" },
  { label: "Mann only whole", text: "Kaufmann", language: "de", expected: "none" },
  { label: "casualty clause", text: "Soldaten in der Region Kursk getötet oder verletzt", language: "de", expected: "casualties / troops killed or wounded" },
  { label: "killed only", text: "Soldaten wurden getötet", language: "de", expected: "killed / troops killed" },
  { label: "noun of the dead", text: "Tote", language: "de", expected: "killed / killed" },
  { label: "Verluste", text: "Verluste", language: "de", expected: "casualties / killed or wounded" },
  { label: "civilians keep their own subject", text: "Zivilisten verletzt", language: "de", expected: "civilians-wounded / civilians wounded" },
  { label: "generic people need a state", text: "Menschen", language: "de", expected: "people / people (needs a state)" },
  { label: "anaphora", text: "von ihnen", language: "de", expected: "anaphora" },
  { label: "unit", text: "mm", language: "de", expected: "unit" },
  { label: "hyphenated unit", text: "-mm-Granaten", language: "de", expected: "unit" },
  { label: "percentage", text: "Prozent der Soldaten", language: "de", expected: "unit" },
  { label: "a duration is a unit", text: "Jahre nach Kriegsbeginn", language: "de", expected: "unit" },
  { label: "another noun first", text: "Panzer und Soldaten", language: "de", expected: "none" },
  // Uninflected words are verbs or adverbs; verbs ending like adjectives ("kamen") still slip through.
  { label: "verb then noun", text: "sind Soldaten", language: "de", expected: "none" },
  { label: "English capitalized adjectives", text: "North Korean troops", language: "en", expected: "troops / North Korean troops" },
  { label: "English of-bridge", text: "of North Korean soldiers", language: "en", expected: "troops / North Korean troops" },
  { label: "English killed or wounded", text: "soldiers were killed or wounded", language: "en", expected: "casualties / troops killed or wounded" },
  { label: "English casualties noun", text: "casualties", language: "en", expected: "casualties / killed or wounded" },
  { label: "English function word stops", text: "in the Kursk region", language: "en", expected: "none" },
] as const)("$label: $text → $expected", ({ text, language, expected }) => {
  expect(what(text, language)).toBe(expected);
});
