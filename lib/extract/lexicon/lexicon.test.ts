import { describe, expect, test } from "vitest";
import { conceptOfNoun } from "../read-counted-phrase";
import { eventConcepts } from "./concepts";
import { de } from "./de";
import { en } from "./en";
import { getLexicon } from "./index";
import { tolerances } from "./tolerances";

describe.each([de, en])("the $language word tables", (lex) => {
  test("keys are lowercase, so matching never depends on how the text capitalizes", () => {
    const tables = [lex.hedges, lex.postHedges, lex.vague, lex.currencies, lex.measures, lex.certaintyCues, lex.months, lex.weekdays, lex.claimantWords, lex.changeMarkers, lex.fractions];
    for (const table of tables) for (const key of Object.keys(table)) expect(key).toBe(key.toLowerCase());
  });

  test("vague amounts are intervals with min ≤ max", () => {
    for (const [min, max] of Object.values(lex.vague)) expect(min).toBeLessThanOrEqual(max);
  });

  test("every number word and the first word of every event phrase is a trigger", () => {
    const compiled = getLexicon(lex.language);
    const events = eventConcepts.flatMap((e) => [...e.words[lex.language], ...(e.denials?.[lex.language] ?? [])]);
    for (const word of [...Object.keys(lex.numberWords), ...events.map((p) => p.split(" ")[0]!)]) expect(compiled.triggers.has(word)).toBe(true);
  });

});

test.each([
  { language: "de", forms: ["Tote", "Toten", "Todesopfer", "Hochwassertote"], concept: "dead" },
  { language: "de", forms: ["Soldaten", "Soldat", "Elitesoldaten", "Soldatinnen"], concept: "troops" },
  { language: "de", forms: ["Demonstranten", "Demonstrierende", "Teilnehmern"], concept: "protesters" },
  { language: "de", forms: ["Stimmen", "Wählerstimmen", "Zweitstimmen"], concept: "votes" },
  { language: "de", forms: ["Häuser", "Häusern", "Gebäude", "Gebäuden", "Wohnhäuser"], concept: "buildings" },
  { language: "en", forms: ["deaths", "fatalities", "dead"], concept: "dead" },
  { language: "en", forms: ["protesters", "protestors", "demonstrators"], concept: "protesters" },
  { language: "en", forms: ["votes", "ballots"], concept: "votes" },
] as const)("inflected and compound forms find their concept: $concept ($language)", ({ language, forms, concept }) => {
  for (const form of forms) expect(conceptOfNoun(form, getLexicon(language))?.key).toBe(concept);
});

test.each([
  { word: "Wahl", why: "an election, though the stemmer gives it the stem of Wähler" },
  { word: "Bürgerschaftswahl", why: "a compound of Wahl, not of Wähler" },
])("$word is no count of voters: $why", ({ word }) => {
  expect(conceptOfNoun(word, getLexicon("de"))).toBeNull();
  expect(conceptOfNoun("Stammwähler", getLexicon("de"))?.key).toBe("voters");
});

test("the fuzzy hedges are a tenth either way", () => {
  expect(tolerances).toEqual({ about: 0.1, justBelow: 0.1, justAbove: 0.1 });
});

test("no table names a place, a country or a nationality: the world comes from lib/places", () => {
  const words = [de, en].flatMap((lex) => [...Object.keys(lex.claimantWords), ...lex.titles, ...Object.keys(lex.currencies)]);
  for (const name of ["russland", "russia", "ukraine", "kursk", "nordkorea", "north korea", "pentagon", "kreml", "kremlin"]) expect(words).not.toContain(name);
});
