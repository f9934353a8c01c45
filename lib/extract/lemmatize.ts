import { newStemmer, type Stemmer } from "snowball-stemmers";
import { CappedMemo } from "@/lib/cache/capped-memo";
import type { Language } from "./lexicon/types";

// The Snowball stemmers are the maintained standard for German and English; this file is the only
// importer, as lib/diff is of diff-match-patch. A stem is a key, not a word to show: "Häusern" and
// "Haus" both become "haus", "Soldaten" and "Soldat" "soldat", "buildings" "build".
const stemmers: Record<Language, Stemmer> = { de: newStemmer("german"), en: newStemmer("english") };

// Stemming costs tens of microseconds; news vocabulary is small, so each word is stemmed about once
// per process. The cap only guards against adversarial input.
const CACHE_CAP = 100_000;
const cache: Record<Language, CappedMemo<string, string>> = { de: new CappedMemo(CACHE_CAP), en: new CappedMemo(CACHE_CAP) };

/**
 * The lemma key of one word (any case): lowercase, inflection stripped, the same for every inflected
 * form of a noun or adjective in `language`. Never throws; "" for "".
 */
export function lemmaKey(word: string, language: Language): string {
  return cache[language].get(word, language, stemWord);
}

function stemWord(word: string, language: Language): string {
  const lower = word.toLowerCase();
  const base = language === "de" ? loanSingularOf(masculineOf(lower)) : lower;
  return base.length <= 2 ? base : stemmers[language].stem(base);
}

// German names women in a group with -in/-innen ("Teilnehmerinnen und Teilnehmer", "Ministerin"):
// the same noun for counting and for naming who speaks. Only after the endings of nouns of persons,
// so "Benzin", "Termin" and "beginnen" keep theirs.
const FEMININE = /^(.{2,}(?:er|ist|ant|ent|at|eur|or|og|eg|amt|ot|ut|zt))(?:innen|in)$/;

function masculineOf(lower: string): string {
  const m = FEMININE.exec(lower);
  return m?.[1] ?? lower;
}

// German loanwords take a plural -s after a vowel or "w" ("Taxis", "Autos", "Handys", "Lkws"), which
// the Snowball stemmer keeps, so "900 Taxis" and "ein Taxi" would be two nouns. Not after "e" or "n"
// ("Preis", "Kreis", "Ergebnis" keep theirs), nor "a" or "u" ("Glas", "Haus", "Bus").
const LOAN_PLURAL = /^(.{2,}[oyw]|.{2,}[^aeinouäöü]i)s$/;

function loanSingularOf(lower: string): string {
  const m = LOAN_PLURAL.exec(lower);
  return m?.[1] ?? lower;
}

const FOLD: Record<string, string> = { ä: "a", ö: "o", ü: "u" };

/**
 * The lemma key with the word's own umlauts put back ("Wählern" → "wähl", "Wahl" → "wahl"): the
 * German stemmer folds umlauts, so "Wahl" (an election) and "Wähler" (voters) share the key "wahl";
 * tables that must tell such words apart compare this form. Equal to `lemmaKey` when the stem is not
 * a prefix of the folded word or the language has no umlauts.
 */
export function lemmaWithUmlauts(word: string, language: Language): string {
  const key = lemmaKey(word, language);
  if (language !== "de") return key;
  const lower = word.toLowerCase();
  const folded = lower.replace(/[äöü]/g, (c) => FOLD[c] ?? c);
  return folded !== lower && folded.startsWith(key) ? lower.slice(0, key.length) : key;
}
