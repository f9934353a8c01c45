import { resolvePlace } from "@/lib/places";
import { findPlace, type PlaceMatch } from "./find-place";
import { findSentence } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { placeOfModifier } from "./place-of-modifier";
import { TokenKind, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A dateline is a few words in capitals before a dash: "HAMBURG –", "THE HAGUE —", "STRASSBURG/METZ –".
const MAX_DATELINE_TOKENS = 6;
const DASHES = new Set(["–", "—", "-"]);
const isCapitals = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** The dateline's place and the last token of the paragraph it opens, the reach of the place. */
export type DatelinePlace = PlaceMatch & { paragraphLast: number };

/**
 * The place of the article's dateline, when its first sentence says the news happened there: "THE
 * HAGUE — Farmers drove thousands of tractors into The Hague …", "BARCELONA — Taxi drivers in
 * Barcelona will …", "PARIS — Police in Paris arrested 54 people". Figures after it in its paragraph
 * that name no place of their own are that town's; later paragraphs move on to other parts of the story. A dateline alone says only where the reporter was ("ROME —
 * Italy's cabinet declared …", "ATHENS — The wildfire in the Peloponnese …"), and gives no place.
 * Null when there is no dateline or the first sentence does not repeat it.
 */
export function datelinePlace(ts: TokenStream, lex: CompiledLexicon, hint: readonly string[]): DatelinePlace | null {
  // The dateline opens the first line after the headline.
  let first = 1;
  while (first < ts.count && !isLineBreakBefore(ts, first)) first++;
  const places: string[] = [];
  const names = new Set<string>();
  let dash = -1;
  let name: string[] = [];
  const close = () => {
    const place = name.length ? resolvePlace(name.join(" "), lex.language, { countries: hint }) : null;
    if (place) places.push(place.key);
    name = [];
  };
  for (let j = first; j < ts.count && j < first + MAX_DATELINE_TOKENS; j++) {
    const token = tokenAt(ts, j);
    if (ts.kind[j] === TokenKind.word && isCapitals(token)) {
      name.push(token);
      names.add(token.toLowerCase());
    }
    else if (token === "/") close();
    else if (DASHES.has(token) && name.length) {
      close();
      dash = j;
      break;
    } else break;
  }
  if (dash < 0 || places.length === 0) return null;
  const sentence = findSentence(ts, dash + 1, lex);
  let paragraphLast = sentence.last;
  while (paragraphLast + 1 < ts.count && !isLineBreakBefore(ts, paragraphLast + 1)) paragraphLast++;
  for (let j = dash + 1; j <= sentence.last; ) {
    const m = findPlace(ts, j, sentence.last, lex, "first", hint);
    if (!m) break;
    if (places.includes(m.place.key) && m.place.kind !== "country" && namesTheNews(ts, dash + 1, m, names)) return { ...m, paragraphLast };
    j = m.last + 1;
  }
  const force = placeOfModifier(ts, dash + 1, sentence.last, lex, hint);
  return force && places.includes(force.place.key) ? { ...force, paragraphLast } : null;
}

/**
 * Whether a place phrase of the first sentence says where the news happened: the town written out as
 * in the dateline ("in Kiel", not "im Kieler Landtag", the seat of a body), and before the sentence's
 * figures or in the same clause as one ("41,000 people in central Athens"), not in a clause of its
 * own after them ("…, up 3.4%, the minister told reporters in Kiel"). "In an Athens hospital" is no
 * place phrase at all (see findPlace).
 */
function namesTheNews(ts: TokenStream, from: number, m: PlaceMatch, names: Set<string>): boolean {
  let written = false;
  for (let j = m.first; j <= m.last; j++) if (names.has(lowerAt(ts, j))) written = true;
  if (!written) return false;
  for (let j = m.first - 1; j >= from; j--) {
    if (tokenAt(ts, j) === ",") {
      for (let k = j - 1; k >= from; k--) if (ts.kind[k] === TokenKind.number) return false;
      return true;
    }
  }
  return true;
}
