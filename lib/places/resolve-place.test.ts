import { beforeAll, describe, expect, test } from "vitest";
import { contains } from "./contains";
import { resolvePlace } from "./resolve-place";
import type { PlaceLanguage } from "./schema";
import { placeIndex } from "./load-place-index";
import { unknownPlace } from "./unknown-place";

beforeAll(() => void placeIndex(), 120_000); // the first run on a machine builds the index

type Row = { label: string; name: string; language: PlaceLanguage; countries?: string[]; key: string | null; kind?: string; shown?: string };

describe("resolvePlace", () => {
  test.each<Row>([
    { label: "a country in German", name: "Polen", language: "de", key: "PL", kind: "country", shown: "Polen" },
    { label: "the same country in English", name: "Poland", language: "en", key: "PL", shown: "Poland" },
    { label: "an official name", name: "Republic of Poland", language: "en", key: "PL" },
    { label: "an abbreviation, as written", name: "USA", language: "de", key: "US", shown: "Vereinigte Staaten" },
    { label: "a German alias", name: "Vereinigte Staaten", language: "de", key: "US" },
    { label: "a German alias of the United Kingdom", name: "Großbritannien", language: "de", key: "GB" },
    { label: "upper case in a headline", name: "SPANIEN", language: "de", key: "ES" },
    { label: "a first-level region", name: "Murcia", language: "de", key: "ES/Murcia", kind: "region" },
    { label: "a region with its German kind word", name: "Region Murcia", language: "de", key: "ES/Murcia", kind: "region" },
    { label: "… another German kind word", name: "Gebiet Murcia", language: "de", key: "ES/Murcia" },
    { label: "… hyphenated after the name", name: "Murcia-Region", language: "de", key: "ES/Murcia" },
    { label: "a region with its English kind word", name: "Murcia region", language: "en", key: "ES/Murcia" },
    { label: "a kind word around an unknown name stays unknown", name: "Region Kattowitz", language: "de", key: null },
    { label: "a region under its local name", name: "Nordrhein-Westfalen", language: "de", key: "DE/North Rhine-Westphalia", shown: "Nordrhein-Westfalen" },
    { label: "the same region in English", name: "North Rhine-Westphalia", language: "en", key: "DE/North Rhine-Westphalia", shown: "North Rhine-Westphalia" },
    { label: "a US state", name: "California", language: "en", key: "US/California" },
    { label: "a German exonym of a capital", name: "Prag", language: "de", key: "CZ/Prague", shown: "Prag" },
    { label: "… and its English name", name: "Prague", language: "en", key: "CZ/Prague", shown: "Prague" },
    { label: "a German exonym of several words", name: "Mexiko-Stadt", language: "de", key: "MX/Mexico City" },
    { label: "Warschau", name: "Warschau", language: "de", key: "PL/Warsaw", shown: "Warschau" },
    { label: "Kalkutta (German)", name: "Kalkutta", language: "de", key: "IN/Kolkata", shown: "Kalkutta" },
    { label: "Kolkata (English)", name: "Kolkata", language: "en", key: "IN/Kolkata" },
    { label: "Calcutta (the older English spelling, from the time-zone ID)", name: "Calcutta", language: "en", key: "IN/Kolkata" },
    { label: "an English exonym joined to a city spelled with an accent", name: "Zurich", language: "en", key: "CH/Zürich" },
    { label: "a German exonym written with soft hyphens in the data", name: "Reykjavík", language: "de", key: "IS/Reykjavík", shown: "Reykjavík" },
    { label: "a German city under its own name", name: "Köln", language: "de", key: "DE/Köln" },
    { label: "accents left out, when the name as written is unknown", name: "Koln", language: "en", key: "DE/Köln" },
    { label: "an exact form wins over an accent-folded one", name: "Münster", language: "de", key: "DE/Münster" },
    { label: "German genitive -s", name: "Polens", language: "de", key: "PL" },
    { label: "German genitive of a country ending in -en", name: "Spaniens", language: "de", key: "ES" },
    { label: "German genitive of a city", name: "Washingtons", language: "de", key: "US/Washington" },
    { label: "English possessive", name: "Poland's", language: "en", key: "PL" },
    { label: "ambiguous, no hint: the most populous", name: "Valencia", language: "de", key: "VE/Valencia" },
    { label: "ambiguous, with a hint", name: "Valencia", language: "de", countries: ["ES"], key: "ES/Valencia" },
    { label: "a country before a city of the same name", name: "Georgia", language: "en", key: "GE" },
    { label: "… unless the hint says otherwise", name: "Georgia", language: "en", countries: ["US"], key: "US/Georgia" },
    { label: "a name nobody knows", name: "Kattowitz", language: "de", key: null },
    { label: "a word that is no place", name: "Feuerwehrleute", language: "de", key: null },
    { label: "lowercase two-letter words are not country codes", name: "in", language: "de", key: null },
    { label: "empty", name: "   ", language: "de", key: null },
    { label: "a sentence is not a name", name: "Polen ".repeat(40), language: "de", key: null },
  ])("$label: $name → $key", ({ name, language, countries, key, kind, shown }) => {
    const place = resolvePlace(name, language, countries ? { countries } : undefined);
    expect(place?.key ?? null).toBe(key);
    if (kind) expect(place?.kind).toBe(kind);
    if (shown) expect(place?.name).toBe(shown);
  });

  test("Region Kursk is inside Russland, and Valencia (ES) inside Spanien", () => {
    const kursk = resolvePlace("Kursk", "de")!;
    expect(kursk.country).toBe("RU");
    expect(contains(resolvePlace("Russland", "de")!.key, kursk.key)).toBe(true);
    expect(contains(resolvePlace("Spanien", "de")!.key, resolvePlace("Valencia", "de", { countries: ["ES"] })!.key)).toBe(true);
    expect(contains(resolvePlace("Spanien", "de")!.key, resolvePlace("Valencia", "de")!.key)).toBe(false);
  });

  test("a caller may change the Place it got without changing the next caller's", () => {
    const first = resolvePlace("Prag", "de")!;
    first.name = "changed";
    expect(resolvePlace("Prag", "de")!.name).toBe("Prag");
  });

  test("Prag and Prague are one key, as are Kalkutta, Kolkata and Calcutta", () => {
    expect(resolvePlace("Prag", "de")!.key).toBe(resolvePlace("Prague", "en")!.key);
    const keys = new Set(["Kalkutta", "Kolkata", "Calcutta"].map((n) => resolvePlace(n, n === "Kalkutta" ? "de" : "en")!.key));
    expect(keys.size).toBe(1);
  });
});

// What a German and an English article call one city: the pair must be one place, inside the country
// as either language names it. Only pairs the maintained data gives (CLDR's time-zone exemplar cities);
// "München"/"Munich" or "Köln"/"Cologne" are not among them (see gazetteer-sources.ts).
describe("a city's German and English names", () => {
  test.each([
    { de: "Wien", en: "Vienna", countryDe: "Österreich", countryEn: "Austria" },
    { de: "Warschau", en: "Warsaw", countryDe: "Polen", countryEn: "Poland" },
    { de: "Kiew", en: "Kyiv", countryDe: "Ukraine", countryEn: "Ukraine" },
    { de: "Lissabon", en: "Lisbon", countryDe: "Portugal", countryEn: "Portugal" },
    { de: "Brüssel", en: "Brussels", countryDe: "Belgien", countryEn: "Belgium" },
    { de: "Moskau", en: "Moscow", countryDe: "Russland", countryEn: "Russia" },
    { de: "Kopenhagen", en: "Copenhagen", countryDe: "Dänemark", countryEn: "Denmark" },
    { de: "Belgrad", en: "Belgrade", countryDe: "Serbien", countryEn: "Serbia" },
  ])("$de and $en are one place, inside $countryDe and $countryEn", ({ de, en, countryDe, countryEn }) => {
    const german = resolvePlace(de, "de")!;
    const english = resolvePlace(en, "en")!;
    expect(german.key).toBe(english.key);
    expect(german.name).toBe(de);
    expect(contains(resolvePlace(countryDe, "de")!.key, german.key)).toBe(true);
    expect(contains(resolvePlace(countryEn, "en")!.key, english.key)).toBe(true);
  });
});

describe("unknownPlace", () => {
  test.each([
    { label: "the name as written", name: "Kattowitz", key: "?/Kattowitz" },
    { label: "white space collapsed", name: "  Bad \n Kleinstadt ", key: "?/Bad Kleinstadt" },
  ])("$label", ({ name, key }) => {
    const place = unknownPlace(name);
    expect(place).toEqual({ key, kind: "unknown", country: null, name: key.slice(2) });
  });

  test("an empty name is a caller's mistake", () => {
    expect(() => unknownPlace(" \t")).toThrow(/needs a name/);
  });
});
