import { describe, expect, test } from "vitest";
import { buildPlaceIndex } from "./build-place-index";
import type { GazetteerSources, SourceCountry } from "./gazetteer-sources";
import { hydratePlaceIndex } from "./place-index";

// A made-up world, so that these rules are tested apart from what the real packages happen to say.
function country(code: string, en: string, de: string, more: Partial<SourceCountry> = {}): SourceCountry {
  return { code, displayEn: en, displayDe: de, namesEn: [en], namesDe: [de], demonymsEn: [], population: 1000, germanIsOfficial: false, ...more };
}

const sources: GazetteerSources = {
  countries: [
    country("AA", "Aland", "Alanien", { namesEn: ["Aland", "Republic of Aland", "AA"], demonymsEn: ["Alandic"], population: 5_000_000 }),
    country("BB", "Borduria", "Bordurien", { namesDe: ["Bordurien", "Bordurei, Republik"], demonymsEn: ["Bordurian, Syldavian"], germanIsOfficial: true }),
    country("CC", "Alandic Islands", "Alandische Inseln", { demonymsEn: ["Alandic"], population: 20_000 }),
  ],
  subdivisions: [
    { country: "AA", id: "aaku", en: "Kurtz", de: null, localNames: ["Kurtz Oblast"] },
    { country: "AA", id: "aano", en: "Northern Territory", de: null, localNames: [] },
    { country: "AA", id: "aamo", en: "Moska", de: null, localNames: [] },
    { country: "AA", id: "aamp", en: "Moska Province", de: null, localNames: [] },
    { country: "BB", id: "bbsz", en: "Szohod Region", de: null, localNames: ["Szohoder Land/Szohod"] },
    { country: "BB", id: "bbya", en: "Yaka", de: null, localNames: ["Yaka (Yakovia) Republic", "Yaka (City)"] },
    // A capital district keyed by its local name, whose other name is its city's ("RS/Beograd", "Belgrade").
    { country: "BB", id: "bbbe", en: "Belgradovo", de: null, localNames: ["Belgradia"] },
  ],
  cities: [
    { country: "AA", name: "Kurtz", population: 400_000 },
    { country: "AA", name: "Moska", population: 9_000_000 },
    { country: "AA", name: "Valence", population: 800_000 },
    { country: "BB", name: "Valence", population: 1_300_000 },
    { country: "BB", name: "Valence", population: 20_000 },
    { country: "BB", name: "Zürichen", population: 50_000 },
    { country: "BB", name: "Belgradia", population: 1_200_000 },
    // Official names with a locative qualifier, which text leaves out.
    { country: "BB", name: "Oberau am Fluss", population: 600_000 },
    { country: "BB", name: "Oberau (Gau)", population: 60_000 },
    { country: "AA", name: "Tiefen upon Sea", population: 300_000 },
    { country: "BB", name: "Tiefen", population: 200_000 },
    { country: "AA", name: "Kurtz an der Bahn", population: 500_000 },
    { country: "BB", name: "Lauf in der Heide", population: 30_000 },
    { country: "AA", name: "Southby-on-Sea", population: 250_000 },
  ],
  zoneCities: [
    { zone: "Europe/Moska", country: "AA", en: "Moska", de: "Moskowa", idName: "Moska" },
    { zone: "Europe/Valence", country: "AA", en: "Valence", de: "Valenz", idName: "Valence" },
    { zone: "Europe/Nowhere", country: null, en: "Nowhere", de: "Nirgendwo", idName: "Nowhere" },
    { zone: "Europe/Belgradia", country: "BB", en: "Belgradia", de: "Belgradien", idName: "Belgradia" },
  ],
};

const index = hydratePlaceIndex(buildPlaceIndex(sources, "test"));
const first = (name: string) => index.named(name)?.[0];

describe("buildPlaceIndex", () => {
  test.each([
    { label: "a country by its German name", name: "alanien", key: "AA" },
    { label: "a country by an inverted official name", name: "republik bordurei", key: "BB" },
    { label: "a kind word dropped when a city corroborates the shorter name", name: "kurtz oblast", key: "AA/Kurtz" },
    { label: "a region shares its key with its namesake city", name: "kurtz", key: "AA/Kurtz" },
    { label: "a kind word kept when nothing corroborates the shorter name", name: "northern territory", key: "AA/Northern Territory" },
    { label: "… and the bare word is no name", name: "northern", key: undefined },
    { label: "a province keeps its kind word when the shorter name is another region's", name: "moska province", key: "AA/Moska Province" },
    { label: "alternatives split at a slash", name: "szohod", key: "BB/Szohod" },
    { label: "a kind word dropped when another name of the region corroborates it", name: "szohod region", key: "BB/Szohod" },
    { label: "the name around a parenthesis", name: "yaka republic", key: "BB/Yaka" },
    { label: "the name inside a parenthesis", name: "yakovia", key: "BB/Yaka" },
    { label: "a bare kind word in parentheses is no name", name: "city", key: undefined },
    { label: "nor the kind word after a parenthesis", name: "republic", key: undefined },
    { label: "a German exonym of a time-zone city, joined by name and country", name: "valenz", key: "AA/Valence" },
    { label: "an ambiguous city name: the most populous first", name: "valence", key: "BB/Valence" },
  ])("$label: $name → $key", ({ name, key }) => {
    expect(first(name)?.key).toBe(key);
  });

  test("a region and its namesake city are one row that keeps the region's kind and the city's population", () => {
    expect(index.byKey("AA/Kurtz")).toMatchObject({ kind: "region", population: 400_000 });
  });

  test("namesake cities of one country are one row with the largest population", () => {
    expect(index.byKey("BB/Valence")).toMatchObject({ kind: "city", population: 1_300_000 });
  });

  test("German names: local names where German is official, time-zone exonyms, else the English name", () => {
    expect(index.byKey("BB/Szohod")?.de).toBe("Szohoder Land");
    expect(index.byKey("AA/Moska")?.de).toBe("Moskowa");
    expect(index.byKey("AA/Kurtz")?.de).toBe("Kurtz");
  });

  test("a city that a region is also called by is that region's row, and so are its exonyms: one place in both languages", () => {
    expect(["belgradovo", "belgradia", "belgradien"].map((name) => first(name)?.key)).toEqual(["BB/Belgradovo", "BB/Belgradovo", "BB/Belgradovo"]);
    expect(index.byKey("BB/Belgradovo")).toMatchObject({ kind: "region", population: 1_200_000 });
    expect(index.byKey("BB/Belgradia")).toBeUndefined();
  });

  test("a time-zone city that joins no city adds nothing", () => {
    expect(first("nirgendwo")).toBeUndefined();
  });

  test("names of up to three letters match only as written", () => {
    expect(index.namedExactly("AA")?.[0]?.key).toBe("AA");
    expect(index.named("aa")).toBeUndefined();
  });

  test("English demonyms: lists are split, and a shared one goes to the more populous country", () => {
    expect(index.demonymsEn.get("syldavian")).toBe("BB");
    expect(index.demonymsEn.get("bordurian")).toBe("BB");
    expect(index.demonymsEn.get("alandic")).toBe("AA");
  });

  test.each([
    { label: "a short form goes to the one city clearly larger than the others of that short form", name: "oberau", key: "BB/Oberau am Fluss" },
    { label: "a hyphenated English link is a qualifier too", name: "southby", key: "AA/Southby-on-Sea" },
    { label: "the full name still finds its city", name: "oberau (gau)", key: "BB/Oberau (Gau)" },
    { label: "no short form where another city of like size has that name", name: "tiefen", key: "BB/Tiefen" },
    { label: "no short form where a region has that name", name: "kurtz", key: "AA/Kurtz" },
    { label: "no short form for a small town: bare short forms are often plain words", name: "lauf", key: undefined },
  ])("$label: $name → $key", ({ name, key }) => {
    expect(first(name)?.key).toBe(key);
  });

  test("a short form shared with a city of like size is no name of the larger", () => {
    expect(index.named("tiefen")?.map((row) => row.key)).toEqual(["BB/Tiefen"]);
  });

  test("names with accents are found without them", () => {
    expect(index.namedFolded("zurichen")?.[0]?.key).toBe("BB/Zürichen");
  });
});
