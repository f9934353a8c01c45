import { CappedMemo } from "../cache/capped-memo";
import { placeIndex } from "./load-place-index";
import { stripCueWord } from "./kind-words";
import { foldName, normalizeName } from "./normalize-name";
import type { PlaceIndex, PlaceRow } from "./place-index";
import type { Place, PlaceLanguage } from "./schema";

// Longer than any place name in the data; a longer "name" is a sentence, not a name.
const MAX_NAME_LENGTH = 120;
const EXACT_MAX_LENGTH = 3;
const POSSESSIVE = /['’]s?$/;

function lookup(index: PlaceIndex, name: string): PlaceRow[] | undefined {
  if (name.length <= EXACT_MAX_LENGTH) return index.namedExactly(name);
  const normalized = normalizeName(name);
  return index.named(normalized) ?? index.namedFolded(foldName(normalized));
}

// Other forms to try when the name as written is unknown: without a kind word around it ("Region
// Murcia", "the Murcia region"), and uninflected.
function otherForms(name: string, language: PlaceLanguage): string[] {
  const bare = stripCueWord(name, language);
  return bare ? [bare, ...uninflected(bare, language), ...uninflected(name, language)] : uninflected(name, language);
}

// Inflected forms a name takes in running text, when the bare form is known and the inflected one is
// not: the German genitive ("Polens", "Spaniens", "des Irakes"), the apostrophe of a name ending in
// a sibilant ("Paris'") and the English possessive ("Poland's").
function uninflected(name: string, language: PlaceLanguage): string[] {
  const forms: string[] = [];
  const possessive = POSSESSIVE.exec(name);
  if (possessive) forms.push(name.slice(0, possessive.index));
  if (language === "de" && !possessive) {
    if (name.endsWith("es")) forms.push(name.slice(0, -2));
    if (name.endsWith("s")) forms.push(name.slice(0, -1));
  }
  return forms.filter((f) => f.trim().length > 0);
}

// Names recur throughout a text and across the articles of an event: the answer for a name without a
// hint is kept, per language, so a repeated name costs one Map get (and a copy, so that a caller may
// keep and change its Place without changing anyone else's). Bounded like every memo of a
// long-running process.
const MEMO_LIMIT = 50_000;
const memo: Record<PlaceLanguage, CappedMemo<string, Place | null>> = { de: new CappedMemo(MEMO_LIMIT), en: new CappedMemo(MEMO_LIMIT) };

/** Forget remembered answers (for the benchmark's first-sight timing). */
export function clearResolvedPlaces(): void {
  memo.de.clear();
  memo.en.clear();
}

/** A row as a Place in `language`. */
function placeOfRow(row: PlaceRow, language: PlaceLanguage): Place {
  return { key: row.key, kind: row.kind, country: row.country, name: language === "de" ? row.de : row.en };
}

/**
 * The place a name stands for, as written after a place cue ("Polen", "Republic of Poland",
 * "USA", "Prag", "Kolkata", "Nordrhein-Westfalen", "Polens"), with or without a kind word ("Region
 * Murcia", "the Murcia region" as "Murcia region"). Case-insensitive; accents are ignored
 * only when the name as written is unknown ("Koln" → Köln, while "Münster" stays Münster). Names of up
 * to three letters are codes and must be written as the data writes them ("US", "UK", "Rom").
 *
 * An ambiguous name goes to a candidate in `hint.countries` first (Valencia with ["ES"]), then to a
 * country before a region before a city, then to the larger population.
 *
 * Returns null for a name no gazetteer knows: the caller files it as `unknownPlace(name)`.
 */
export function resolvePlace(name: string, language: PlaceLanguage, hint?: { countries?: readonly string[] }): Place | null {
  if (hint?.countries?.length) return resolveUncached(name, language, hint.countries);
  const place = memo[language].get(name, language, resolveWithoutHint);
  return place && { ...place };
}

function resolveWithoutHint(name: string, language: PlaceLanguage): Place | null {
  return resolveUncached(name, language, []);
}

function resolveUncached(name: string, language: PlaceLanguage, countries: readonly string[]): Place | null {
  const written = name.trim();
  if (!written || written.length > MAX_NAME_LENGTH) return null;
  const index = placeIndex();
  let candidates = lookup(index, written);
  for (const form of candidates ? [] : otherForms(written, language)) {
    candidates = lookup(index, form);
    if (candidates) break;
  }
  if (!candidates?.length) return null;
  const preferred = countries.length ? candidates.find((row) => countries.includes(row.country)) : undefined;
  return placeOfRow(preferred ?? candidates[0]!, language);
}
