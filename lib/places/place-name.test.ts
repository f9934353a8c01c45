import { beforeAll, describe, expect, test } from "vitest";
import { countryName, placeName } from "./place-name";
import { placeIndex } from "./load-place-index";
import type { PlaceLanguage } from "./schema";

beforeAll(() => void placeIndex(), 120_000); // the first run on a machine builds the index

describe("placeName", () => {
  test.each<{ key: string; language: PlaceLanguage; expected: string }>([
    { key: "PL", language: "de", expected: "Polen" },
    { key: "PL", language: "en", expected: "Poland" },
    { key: "ES/Murcia", language: "de", expected: "Murcia" },
    { key: "CZ/Prague", language: "de", expected: "Prag" },
    { key: "CZ/Prague", language: "en", expected: "Prague" },
    { key: "DE/North Rhine-Westphalia", language: "de", expected: "Nordrhein-Westfalen" },
    { key: "?/Kattowitz", language: "de", expected: "Kattowitz" },
    { key: "XX/Nowhere", language: "en", expected: "Nowhere" },
  ])("$key in $language → $expected", ({ key, language, expected }) => {
    expect(placeName(key, language)).toBe(expected);
  });
});

describe("countryName", () => {
  test.each<{ iso: string; language: PlaceLanguage; expected: string }>([
    { iso: "NL", language: "de", expected: "Niederlande" },
    { iso: "NL", language: "en", expected: "Netherlands" },
    { iso: "us", language: "de", expected: "Vereinigte Staaten" },
    { iso: "ZZZ", language: "de", expected: "ZZZ" },
  ])("$iso in $language → $expected", ({ iso, language, expected }) => {
    expect(countryName(iso, language)).toBe(expected);
  });
});
