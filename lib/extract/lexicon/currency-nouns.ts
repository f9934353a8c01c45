import { z } from "zod";
import { readJson } from "@/lib/places/read-package-data";
import type { UnitRef } from "./compiled-lexicon";
import type { Language } from "./types";

// CLDR's record of which territory pays in which currency, and how many people live there: the
// maintained answer to "which krone?" when an article writes only "kroner".
const currencyDataSchema = z.object({
  supplemental: z.object({
    currencyData: z.object({
      region: z.record(z.string(), z.array(z.record(z.string(), z.object({ _to: z.string().optional(), _tender: z.string().optional() })))),
    }),
  }),
});
const territoryInfoSchema = z.object({
  supplemental: z.object({ territoryInfo: z.record(z.string(), z.object({ _population: z.string().optional() })) }),
});

function readCldr<T>(file: string, schema: z.ZodType<T>): T {
  return readJson("cldr-core", `supplemental/${file}`, schema);
}

// Currency nouns that are everyday words after a number too ("two real risks").
const ORDINARY_WORDS = new Set(["real"]);

type Tender = { countries: Map<string, string[]>; population: Map<string, number> };

let tender: Tender | null = null;

/** Currencies in use today, each with the countries that pay in it; read once. */
function currentTender(): Tender {
  if (tender) return tender;
  const regions = readCldr("currencyData.json", currencyDataSchema).supplemental.currencyData.region;
  const info = readCldr("territoryInfo.json", territoryInfoSchema).supplemental.territoryInfo;
  const countries = new Map<string, string[]>();
  const population = new Map<string, number>();
  for (const [country, spans] of Object.entries(regions)) {
    if (!/^[A-Z]{2}$/.test(country)) continue;
    for (const span of spans) {
      for (const [code, when] of Object.entries(span)) {
        if (when._to !== undefined || when._tender === "false") continue;
        countries.set(code, [...(countries.get(code) ?? []), country]);
        population.set(code, (population.get(code) ?? 0) + Number(info[country]?._population ?? 0));
      }
    }
  }
  tender = { countries, population };
  return tender;
}

const displayNames = { de: new Intl.DisplayNames(["de"], { type: "currency" }), en: new Intl.DisplayNames(["en"], { type: "currency" }) };

// Every process and extraction thread compiles the lexicon, which asks for the names of every
// currency twice (all of them, then those in use): a formatter costs a tenth of a millisecond to
// make, so each currency gets one, once.
const namesOf: Record<Language, Map<string, readonly string[]>> = { de: new Map(), en: new Map() };

/** CLDR's names of a currency (Node's ICU), lowercased: "us dollar", "us dollars", "norwegische kronen". */
export function currencyNames(language: Language, code: string): readonly string[] {
  const known = namesOf[language].get(code);
  if (known) return known;
  const format = new Intl.NumberFormat(language, { style: "currency", currency: code, currencyDisplay: "name" });
  const counted = (count: number) => format.formatToParts(count).find((p) => p.type === "currency")?.value;
  const names = [displayNames[language].of(code), counted(1), counted(2)];
  const found = [...new Set(names.filter((n): n is string => !!n && n !== code).map((n) => n.toLowerCase()))];
  namesOf[language].set(code, found);
  return found;
}

/**
 * The currency nouns news writes without their country: "kroner", "Kronen", "pesos", "rupees",
 * "dinars" — the last word of CLDR's names of the currencies in use today. A noun several
 * currencies share names them all, the one used by the most people first; `resolveCurrency`
 * picks among them by the countries the article is about.
 */
export function bareCurrencyNouns(language: Language, usual: Record<string, string>): [string, UnitRef][] {
  const { countries, population } = currentTender();
  const byNoun = new Map<string, Set<string>>();
  for (const code of countries.keys()) {
    for (const name of currencyNames(language, code)) {
      const words = name.split(/\s+/);
      const noun = words[words.length - 1];
      // A one-word name is already in the lexicon whole; an abbreviation or code is not a noun.
      if (words.length < 2 || !noun || noun.length < 3 || noun === code.toLowerCase() || ORDINARY_WORDS.has(noun)) continue;
      byNoun.set(noun, (byNoun.get(noun) ?? new Set()).add(code));
    }
  }
  return [...byNoun].map(([noun, codes]) => {
    // What a bare noun means without context is the newsroom's convention where the lexicon has
    // one ("dollars" is the US dollar, "pounds" sterling), else the currency most people use.
    const ranked = [...codes].sort((a, b) => (population.get(b) ?? 0) - (population.get(a) ?? 0) || a.localeCompare(b));
    const usualCode = usual[noun];
    if (usualCode) ranked.splice(0, ranked.length, usualCode, ...ranked.filter((c) => c !== usualCode));
    const unit: UnitRef = ranked.length > 1 ? { kind: "currency", code: ranked[0]!, candidates: ranked } : { kind: "currency", code: ranked[0]! };
    return [noun, unit];
  });
}

/** A shared currency noun read as the currency of a country the article names, in its order. */
export function resolveCurrency(unit: UnitRef, articleCountries: readonly string[]): UnitRef {
  if (unit.kind !== "currency" || !unit.candidates) return unit;
  const { countries } = currentTender();
  for (const country of articleCountries) {
    const code = unit.candidates.find((c) => countries.get(c)?.includes(country));
    if (code) return { kind: "currency", code };
  }
  return { kind: "currency", code: unit.code };
}
