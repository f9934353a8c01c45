import { beforeAll, describe, expect, test } from "vitest";
import { countryOfGermanInhabitants } from "./country-of-adjective";
import { placeIndex } from "./load-place-index";

beforeAll(() => void placeIndex(), 120_000); // the first run on a machine builds the index

describe("countryOfGermanInhabitants", () => {
  test.each([
    ["Italiener", "IT"], ["Italienern", "IT"], ["Österreicher", "AT"], ["Schweizer", "CH"], ["Spanier", "ES"],
    ["Syrer", "SY"], ["Ukrainer", "UA"], ["Niederländer", "NL"], ["Amerikaner", "US"], ["Brasilianer", "BR"],
    ["Kanadier", "CA"], ["Polen", "PL"], ["Franzosen", "FR"], ["Franzose", "FR"], ["Briten", "GB"], ["Türken", "TR"],
    ["Griechen", "GR"], ["Chinesen", "CN"], ["Russen", "RU"], ["Schweden", "SE"], ["Tschechen", "CZ"], ["Finnen", "FI"],
  ])("%s → %s", (word, country) => {
    expect(countryOfGermanInhabitants(word)).toBe(country);
  });

  test.each(["Menschen", "Helfer", "Lehrer", "Bauern", "Patienten", "Soldaten", "Wähler", "Kinder", "Meter", "Liter", "Berliner", "Koreaner", "Ländern", "Staaten"])(
    "%s names no one country's people",
    (word) => {
      expect(countryOfGermanInhabitants(word)).toBeNull();
    },
  );
});
