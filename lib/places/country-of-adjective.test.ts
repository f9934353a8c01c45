import { createRequire } from "node:module";
import { beforeAll, describe, expect, test } from "vitest";
import { countryOfAdjective, matchAdjectiveAt } from "./country-of-adjective";
import { adjectiveBase, germanAdjectiveCountry } from "./german-adjectives";
import { placeIndex } from "./load-place-index";
import type { PlaceLanguage } from "./schema";

beforeAll(() => void placeIndex(), 120_000); // the first run on a machine builds the index

describe("countryOfAdjective", () => {
  test.each<{ words: string; language: PlaceLanguage; country: string | null }>([
    { words: "nordmazedonische", language: "de", country: "MK" },
    { words: "nordmazedonischen", language: "de", country: "MK" },
    { words: "Nordmazedonischer", language: "de", country: "MK" },
    { words: "italienischer", language: "de", country: "IT" },
    { words: "italienischem", language: "de", country: "IT" },
    { words: "portugiesische", language: "de", country: "PT" },
    { words: "spanischen", language: "de", country: "ES" },
    { words: "US-amerikanische", language: "de", country: "US" },
    { words: "amerikanischen", language: "de", country: "US" },
    { words: "französische", language: "de", country: "FR" },
    { words: "britischen", language: "de", country: "GB" },
    { words: "deutsche", language: "de", country: "DE" },
    { words: "Deutschen", language: "de", country: "DE" },
    { words: "chinesische", language: "de", country: "CN" },
    { words: "polnische", language: "de", country: "PL" },
    { words: "südkoreanische", language: "de", country: "KR" },
    { words: "niederländische", language: "de", country: "NL" },
    { words: "schweizerischen", language: "de", country: "CH" },
    { words: "österreichische", language: "de", country: "AT" },
    { words: "israelische", language: "de", country: "IL" },
    { words: "indische", language: "de", country: "IN" },
    { words: "indonesische", language: "de", country: "ID" },
    { words: "tschechische", language: "de", country: "CZ" },
    { words: "griechischen", language: "de", country: "GR" },
    { words: "koreanische (which Korea?)".split(" ")[0]!, language: "de", country: null },
    { words: "deutsch-französische", language: "de", country: null },
    { words: "politische", language: "de", country: null },
    { words: "praktischen", language: "de", country: null },
    { words: "malerische", language: "de", country: null },
    { words: "islamische", language: "de", country: null },
    { words: "europäische", language: "de", country: null },
    { words: "Wähler", language: "de", country: null },
    { words: "Sri Lankan", language: "en", country: "LK" },
    { words: "sri-lankan", language: "en", country: "LK" },
    { words: "South African", language: "en", country: "ZA" },
    { words: "Polish", language: "en", country: "PL" },
    { words: "Italians", language: "en", country: "IT" },
    { words: "Portuguese", language: "en", country: "PT" },
    { words: "Spanish", language: "en", country: "ES" },
    { words: "British", language: "en", country: "GB" },
    { words: "French", language: "en", country: "FR" },
    { words: "American", language: "en", country: "US" },
    { words: "Dutch", language: "en", country: "NL" },
    { words: "Korean", language: "en", country: null },
    { words: "Lankan", language: "en", country: null },
    { words: "French-German", language: "en", country: null },
    { words: "", language: "en", country: null },
  ])("$language $words → $country", ({ words, language, country }) => {
    expect(countryOfAdjective(words, language)).toBe(country);
  });
});

describe("matchAdjectiveAt", () => {
  test.each<{ label: string; tokens: string[]; i: number; language: PlaceLanguage; expected: { country: string; length: number } | null }>([
    { label: "a two-word demonym", tokens: ["the", "sri", "lankan", "workers"], i: 1, language: "en", expected: { country: "LK", length: 2 } },
    { label: "a one-word demonym", tokens: ["polish", "workers"], i: 0, language: "en", expected: { country: "PL", length: 1 } },
    { label: "a demonym before a hyphenated word", tokens: ["french", "-", "backed", "candidates"], i: 0, language: "en", expected: { country: "FR", length: 1 } },
    { label: "two countries joined by a hyphen", tokens: ["french", "-", "german", "border"], i: 0, language: "en", expected: null },
    { label: "a word that starts no demonym", tokens: ["voters"], i: 0, language: "en", expected: null },
    { label: "a German hyphen compound", tokens: ["us", "-", "amerikanische", "wähler"], i: 0, language: "de", expected: { country: "US", length: 3 } },
    { label: "a German adjective", tokens: ["südafrikanische", "wähler"], i: 0, language: "de", expected: { country: "ZA", length: 1 } },
    { label: "two countries in German", tokens: ["deutsch", "-", "französische", "beziehungen"], i: 0, language: "de", expected: null },
    { label: "a compound whose tail is no adjective", tokens: ["griechisch", "-", "orthodoxe", "kirche"], i: 0, language: "de", expected: { country: "GR", length: 1 } },
    { label: "out of range", tokens: ["polish"], i: 3, language: "en", expected: null },
  ])("$label", ({ tokens, i, language, expected }) => {
    expect(matchAdjectiveAt(tokens, i, language)).toEqual(expected);
  });
});

// How much of German nationality vocabulary the formation rule reaches, measured against an independent
// list (the i18n-nationality package, a dev dependency used only here). Its German entries are
// capitalized adjectives ("Südafrikanisch"); those that are not single -isch adjectives ("Hongkong",
// "Kongolesisch (Republik Kongo)") are left out. The rule must reach most and contradict none.
describe("the German formation rule against an independent list", () => {
  const listed = Object.entries(
    (createRequire(import.meta.url)("i18n-nationality/langs/de.json") as { nationalities: Record<string, string> }).nationalities,
  ).filter(([, adjective]) => /^[\p{L}-]+isch$/u.test(adjective));

  test("reaches at least 80% of the listed adjectives and never names another country", () => {
    const index = placeIndex();
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const [code, adjective] of listed) {
      const country = germanAdjectiveCountry(adjective, index.german);
      if (country === null) missed.push(adjective);
      else if (country !== code) wrong.push(`${adjective}: ${country}, listed as ${code}`);
    }
    expect(listed.length).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
    expect(1 - missed.length / listed.length).toBeGreaterThanOrEqual(0.8);
  });

  test("every listed adjective is recognized as an adjective (inflection stripping)", () => {
    for (const [, adjective] of listed) expect(adjectiveBase(`${adjective}en`)).not.toBeNull();
  });
});
