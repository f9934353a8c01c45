// German nationality adjectives by the rules of German word formation, matched against the German
// country names of the data. No package carries German demonyms in a quality we could use (see the
// README), so the adjective is taken apart instead of looked up:
//
//   mexikanischen → (inflection -en) mexikanisch → (suffix -isch) mexikan → (infix -an) mexik
//   Mexiko        → (country ending -o)                                                 mexik  ✓
//
// 1. Fold the word: lowercase, umlauts as their base vowel ("niederländisch" ~ "Niederlande", the
//    umlaut that derivation adds), "ß" as "ss", no hyphens.
// 2. Strip one adjective inflection (-e, -en, -em, -er, -es); what is left must end in -sch.
// 3. Stems: the word without -isch, then without one derivational infix between stem and -isch
//    (-an amerik·an·isch, -ian brasil·ian·isch, -es chin·es·isch, -ens palästin·ens·isch, -er
//    schweiz·er·isch, -en chil·en·isch, -n pol·n·isch). A word already ending in -sch without -isch is
//    its own stem (deutsch ← Deutsch·land): German adds no -isch to a stem ending in -sch.
// 4. A country name is a stem plus one country-name ending (none, -a, -e, -o, -n, -en, -ien, -ia, -on,
//    -ei, -land, -enland, -stan, -istan), for the whole name and for its first and last words
//    ("Vereinigte Staaten von Amerika" → amerik·a).
// 5. The first stem (least stripped) that names a country wins; among its countries a whole name
//    before a word of a longer name, then the shortest ending; two countries left is no answer
//    ("koreanisch": the official names of both Koreas end in "Korea").
// Also: a two-word name "<adjective> Republik/Föderation" gives its adjective ("Tschechische
// Republik" → tschechisch).
//
// What the rule misses, by design: suppletive stems that share nothing with any German name of the
// country (französisch, britisch — the small IRREGULAR table below, the only place these two live);
// endings too particular to generalize (dänisch / Dänemark, portugiesisch / Portugal, venezolanisch,
// jemenitisch, kongolesisch, ivorisch); adjectives from names the data does not carry (weißrussisch,
// holländisch, englisch); compass-prefixed adjectives (süditalienisch) — stripping "nord" would make
// nordirisch Irish; and the nouns (die Italiener, ein Franzose). The coverage test measures the rule
// against an independent list (i18n-nationality).
import { z } from "zod";

const INFLECTIONS = ["en", "em", "er", "es", "e", ""];
const INFIXES = ["an", "ian", "es", "ens", "er", "en", "n"];
const COUNTRY_NAME_ENDINGS = ["", "a", "e", "o", "n", "en", "ien", "ia", "on", "ei", "land", "enland", "stan", "istan"];
const ADJECTIVAL_NAME_HEADS = new Set(["republik", "foderation"]);

// Suppletive adjectives: their stem is not a prefix of any German name of the country, so no rule of
// formation can reach it (Frankreich/französisch, Großbritannien/britisch). Keep this to what no rule
// can derive, and to countries news writes about every day.
const IRREGULAR: Record<string, string> = { franzos: "FR", brit: "GB" };

const FOLD_MARKS = /\p{M}+/gu;
const FOLD_DROP = /[-\s.'’]/g;
const SHARP_S = /ß/g;

/** Lowercase, no accents or umlauts (ä → a), ß → ss, no hyphens or spaces. */
export function foldGerman(word: string): string {
  return word.toLowerCase().replace(SHARP_S, "ss").normalize("NFD").replace(FOLD_MARKS, "").replace(FOLD_DROP, "");
}

/** The uninflected adjective ("mexikanischen" → "mexikanisch", folded), or null if `word` is not an -sch adjective. */
export function adjectiveBase(word: string): string | null {
  const folded = foldGerman(word);
  for (const ending of INFLECTIONS) {
    if (!folded.endsWith(ending)) continue;
    const base = folded.slice(0, folded.length - ending.length);
    if (base.length >= 5 && base.endsWith("sch")) return base;
  }
  return null;
}

/** The shortest stem a derivation may leave ("pol" of "polnisch"). */
export const MIN_STEM = 2;

/** `stem`, then `stem` without each derivational infix it ends in, least stripped first. */
export function withInfixesOff(stem: string, infixes: readonly string[]): string[] {
  const out = [stem];
  for (const infix of infixes) if (stem.endsWith(infix) && stem.length - infix.length >= MIN_STEM) out.push(stem.slice(0, -infix.length));
  return out;
}

/** Candidate stems of an adjective base, least stripped first (step 3). */
function adjectiveStems(base: string): string[] {
  return base.endsWith("isch") ? withInfixesOff(base.slice(0, -4), INFIXES) : [base];
}

// A stem from a word of a longer name ranks after any stem from a whole name: "chinesisch" is China's,
// not Hong Kong's ("Sonderverwaltungszone Hongkong der Volksrepublik China").
const WORD_OF_NAME = 10;

/** The stems a German country name offers (step 4), each with its rank: the ending's length, plus 10 for a word of a longer name. */
function countryNameStems(name: string): { stem: string; rank: number }[] {
  const words = name.split(/[\s,]+/).filter(Boolean);
  const whole = foldGerman(name);
  const forms = new Map([[whole, 0]]);
  for (const word of [words[0], words[words.length - 1]]) {
    const folded = foldGerman(word ?? "");
    if (!forms.has(folded)) forms.set(folded, WORD_OF_NAME);
  }
  const out: { stem: string; rank: number }[] = [];
  for (const [form, extra] of forms) {
    for (const ending of COUNTRY_NAME_ENDINGS) {
      if (form.endsWith(ending) && form.length - ending.length >= MIN_STEM) out.push({ stem: form.slice(0, form.length - ending.length), rank: ending.length + extra });
    }
  }
  return out;
}

/** "Tschechische Republik" → "tschechisch"; null for any other kind of name. */
function adjectivalNameBase(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length !== 2 || !ADJECTIVAL_NAME_HEADS.has(foldGerman(words[1]!))) return null;
  const base = adjectiveBase(words[0]!);
  return base?.endsWith("isch") ? base : null;
}

export const germanAdjectiveTablesSchema = z.object({
  /** stem → [country, rank] for every German country name (see countryNameStems). */
  stems: z.array(z.tuple([z.string(), z.string(), z.number()])),
  /** adjective base → country, from names such as "Tschechische Republik". */
  adjectives: z.array(z.tuple([z.string(), z.string()])),
});
export type GermanAdjectiveTables = z.infer<typeof germanAdjectiveTablesSchema>;

/** Step 4 over every country's German names (done once, when the index is built). */
export function buildGermanAdjectiveTables(countries: readonly { code: string; namesDe: readonly string[] }[]): GermanAdjectiveTables {
  const stems = new Map<string, Map<string, number>>();
  const adjectives = new Map<string, Set<string>>();
  for (const { code, namesDe } of countries) {
    for (const name of namesDe) {
      for (const { stem, rank } of countryNameStems(name)) {
        const byCountry = stems.get(stem) ?? new Map<string, number>();
        byCountry.set(code, Math.min(byCountry.get(code) ?? Infinity, rank));
        stems.set(stem, byCountry);
      }
      const base = adjectivalNameBase(name);
      if (base) adjectives.set(base, (adjectives.get(base) ?? new Set()).add(code));
    }
  }
  return {
    stems: [...stems].flatMap(([stem, byCountry]) => [...byCountry].map(([code, rank]): [string, string, number] => [stem, code, rank])),
    adjectives: [...adjectives].filter(([, codes]) => codes.size === 1).map(([base, codes]): [string, string] => [base, [...codes][0]!]),
  };
}

/** The tables as lookups. */
export type GermanAdjectiveIndex = { stems: Map<string, { country: string; rank: number }[]>; adjectives: Map<string, string> };

export function indexGermanAdjectives(tables: GermanAdjectiveTables): GermanAdjectiveIndex {
  const stems = new Map<string, { country: string; rank: number }[]>();
  for (const [stem, country, rank] of tables.stems) {
    const list = stems.get(stem);
    if (list) list.push({ country, rank });
    else stems.set(stem, [{ country, rank }]);
  }
  return { stems, adjectives: new Map(tables.adjectives) };
}

/** The country of one German adjective word ("mexikanischen" → "MX"), by steps 1–5; null when the rule finds none or two. */
export function germanAdjectiveCountry(word: string, index: GermanAdjectiveIndex): string | null {
  const base = adjectiveBase(word);
  if (!base) return null;
  return index.adjectives.get(base) ?? countryOfStems(adjectiveStems(base), index);
}

/**
 * Step 5: the first stem (least stripped) that names a country, by the shortest ending; null when
 * none does or two share the best rank. Shared with the inhabitant nouns (german-inhabitants.ts).
 */
export function countryOfStems(stems: readonly string[], index: GermanAdjectiveIndex, wholeNamesOnly = false): string | null {
  for (const stem of stems) {
    const irregular = IRREGULAR[stem];
    if (irregular) return irregular;
    const found = index.stems.get(stem);
    const matches = wholeNamesOnly ? found?.filter((m) => m.rank < WORD_OF_NAME) : found;
    if (!matches?.length) continue;
    const best = Math.min(...matches.map((m) => m.rank));
    const countries = new Set(matches.filter((m) => m.rank === best).map((m) => m.country));
    return countries.size === 1 ? [...countries][0]! : null;
  }
  return null;
}
