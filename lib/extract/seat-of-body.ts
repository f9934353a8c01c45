import type { CompiledLexicon } from "./lexicon";
import { SEAT_BODIES, TOWN_BODY_PREFIXES } from "./lexicon/seat-body-words";
import { wordSets } from "./lexicon/rule-words";
import { lowerAt, type TokenStream } from "./tokens";

const BODIES = wordSets(SEAT_BODIES);
// "outside parliament in Athens", "vor dem Parlament in Athen": a crowd at the building stands in the city.
const AT_THE_BUILDING = new Set(["outside", "near", "at", "before", "around", "vor", "vorm", "am", "beim", "bei", "nahe", "um"]);
// "Regionalregierung", "Finanzministerium": a German compound of at least this many letters before its head.
const MIN_COMPOUND_LEFT = 3;

function isSeatBody(word: string, lex: CompiledLexicon): boolean {
  const bodies = BODIES[lex.language];
  if (bodies.has(word)) return true;
  if (lex.language !== "de") return false;
  if (TOWN_BODY_PREFIXES.some((prefix) => word.startsWith(prefix))) return false;
  for (const body of bodies) if (word.length >= body.length + MIN_COMPOUND_LEFT && word.endsWith(body)) return true;
  return false;
}

/**
 * Whether the place phrase opened by the preposition at token `j` names where a governing body sits
 * rather than what a figure is about: "Die Regierung in Madrid stellte 50 Millionen Euro bereit",
 * "The government in Rome pledged €45m", "Im Parlament in Lissabon sitzen 230 Abgeordnete", "wie
 * die Wahlkommission in Tallinn mitteilte". The capital names the body; the figure is the whole
 * country's or region's. A town's police or council serves the town and is left to the place readers;
 * a crowd "outside parliament in Athens" stands at the building, in the city.
 */
export function isSeatOfBody(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (lowerAt(ts, j) !== "in" || !isSeatBody(lowerAt(ts, j - 1), lex)) return false;
  const before = lex.articles.has(lowerAt(ts, j - 2)) ? j - 3 : j - 2;
  return !AT_THE_BUILDING.has(lowerAt(ts, before));
}
