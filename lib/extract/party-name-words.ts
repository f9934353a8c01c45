import { GERMAN_LINKING_LETTERS, GERMAN_NAME_ENDINGS, PARTY_HEAD_KEYS, POLITICAL_WORDS } from "./lexicon/political-words";

/** What a party's name says, in words of either language: "Reformpartei" and "Reform Party" → "reform party". */
export type PartyNameWords = { words: string; language: "de" | "en" };

const byLength = (a: { w: string }, b: { w: string }) => b.w.length - a.w.length;
// Longest first, so "unabhängigkeit" is read before "unabhängig", "links" before "link".
const GERMAN_STEMS = POLITICAL_WORDS.flatMap((p) => p.de.map((w) => ({ w, key: p.key }))).sort(byLength);
const ENGLISH_WORDS = new Map(POLITICAL_WORDS.flatMap((p) => p.en.map((w) => [w, p.key] as const)));
const ENDINGS = new Set(GERMAN_NAME_ENDINGS);
const HEADS = new Set(PARTY_HEAD_KEYS);
const ARTICLE = /^(?:die|der|den|des|dem|the)\s+/i;

/**
 * "Unabhängigkeitspartei" → independence, party; "Links-Grünen" → left, green: one German word read
 * as stems of the political vocabulary, each followed by a linking letter and the last by an ending.
 * Null when some part of the word is no such stem.
 */
function germanStems(word: string): string[] | null {
  if (word === "" ) return [];
  for (const { w, key } of GERMAN_STEMS) {
    if (!word.startsWith(w)) continue;
    const rest = word.slice(w.length);
    if (rest === "" || ENDINGS.has(rest)) return [key];
    for (const link of GERMAN_LINKING_LETTERS) {
      if (!rest.startsWith(link) || rest.length === link.length) continue;
      const more = germanStems(rest.slice(link.length));
      if (more) return [key, ...more];
    }
  }
  return null;
}

function englishWords(words: string[]): string[] | null {
  const keys: string[] = [];
  for (const raw of words) {
    // "the Reform Party's": the possessive is no part of the name.
    const w = ENGLISH_WORDS.has(raw) ? raw : raw.replace(/'s$/, "");
    const key = ENGLISH_WORDS.get(w);
    if (!key) return null;
    keys.push(key);
  }
  return keys;
}

/**
 * The words a party's name is made of, read with the bilingual political vocabulary, and the
 * language that reads it: "Unabhängigkeitspartei" → "independence party" (de), "Independence Party"
 * → "independence party" (en), "Sozialdemokratische Allianz" → "social democratic alliance" (de).
 * English is tried first, so a name both languages spell alike ("Liberal Union") counts as English.
 * Null for anything not capitalized, for a word outside the vocabulary ("Freie Wähler", a person,
 * an acronym), and for a name that is only a word for a party ("Partei", "Movement").
 */
export function partyNameWords(holder: string): PartyNameWords | null {
  const name = holder.replace(/[’]/g, "'").replace(/\s+/g, " ").trim().replace(ARTICLE, "");
  if (!/^\p{Lu}/u.test(name)) return null;
  const parts = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const accept = (keys: string[] | null, language: "de" | "en"): PartyNameWords | null =>
    keys && keys.some((k) => !HEADS.has(k)) && keys.length >= 2 ? { words: keys.join(" "), language } : null;
  const english = accept(englishWords(parts), "en");
  if (english) return english;
  const german: string[] = [];
  for (const p of parts) {
    const stems = germanStems(p);
    if (!stems) return null;
    german.push(...stems);
  }
  return accept(german, "de");
}

/** Whether one German word is made of the political vocabulary alone ("Links", "Christlich"). */
export const isGermanPoliticalWord = (word: string): boolean => germanStems(word.toLowerCase()) !== null;

/** Whether the words name what a party is ("… party", "… movement"). */
export const endsInPartyHead = (words: string): boolean => HEADS.has(words.split(" ").pop()!);
