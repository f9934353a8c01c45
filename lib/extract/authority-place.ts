import { CappedMemo } from "@/lib/cache/capped-memo";
import { resolvePlace, type Place } from "@/lib/places";
import type { CompiledLexicon, Language } from "./lexicon";
import { AUTHORITY_REACH, TOWN_BODY_PREFIXES, type AuthorityReach } from "./lexicon/authority-words";
import { placeOfGermanAdjective } from "./place-of-german-adjective";
import { lowerAt, withoutGenitiveS, type TokenStream } from "./tokens";

const REACHES: Record<Language, ReadonlyMap<string, AuthorityReach>> = {
  de: new Map(Object.entries(AUTHORITY_REACH.de)),
  en: new Map(Object.entries(AUTHORITY_REACH.en)),
};
// "Regionalregierung", "Finanzministerium": a German compound of at least this many letters before its head.
const MIN_COMPOUND_LEFT = 3;
// "des Ministeriums", "des Landratsamts": the German genitive adds -s or -es to a word of the list.
const GENITIVE = /e?s$/;

// The reach of a word as listed, or of a German compound by its head.
function reachOfForm(word: string, lex: CompiledLexicon): AuthorityReach | null {
  const known = REACHES[lex.language].get(word);
  if (known || lex.language !== "de") return known ?? null;
  return COMPOUND_REACHES.get(word, undefined, reachOfGermanCompound);
}

// Every word before "in" and many a place's neighbour is asked about, and the heads are tried one by
// one: the answer is kept per word.
const COMPOUND_REACHES = new CappedMemo<string, AuthorityReach | null>(50_000);

function reachOfGermanCompound(word: string): AuthorityReach | null {
  // Only bodies that sit in a capital make compounds of their kind ("Landesregierung"); a
  // "Landeswahlleiter" or "Bundespolizei" is no town's, so a serving head does not pass on.
  for (const [head, reach] of REACHES.de) {
    if (reach !== "sits" || word.length < head.length + MIN_COMPOUND_LEFT || !word.endsWith(head)) continue;
    return TOWN_BODY_PREFIXES.some((prefix) => word.startsWith(prefix)) ? "serves" : "sits";
  }
  return null;
}

/** How the authority a lowercase word names relates to a place named with it; null for no authority. */
export function reachOfAuthority(word: string, lex: CompiledLexicon): AuthorityReach | null {
  return reachOfForm(word, lex) ?? (lex.language === "de" && GENITIVE.test(word) ? reachOfForm(word.replace(GENITIVE, ""), lex) : null);
}

/**
 * Whether the word at token `k` names an authority that works in the place it is "in": one that
 * counts there ("Polizei in Wien") or one the place only locates ("officials in Leeds", "Behörden in
 * Graz"). Either is one claimant with its place; a government "in" its capital sits there and speaks for more.
 */
export function worksInPlaceItIsIn(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  const reach = reachOfAuthority(lowerAt(ts, k), lex);
  return reach === "serves" || reach === "named";
}

// "outside parliament in Athens", "vor dem Parlament in Athen": a crowd at the building stands in the city.
const AT_THE_BUILDING = new Set(["outside", "near", "at", "before", "around", "vor", "vorm", "am", "beim", "bei", "nahe", "um"]);

/**
 * Whether the place phrase opened by the preposition at token `j` names where a governing body sits
 * rather than what a figure is about: "Die Regierung in Madrid stellte 50 Millionen Euro bereit",
 * "The government in Rome pledged €45m", "Im Parlament in Lissabon sitzen 230 Abgeordnete", "wie
 * die Wahlkommission in Tallinn mitteilte". The capital names the body; the figure is the whole
 * country's or region's. A town's police or council serves the town and is left to the place readers;
 * a crowd "outside parliament in Athens" stands at the building, in the city.
 */
export function isSeatOfBody(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  // A genitive hangs on the noun before it, and the place after it is often the clause's own
  // ("kamen nach Angaben des Innenministeriums in Bayern ums Leben"): only other forms name a seat.
  if (lowerAt(ts, j) !== "in" || reachOfForm(lowerAt(ts, j - 1), lex) !== "sits") return false;
  const before = lex.articles.has(lowerAt(ts, j - 2)) ? j - 3 : j - 2;
  return !AT_THE_BUILDING.has(lowerAt(ts, before));
}

/**
 * The town or region an authority is named after, or null: "Hamburger Polizei", "Munich police",
 * "Bavaria's interior ministry", "Police in Vienna". A country is no narrower than the event's
 * whole, so it is left out. A think tank or a union "in Berlin" is no authority and speaks for more.
 */
export function placeOfClaimant(name: string, lex: CompiledLexicon, hint: readonly string[] = []): Place | null {
  const words = name.split(/\s+/);
  // "Police in Vienna", "Polizei in Wien": the authority, then the place it serves.
  const link = words.indexOf("in");
  if (link > 0 && link === words.length - 2) {
    const place = reachOfAuthority(words[link - 1]!.toLowerCase(), lex) === "serves" ? resolvePlace(words[link + 1]!, lex.language, { countries: hint }) : null;
    if (place && place.kind !== "country") return place;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const word = withoutGenitiveS(words[i]!);
    if (word.length < 3 || word[0] === word[0]?.toLowerCase()) continue;
    const head = words.slice(i + 1).find((w) => lex.claimantWords.has(w.toLowerCase()));
    if (!head || !reachOfAuthority(head.toLowerCase(), lex)) continue;
    const place = resolvePlace(word, lex.language, { countries: hint }) ?? (lex.language === "de" ? placeOfGermanAdjective(word, hint) : null);
    if (place && place.kind !== "country") return place;
  }
  return null;
}
