import { CappedMemo } from "@/lib/cache/capped-memo";
import { lemmaKey, lemmaWithUmlauts } from "./lemmatize";
import { COUNTED_NOUN_PAIRS } from "./lexicon/counted-noun-pairs";
import type { Language } from "./lexicon/types";

// An entry's key is its first English word's own open key ("en:flight"), so an English count keeps
// the subject it always had and a German one takes it: "Flüge" and "flights" meet, and every table
// keyed by open subjects (vehicles, places) reads both languages' words alike.
const keyOf = (english: string) => `en:${lemmaKey(english, "en")}`;

// German is looked up with its umlauts kept: the stemmer folds them, and "Fähren" (ferries) and
// "Fahrer" (drivers) would otherwise share "fahr".
const ENGLISH = new Map<string, string>();
const GERMAN = new Map<string, string>();
const GERMAN_WHOLE_ONLY = new Set<string>();
for (const pair of COUNTED_NOUN_PAIRS) {
  const first = pair.en[0];
  if (!first) continue;
  const key = keyOf(first);
  for (const w of pair.en) ENGLISH.set(lemmaKey(w, "en"), key);
  for (const w of pair.de) GERMAN.set(lemmaWithUmlauts(w, "de"), key);
  for (const w of pair.wholeDe ?? []) GERMAN_WHOLE_ONLY.add(lemmaWithUmlauts(w, "de"));
}

// A compound keeps at least three letters in front of its tail, four in front of a four-letter tail
// ("Rüc|klage" is no lawsuit), five in front of a three-letter one ("Güter|zug", never "Um|zug").
const minHead = (tail: string) => (tail.length < 4 ? 5 : tail.length === 4 ? 4 : 3);
const TAILS = [...GERMAN.keys()].filter((t) => t.length >= 3 && !GERMAN_WHOLE_ONLY.has(t)).sort((a, b) => b.length - a.length);
// A short tail after a verb's particle is a noun of that verb, not a compound of the tail:
// "Truppen|ab|zug" (a withdrawal), "Aus|flüge" (outings), "Vor|fahrt" (right of way).
const SHORT_TAIL = 4;
const PARTICLE_END = /(?:ab|an|auf|aus|ein|vor|nach|zu|um|rück|durch|über|unter|weg|ver|ent|zer)$/;

/** A counted noun the bilingual pairs know, and for a German compound its front part as written ("rettungs"). */
export type CountedNounMatch = { key: string; front: string | null };

/**
 * The shared key of a counted noun (any case) in `language` when the bilingual pairs know it
 * ("Flüge", "flights" → "en:flight"; "Güterzüge" → "en:train" with front "güter"), else null. Concept
 * nouns are the caller's to try first: these pairs never name a concept's noun.
 */
export function countedNounMatch(word: string, language: Language): CountedNounMatch | null {
  return MEMO[language].get(word, language, readCountedNounMatch);
}

// A German word no pair names tries every tail in turn, and readers ask about the same nouns at
// every figure: answers are kept per word form (callers only read them).
const MEMO_CAP = 50_000;
const MEMO: Record<Language, CappedMemo<string, CountedNounMatch | null>> = { de: new CappedMemo(MEMO_CAP), en: new CappedMemo(MEMO_CAP) };

function readCountedNounMatch(word: string, language: Language): CountedNounMatch | null {
  if (language === "en") {
    const key = ENGLISH.get(lemmaKey(word, "en"));
    return key ? { key, front: null } : null;
  }
  const own = lemmaWithUmlauts(word, "de");
  const whole = GERMAN.get(own);
  if (whole) return { key: whole, front: null };
  for (const tail of TAILS) {
    if (own.length - tail.length < minHead(tail) || !own.endsWith(tail)) continue;
    const front = own.slice(0, own.length - tail.length);
    if (tail.length <= SHORT_TAIL && PARTICLE_END.test(front)) return null;
    return { key: GERMAN.get(tail)!, front };
  }
  return null;
}

/**
 * The subject key of a noun no concept knows: the bilingual pairs' shared key, else its own lemma
 * with its language ("Gebäudeteile" → "de:gebaudeteil"). Never throws.
 */
export function countedNounKey(word: string, language: Language): string {
  return countedNounMatch(word, language)?.key ?? `${language}:${lemmaKey(word, language)}`;
}

/**
 * The qualifier a German compound's front makes ("Klinik|ärzte" → "en:hospit", as "hospital doctors"
 * qualifies in English; "Rettungs|flüge" → "de:rettung"): the pairs' key when they know the front as
 * a whole word ("Bus|fahrer" keeps its s), else its lemma without a linking s.
 */
export function compoundFrontKey(front: string): string {
  const bare = front.replace(/s$/, "");
  return GERMAN.get(lemmaWithUmlauts(front, "de")) ?? GERMAN.get(lemmaWithUmlauts(bare, "de")) ?? `de:${lemmaKey(bare, "de")}`;
}
