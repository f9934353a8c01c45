import { buildGermanAdjectiveTables } from "./german-adjectives";
import type { GazetteerSources } from "./gazetteer-sources";
import { isKindWord, stripKindWords } from "./kind-words";
import { foldName, normalizeName } from "./normalize-name";
import { PLACE_INDEX_FORMAT, type PlaceIndexData } from "./place-index-data";
import { shortPlaceName } from "./short-place-name";

type Row = { key: string; kind: 0 | 1 | 2; country: string; en: string; de: string; population: number };

/** Names this short are codes and abbreviations: matched as written, so "in" and "it" stay words. */
const MAX_EXACT_LENGTH = 3;

/** The cache is tab- and line-separated text: no field may hold either. */
function oneLine(text: string): string {
  return text.replace(/\p{Cf}/gu, "").replace(/\s+/g, " ").trim();
}

/** "Moldova, Republic of" → "Republic of Moldova": the inverted form a text would use. */
function uninverted(name: string): string | null {
  const comma = name.indexOf(", ");
  return comma > 0 && name.indexOf(", ", comma + 2) < 0 ? `${name.slice(comma + 2)} ${name.slice(0, comma)}` : null;
}

/**
 * The names one data entry gives: "Valencia/València" is two, "Chagang-do (Chagang Province)" is
 * "Chagang-do" and "Chagang Province", "Sakha (Yakutia) Republic" is "Sakha Republic" and "Yakutia".
 * A bare kind word in parentheses ("Daugavpils (City)") is no name.
 */
function splitAlternatives(name: string): string[] {
  const out = new Set<string>([name]);
  for (const alternative of name.split("/")) {
    const inside = /\(([^()]*)\)/.exec(alternative);
    const outside = alternative.replace(/\s*\([^()]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
    for (const part of [outside, inside?.[1]?.trim()]) if (part && !isKindWord(part)) out.add(part);
  }
  return [...out];
}

class IndexBuilder {
  readonly rows: Row[] = [];
  private readonly rowOfKey = new Map<string, number>();
  private readonly names = new Map<string, Set<number>>();
  private readonly exact = new Map<string, Set<number>>();

  row(key: string): Row | undefined {
    const i = this.rowOfKey.get(oneLine(key));
    return i === undefined ? undefined : this.rows[i];
  }

  add(input: Row): number {
    const row = { ...input, key: oneLine(input.key), en: oneLine(input.en), de: oneLine(input.de) };
    const existing = this.rowOfKey.get(row.key);
    if (existing !== undefined) return existing;
    this.rows.push(row);
    this.rowOfKey.set(row.key, this.rows.length - 1);
    return this.rows.length - 1;
  }

  /** The one first-level subdivision of `country` that already answers to `name`, if exactly one does. */
  regionNamed(country: string, name: string): Row | undefined {
    const trimmed = oneLine(name);
    if (trimmed.length <= MAX_EXACT_LENGTH) return undefined;
    const rows = [...(this.names.get(normalizeName(trimmed)) ?? [])].map((i) => this.rows[i]!).filter((r) => r.kind === 1 && r.country === country);
    return rows.length === 1 ? rows[0] : undefined;
  }

  /** The rows `name` already finds (names longer than three letters only). */
  named(name: string): Row[] {
    return [...(this.names.get(normalizeName(oneLine(name))) ?? [])].map((i) => this.rows[i]!);
  }

  /** Make `name` find the row of `key`. */
  name(key: string, name: string): void {
    const i = this.rowOfKey.get(oneLine(key));
    const trimmed = oneLine(name);
    if (i === undefined || !trimmed) return;
    const [map, form] = trimmed.length <= MAX_EXACT_LENGTH ? [this.exact, trimmed] : [this.names, normalizeName(trimmed)];
    const set = map.get(form) ?? new Set<number>();
    set.add(i);
    map.set(form, set);
  }

  private ranked(set: Set<number>): number[] {
    // country > region > city, then the larger population, then the key: the same answer on every machine.
    return [...set].sort((a, b) => {
      const ra = this.rows[a]!;
      const rb = this.rows[b]!;
      return ra.kind - rb.kind || rb.population - ra.population || (ra.key < rb.key ? -1 : ra.key > rb.key ? 1 : 0);
    });
  }

  lists(): Pick<PlaceIndexData, "names" | "folded" | "exact"> {
    const folded = new Map<string, Set<number>>();
    for (const [name, set] of this.names) {
      const f = foldName(name);
      if (f === name) continue;
      const into = folded.get(f) ?? new Set<number>();
      for (const i of set) into.add(i);
      folded.set(f, into);
    }
    const out = (map: Map<string, Set<number>>) => [...map].map(([name, set]) => `${name}\t${this.ranked(set).join(",")}`).join("\n");
    return { names: out(this.names), folded: out(folded), exact: out(this.exact) };
  }
}

function addCountries(b: IndexBuilder, sources: GazetteerSources): void {
  for (const c of sources.countries) {
    b.add({ key: c.code, kind: 0, country: c.code, en: c.displayEn, de: c.displayDe, population: c.population });
    for (const name of [...c.namesEn, ...c.namesDe]) {
      b.name(c.code, name);
      const plain = uninverted(name);
      if (plain) b.name(c.code, plain);
    }
  }
}

function addSubdivisions(b: IndexBuilder, sources: GazetteerSources, germanCountries: Set<string>, cityNames: Set<string>): void {
  for (const s of sources.subdivisions) {
    const names = [s.en, ...s.localNames].filter((n): n is string => !!n).flatMap(splitAlternatives);
    const english = s.en ?? names[0];
    if (!english) continue;
    const known = new Set(names.map(normalizeName));
    // A kind word is dropped only when the data corroborates the shorter name, as another name of this
    // subdivision or a city of the country ("Murcia Region" → "Murcia"); "Northern Territory" stays whole.
    const short = (name: string): string | null => {
      const stripped = stripKindWords(name);
      if (!stripped) return null;
      const n = normalizeName(stripped);
      return known.has(n) || cityNames.has(`${s.country}/${n}`) ? stripped : null;
    };
    let keyName = short(english) ?? english;
    if (b.row(`${s.country}/${keyName}`)?.kind === 1) keyName = english; // "Buenos Aires Province" must not take the key of "Buenos Aires"
    const key = `${s.country}/${keyName}`;
    if (b.row(key)?.kind === 1) continue; // two codes for one name: the first keeps it
    const germanLocal = germanCountries.has(s.country) ? s.localNames.flatMap(splitAlternatives).find((n) => n !== english && !/[/()]/.test(n)) : undefined;
    b.add({ key, kind: 1, country: s.country, en: keyName, de: germanLocal ?? s.de ?? keyName, population: 0 });
    for (const name of names) {
      b.name(key, name);
      const shorter = short(name);
      if (shorter) b.name(key, shorter);
    }
    if (s.de) b.name(key, s.de);
  }
}

/** Adds the cities; returns each city's name with the row that took it, for joining exonyms by that name. */
function addCities(b: IndexBuilder, sources: GazetteerSources): [string, Row][] {
  const taken: [string, Row][] = [];
  // Most populous first, so a country's namesake cities keep the largest one's population.
  for (const c of [...sources.cities].sort((x, y) => y.population - x.population)) {
    // A region that the data already calls by the city's name is the city's namesake even when its key
    // was spelled otherwise ("RS/Beograd" also named "Belgrade", "CH/Geneva" also named "Genève"):
    // one key, or a German article's "Belgrad" and an English one's "Belgrade" would be two places.
    const key = b.row(`${c.country}/${c.name}`) ? `${c.country}/${c.name}` : (b.regionNamed(c.country, c.name)?.key ?? `${c.country}/${c.name}`);
    const existing = b.row(key);
    if (existing) {
      // A region and its namesake city share the key ("ES/Murcia"): the region contains the city, and a
      // text rarely tells them apart. The region keeps its kind; the city lends its population.
      existing.population = Math.max(existing.population, c.population);
    } else {
      b.add({ key, kind: 2, country: c.country, en: c.name, de: c.name, population: c.population });
    }
    b.name(key, c.name);
    taken.push([c.name, b.row(key)!]);
  }
  return taken;
}

/** German (and English) exonyms from CLDR's time-zone cities, joined to the gazetteer by English name and country. */
function addZoneCities(b: IndexBuilder, sources: GazetteerSources, citiesByName: Map<string, Row[]>): void {
  for (const z of sources.zoneCities) {
    // By the name as spelled, then without accents ("Zurich" is GeoNames' "Zürich").
    const candidates = [z.en, z.idName].flatMap((name) => citiesByName.get(normalizeName(name)) ?? citiesByName.get(foldName(name)) ?? []);
    const row = candidates.find((r) => z.country === null || r.country === z.country);
    if (!row) continue;
    if (z.de !== z.en && row.de === row.en) row.de = oneLine(z.de);
    for (const name of [z.en, z.de, z.idName]) b.name(row.key, name);
  }
}

/** A town text calls by its bare short form is a known one: below this, short forms are often plain words (the conjunction "weil"). */
const SHORT_NAME_MIN_POPULATION = 50_000;
/** A short form shared with other towns goes to one only when it is this many times as populous as each of them. */
const CLEARLY_LARGER = 3;

/**
 * A city's name without its locative qualifier becomes another name of it ("Xstadt am Fluss" is also
 * "Xstadt"), as a report writes it. Never when the short form names a country or a region, and when
 * it is shared (other cities of that name, or other cities with the same short form) only for a city
 * clearly more populous than every other: otherwise the bare name says too little to choose.
 */
function addShortNames(b: IndexBuilder): void {
  const byShort = new Map<string, { short: string; rows: Row[] }>();
  for (const row of b.rows) {
    if (row.kind !== 2) continue;
    const short = shortPlaceName(row.en);
    if (!short || short.length <= MAX_EXACT_LENGTH) continue;
    const form = normalizeName(short);
    const entry = byShort.get(form) ?? { short, rows: [] };
    entry.rows.push(row);
    byShort.set(form, entry);
  }
  for (const { short, rows } of byShort.values()) {
    const named = b.named(short);
    if (named.some((r) => r.kind !== 2)) continue;
    const [largest, ...others] = [...rows].sort((x, y) => y.population - x.population);
    if (!largest || largest.population < SHORT_NAME_MIN_POPULATION) continue;
    const rival = Math.max(0, ...[...others, ...named].filter((r) => r !== largest).map((r) => r.population));
    if (largest.population >= CLEARLY_LARGER * rival) b.name(largest.key, short);
  }
}

function demonymsOf(sources: GazetteerSources): [string, string][] {
  const best = new Map<string, { code: string; population: number }>();
  for (const c of sources.countries) {
    // "Antiguan, Barbudan" and "Kittitian or Nevisian" list two demonyms.
    for (const phrase of new Set(c.demonymsEn.flatMap((d) => d.split(/, | or /)))) {
      const form = foldName(phrase);
      const seen = best.get(form);
      // "French" is France's and the French Southern Territories': the more populous country takes it.
      if (form && (!seen || c.population > seen.population)) best.set(form, { code: c.code, population: c.population });
    }
  }
  return [...best].map(([form, { code }]) => [form, code]);
}

/**
 * The compact place index from what the data packages say: pure, so tests can build one from a
 * handful of rows. `sourcesHash` names the data it came from.
 */
export function buildPlaceIndex(sources: GazetteerSources, sourcesHash: string): PlaceIndexData {
  const b = new IndexBuilder();
  addCountries(b, sources);
  const germanCountries = new Set(sources.countries.filter((c) => c.germanIsOfficial).map((c) => c.code));
  const cityNames = new Set(sources.cities.map((c) => `${c.country}/${normalizeName(c.name)}`));
  addSubdivisions(b, sources, germanCountries, cityNames);
  const cityRows = addCities(b, sources);
  const citiesByName = new Map<string, Row[]>();
  const byName = (name: string, row: Row) => {
    for (const form of new Set([normalizeName(name), foldName(name)])) {
      const list = citiesByName.get(form) ?? [];
      if (!list.includes(row)) list.push(row);
      citiesByName.set(form, list);
    }
  };
  for (const row of b.rows) if (row.kind !== 0) byName(row.en, row);
  for (const [name, row] of cityRows) byName(name, row);
  for (const list of citiesByName.values()) list.sort((x, y) => y.population - x.population);
  addZoneCities(b, sources, citiesByName);
  addShortNames(b);
  return {
    format: PLACE_INDEX_FORMAT,
    sources: sourcesHash,
    places: b.rows.map((r) => [r.key, r.kind, r.en, r.de === r.en ? "" : r.de, r.population].join("\t")).join("\n"),
    ...b.lists(),
    demonymsEn: demonymsOf(sources),
    german: buildGermanAdjectiveTables(sources.countries),
  };
}
