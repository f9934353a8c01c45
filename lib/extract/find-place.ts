import { countryOfAdjective, resolvePlace, unknownPlace, type Place } from "@/lib/places";
import { isSeatOfBody } from "./authority-place";
import { memoByForm } from "./form-memo";
import type { CompiledLexicon } from "./lexicon";
import { isPlaceOfElection } from "./place-of-election";
import { followsArticle, isCommonWordAfterArticle, isDirectionWord } from "./common-word-place";
import { isFacilityPreposition, isFacilityWord, lastBeforeFacility } from "./facility-place";
import { placeOfGermanAdjective } from "./place-of-german-adjective";
import { TokenKind, endsInGenitiveS, isCapitalized, isJoined, isJoiningHyphen, lowerAt, tokenAt, withoutGenitiveS, type TokenStream } from "./tokens";

/** The place a figure is scoped to, with the tokens of the phrase naming it. */
export type PlaceMatch = { place: Place; first: number; last: number };

// Between the preposition and the name: articles, "allein", and a kind of place ("in der Stadt").
const MAX_FILLERS = 4;
// Place names of more than four words ("Santa Cruz de Tenerife") are rare enough to miss.
const MAX_NAME = 4;
// Lowercase words that may sit inside a place name.
const NAME_LINKS = new Set(["de", "del", "la", "le", "am", "an", "der", "upon", "on", "sur", "im"]);

type NameSpan = { text: string; first: number; last: number };

// "Region", and in German compounds ending in one ("Grenzregion", "Küstenstadt").
function isPlaceKind(w: string, lex: CompiledLexicon): boolean {
  if (lex.placeKinds.has(w)) return true;
  if (!lex.compoundNouns) return false;
  // "Grenzregion", "Hansestadt"; four letters are too few ("Russ|land", "Finn|land" are names).
  for (const kind of lex.placeKinds) if (kind.length >= 5 && w.length > kind.length + 2 && w.endsWith(kind)) return true;
  return false;
}

function isNameWord(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (!isCapitalized(ts, j)) return false;
  // "in September's draft", "Monday's": a month or a day in the possessive is still no name.
  const w = withoutGenitiveS(lowerAt(ts, j));
  return !lex.months.has(w) && !lex.weekdays.has(w) && !isPlaceKind(w, lex);
}

// A name starting at token `j`: capitalized words, joined by hyphens ("Nordrhein-Westfalen") or by
// a lowercase link ("Frankfurt am Main").
function nameAt(ts: TokenStream, j: number, to: number, lex: CompiledLexicon): NameSpan | null {
  if (!isNameWord(ts, j, lex)) return null;
  let last = j;
  for (let words = 1; words < MAX_NAME; words++) {
    const next = last + 1;
    if (next > to) break;
    if (next + 1 <= to && isJoiningHyphen(ts, next)) {
      last = next + 1;
      continue;
    }
    if (NAME_LINKS.has(tokenAt(ts, next)) && next + 1 <= to && isNameWord(ts, next + 1, lex)) {
      last = next + 1;
      continue;
    }
    // English names run over several capitalized words ("New York"); German nouns would run into
    // the name, so German takes one word unless hyphens or links join more.
    // A word of direction opens a name of two in German too ("in der Provinz Eastern Samar").
    if ((lex.language === "en" || (last === j && isDirectionWord(tokenAt(ts, j)))) && isNameWord(ts, next, lex)) {
      last = next;
      continue;
    }
    break;
  }
  return { text: ts.text.slice(ts.start[j], ts.end[last]), first: j, last };
}

/**
 * "Frankfurt am Main" is one name, but "in Wien im Dienst", "in Heraklion on Crete" run a name into
 * the words after it through a link: when the whole run is unknown and the words before a link name
 * a known place, that is the name.
 */
function knownHead(ts: TokenStream, name: NameSpan | null, lex: CompiledLexicon, hint: readonly string[]): NameSpan | null {
  if (!name || name.first === name.last || resolvePlace(name.text, lex.language, { countries: hint })) return name;
  for (let link = name.last - 1; link > name.first; link--) {
    if (!NAME_LINKS.has(tokenAt(ts, link))) continue;
    const text = ts.text.slice(ts.start[name.first], ts.end[link - 1]);
    if (resolvePlace(text, lex.language, { countries: hint })) return { text, first: name.first, last: link - 1 };
  }
  return name;
}

/**
 * "in The Hague", "nach Den Haag": an article written capitalized inside a sentence belongs to the
 * name after it. Taken when the gazetteer knows the name with its article; `k` is the token after
 * the article, which follows a preposition, so it never opens the sentence.
 */
function namedWithArticle(ts: TokenStream, k: number, to: number, lex: CompiledLexicon, hint: readonly string[]): NameSpan | null {
  const article = k - 1;
  if (!lex.articles.has(lowerAt(ts, article)) || !isCapitalized(ts, article)) return null;
  const name = knownHead(ts, nameAt(ts, article, to, lex), lex, hint);
  return name && resolvePlace(name.text, lex.language, { countries: hint }) ? name : null;
}

/**
 * The place named by a place phrase starting at a preposition at token `j`, or null: "in Valencia",
 * "allein in der Stadt Valencia", "in der Region Murcia", "im Bundesland Bayern", "in the city of
 * Leeds", "in the Murcia region", "across Spain". The name is looked up in the gazetteer; a name it
 * does not know counts as a place only when a kind of place says so ("in der Stadt X", "X
 * province") or, in English, when written as a bare proper name after the preposition.
 */
function placePhraseAt(ts: TokenStream, j: number, to: number, lex: CompiledLexicon, hint: readonly string[]): PlaceMatch | null {
  let k = j + 1;
  let kind = false;
  let kindAt = -1;
  let centre = false;
  // "am Flughafen X", "im Hafen von X", "in the port of X": the town of a facility.
  let facility = false;
  for (let fillers = 0; k <= to && fillers < MAX_FILLERS; fillers++) {
    const w = lowerAt(ts, k);
    if (isFacilityWord(ts, k, lex)) {
      facility = true;
      if (CENTRE_OF.has(lowerAt(ts, k + 1))) k++;
    } else if (isPlaceKind(w, lex)) {
      kind = true;
      kindAt = k;
    } else if (isGermanAdjectiveBeforeKind(ts, k, lex)) {
      // "im bevölkerungsreichen Südbezirk", "in der früheren Stahlstadt Esch": an adjective before the kind of place.
    } else if (lex.placeCentres.has(w)) {
      centre = true;
      // "im Zentrum von Lyon"
      if (CENTRE_OF.has(lowerAt(ts, k + 1))) k++;
    } else if (!lex.placeFillers.has(w) && !lex.articles.has(w)) break;
    k++;
  }
  // "in Spain's Murcia region": a country's possessive before the name narrows the search to it.
  let hinted = hint;
  if (lex.language === "en" && endsInGenitiveS(tokenAt(ts, k)) && isCapitalized(ts, k + 1)) {
    const owner = resolvePlace(tokenAt(ts, k).slice(0, -2), "en");
    if (owner?.kind === "country") {
      hinted = [owner.country!, ...hint];
      k++;
    }
  }
  // "in the Austrian state of Styria", "im österreichischen Bundesland Kärnten": a nationality before
  // a kind of place narrows the search to its country, like a possessive.
  const nameFrom = lex.language === "en" ? k + 3 : k + 2;
  if (isPlaceKind(lowerAt(ts, k + 1), lex) && (lex.language === "de" || (isCapitalized(ts, k) && lowerAt(ts, k + 2) === "of"))) {
    const country = countryOfAdjective(tokenAt(ts, k), lex.language);
    if (country) {
      hinted = [country, ...hint];
      kind = true;
      k = nameFrom;
    }
  }
  const atFacility = isFacilityPreposition(lowerAt(ts, j), lex);
  let name = (k - 1 > j ? namedWithArticle(ts, k, to, lex, hinted) : null) ?? knownHead(ts, nameAt(ts, k, to, lex), lex, hinted);
  if (!name) return kindAt === k - 1 && !atFacility ? directionalKind(ts, kindAt, j, lex) : null;
  let last = name.last;
  // "at Munich Airport": English capitalizes the facility as part of its name; the town is before it.
  const beforeFacility = lastBeforeFacility(ts, name.first, name.last, lex);
  if (beforeFacility >= 0 && !resolvePlace(name.text, lex.language, { countries: hinted })) {
    name = { text: ts.text.slice(ts.start[name.first], ts.end[beforeFacility]), first: name.first, last: beforeFacility };
    facility = true;
  }
  // "at Munich airport", "am Münchner Flughafen", "in Rostock harbour"
  if (last + 1 <= to && isFacilityWord(ts, last + 1, lex)) {
    facility = true;
    last++;
  }
  if (atFacility && !facility) return null;
  // "in the Murcia region", "in der Murcia-Region"
  const after = lowerAt(ts, last + 1) === "-" && isJoined(ts, last + 1) ? last + 2 : last + 1;
  if (after <= to && isPlaceKind(lowerAt(ts, after), lex)) {
    kind = true;
    last = after;
  }
  // "für den Sender Nordkanal": after a direction only a name the gazetteer knows is a place, not
  // a word that looks like a town's adjective.
  const direction = lex.placeDirections.has(lowerAt(ts, j));
  const named = resolvePlace(name.text, lex.language, { countries: hinted });
  // "im Dubliner Hafen": a town's adjective after an article is German as usual.
  const known = named ?? (lex.language === "de" && !direction ? placeOfGermanAdjective(name.text, hinted) : null);
  // "in an Athens hospital", "in einem Athener Krankenhaus": after an indefinite article a town's
  // name describes the noun after it, and says where that is, not where the figure's news happened.
  if (k > j + 1 && INDEFINITE.has(lowerAt(ts, k - 1))) return null;
  // "in central Italy" is a part of the country no key stands for; "in central Athens" is Athens.
  if (known && centre && known.kind !== "city") return null;
  // "at the Munich airport": a town's name after an article describes the facility after it.
  const describesFacility = facility && last > name.last;
  if (named && !kind && !describesFacility && name.first === name.last && followsArticle(ts, j, k, lex) && isCommonWordAfterArticle(name.text, named, lex)) return null;
  if (known) return { place: known, first: j, last };
  // "at Heathrow airport": a facility's own name is no town; only one the gazetteer knows is.
  if (centre || atFacility) return null;
  // "nach Angaben", "to Monday": a direction names a place only when the gazetteer knows it.
  if (direction) return null;
  const article = k > j + 1 && lex.articles.has(lowerAt(ts, k - 1));
  // German capitalizes every noun ("in Sicherheit", "in der Nacht"): an unknown name is a place only
  // when a kind of place names it. English takes a bare proper name ("in Bexley").
  if (kind || (lex.language === "en" && !article)) return { place: unknownPlace(name.text), first: j, last };
  // "in NRW", "in MV": German capitalizes nouns but writes none in capitals alone; an abbreviation
  // right after the preposition, without an article, is a region's short name the gazetteer lacks.
  if (!article && name.first === name.last && isAbbreviation(tokenAt(ts, name.first))) return { place: unknownPlace(name.text), first: j, last };
  // "allein in Andalusien", "In Andalusien allein": a word of scope says the name is a place, known or not.
  if (!article && (SCOPE_WORDS.has(lowerAt(ts, j - 1)) || SCOPE_WORDS.has(lowerAt(ts, last + 1)))) return { place: unknownPlace(name.text), first: j, last };
  return null;
}

// A German adjective (lowercase, inflected) between an article and a kind of place: "im
// bevölkerungsreichen Südbezirk", "in der früheren Stahlstadt". Only right before the kind.
const GERMAN_ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
const GERMAN_DIRECTION_FRONT = /^(?:nord|süd|ost|west)+/;
function isGermanAdjectiveBeforeKind(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "de" || ts.kind[k] !== TokenKind.word || isCapitalized(ts, k)) return false;
  const w = lowerAt(ts, k);
  if (w.length <= 3 || !GERMAN_ADJECTIVE_ENDING.test(w) || lex.articles.has(w) || !isPlaceKind(lowerAt(ts, k + 1), lex)) return false;
  // A country's adjective ("im österreichischen Bundesland", "der norditalienischen Region") is
  // read below, as a hint to the name, and is left to that reading.
  const direction = GERMAN_DIRECTION_FRONT.exec(w)?.[0] ?? "";
  return !countryOfAdjective(w, "de") && !countryOfAdjective(w.slice(direction.length), "de");
}

/**
 * German joins a direction to a kind of place ("Südbezirk", "Nordkreis", "Ostregion"): the compound
 * alone names a part of the area the text speaks of, as "im Süden" does, though no name follows it.
 */
function directionalKind(ts: TokenStream, k: number, j: number, lex: CompiledLexicon): PlaceMatch | null {
  if (lex.language !== "de" || !isCapitalized(ts, k)) return null;
  const w = lowerAt(ts, k);
  for (const kind of lex.placeKinds) {
    if (kind.length >= 5 && w.endsWith(kind) && isDirectionWord(w.slice(0, w.length - kind.length))) return { place: unknownPlace(tokenAt(ts, k)), first: j, last: k };
  }
  return null;
}

const SCOPE_WORDS = new Set(["allein", "alleine", "alone"]);
const INDEFINITE = new Set(["a", "an", "ein", "eine", "einem", "einer", "eines", "einen"]);
const CENTRE_OF = new Set(["von", "of"]);
const ABBREVIATION = /^\p{Lu}{2,4}$/u;
const isAbbreviation = (word: string) => ABBREVIATION.test(word);

// Whether a word can open a place phrase, decided once per word form: findPlace asks about every
// word of a figure's clause, several times per figure.
const OPENS_PLACE = 2;
const placeOpener = memoByForm((word, lex) => (lex.placePrepositions.has(word) || lex.placeDirections.has(word) || isFacilityPreposition(word, lex) ? OPENS_PLACE : 1));

/**
 * The place a figure is scoped to, searched in tokens `from`..`to` at place prepositions. With
 * `pick` "first" the phrase nearest `from` wins, with "last" the one nearest `to`. `hint` names
 * countries the article is about, to choose between places of one name.
 */
export function findPlace(ts: TokenStream, from: number, to: number, lex: CompiledLexicon, pick: "first" | "last", hint: readonly string[] = []): PlaceMatch | null {
  let found: PlaceMatch | null = null;
  for (let j = Math.max(0, from); j <= to && j < ts.count; j++) {
    if (ts.kind[j] !== TokenKind.word || placeOpener(ts, j, lex) !== OPENS_PLACE) continue;
    // "die Regierung in Athen": the body's seat; "die Landtagswahl in X": which vote. Neither is the figure's place.
    if (isSeatOfBody(ts, j, lex) || isPlaceOfElection(ts, j, lex) || isRouteEnd(ts, j, lex)) continue;
    const m = placePhraseAt(ts, j, to, lex, hint);
    if (!m) continue;
    found = m;
    if (pick === "first") return found;
    j = m.last;
  }
  return found;
}

/**
 * A place that ends tokens `from`..`to` without a preposition of its own, read as if one stood
 * before its capitalized words: what a candidate won ("won his home state of Styria", "carried
 * Vienna"; lib/extract/share-won-with.ts). A name followed by a noun ("won the Leeds runoff")
 * describes the noun and is no place of the figure.
 */
export function placeAmong(ts: TokenStream, from: number, to: number, lex: CompiledLexicon, hint: readonly string[] = []): PlaceMatch | null {
  if (to < from || ts.kind[to] !== TokenKind.word || !isCapitalized(ts, to)) return null;
  let first = to;
  while (first - 1 >= from && ts.kind[first - 1] === TokenKind.word && isCapitalized(ts, first - 1)) first--;
  const m = first >= 1 ? placePhraseAt(ts, first - 1, to, lex, hint) : null;
  return m && m.last === to ? m : null;
}

// "from Graz to Salzburg", "von Graz nach Salzburg": the ends of a route say where something went,
// not where a figure holds.
const ROUTE_FROM = new Set(["from", "von", "ab"]);
const ROUTE_REACH = 4;

/** Whether the direction word at `j` ("to", "nach") closes a route opened by "from"/"von" and a capitalized name just before it. */
function isRouteEnd(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (!lex.placeDirections.has(lowerAt(ts, j))) return false;
  for (let k = j - 1; k >= 0 && j - k <= ROUTE_REACH && ts.kind[k] === TokenKind.word; k--) {
    if (ROUTE_FROM.has(lowerAt(ts, k))) return k < j - 1 && isCapitalized(ts, k + 1);
  }
  return false;
}
