import type { CompiledLexicon } from "./lexicon";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const ENDS = new Set(["and", "or", "und", "oder", "votes", "vote"]);

// A referendum's shares are of a side, not a party: "stimmten 54,3 Prozent mit Ja", "53.9% voted
// yes and 46.1% no", "58% in favour". One English name per side, so both languages share a facet.
const SIDES: Record<"de" | "en", [string[], "yes" | "no"][]> = {
  de: [
    [["mit", "ja"], "yes"],
    [["mit", "nein"], "no"],
    [["für", "ja"], "yes"],
    [["ja-stimmen"], "yes"],
    [["nein-stimmen"], "no"],
  ],
  en: [
    [["voted", "yes"], "yes"],
    [["voted", "no"], "no"],
    [["voted", "in", "favour"], "yes"],
    [["voted", "in", "favor"], "yes"],
    [["voted", "against"], "no"],
    [["in", "favour"], "yes"],
    [["in", "favor"], "yes"],
    [["yes"], "yes"],
    [["no"], "no"],
  ],
};

/** The side of a vote a share right after token `j - 1` is of ("54,3 Prozent mit Ja" → "yes"), or null. */
export function readBallotSide(ts: TokenStream, j: number, lex: CompiledLexicon): "yes" | "no" | null {
  for (const [words, side] of SIDES[lex.language]) {
    if (!words.every((w, k) => lowerAt(ts, j + k) === w)) continue;
    // A bare "no" must end its phrase: "5% no longer work" is no side.
    const next = j + words.length;
    if (words.length === 1 && ts.kind[next] === TokenKind.word && !ENDS.has(lowerAt(ts, next))) continue;
    return side;
  }
  return null;
}

// The side a count of votes was cast for, said after it in its clause ("89 Abgeordnete stimmten
// dafür, 58 dagegen", "212 MPs voted against") or opening the clause ("Für den Entwurf stimmten 139").
// "für"/"for" alone names a party as often as a side ("14,698 for Reform UK"): only after a voting verb.
const SIDE_ADVERBS = new Map<string, "yes" | "no">([["dafür", "yes"], ["dagegen", "no"]]);
const SIDE_PREPOSITIONS = new Map<string, "yes" | "no">([["für", "yes"], ["gegen", "no"], ["for", "yes"], ["against", "no"]]);
const VOTING_VERBS = new Set(["stimmten", "stimmte", "votierten", "votierte", "voted", "vote"]);
const SIDE_REACH = 3;
const CLAUSE_STOPS = new Set([",", ";", ".", ":", "–", "—", "(", ")"]);

function sideAt(ts: TokenStream, j: number, votedBefore: boolean): "yes" | "no" | null {
  const w = lowerAt(ts, j);
  return SIDE_ADVERBS.get(w) ?? (votedBefore || VOTING_VERBS.has(lowerAt(ts, j - 1)) ? (SIDE_PREPOSITIONS.get(w) ?? null) : null);
}

/**
 * Which side a count of votes (tokens `first`..`last`) was cast for, said after it: "yes", "no", or
 * null when nothing there names one. "votierten 52.300 Wähler für …": a voting verb may stand before.
 */
export function readVoteSide(ts: TokenStream, first: number, last: number): "yes" | "no" | null {
  const votedBefore = VOTING_VERBS.has(lowerAt(ts, first - 1));
  for (let j = last + 1; j <= last + SIDE_REACH && j < ts.count; j++) {
    if (CLAUSE_STOPS.has(lowerAt(ts, j)) || ts.kind[j] === TokenKind.number) break;
    const side = sideAt(ts, j, votedBefore);
    if (side) return side;
  }
  return null;
}

/** The side opening the German clause of a count ("Für den Entwurf stimmten 139 …"), or null. */
export function readFrontedVoteSide(ts: TokenStream, first: number, lex: CompiledLexicon): "yes" | "no" | null {
  if (lex.language !== "de") return null;
  for (let j = first - 1; j >= 0 && first - j <= SIDE_REACH + 4; j--) {
    const opens = j === 0 || CLAUSE_STOPS.has(lowerAt(ts, j - 1));
    if (opens) return SIDE_ADVERBS.get(lowerAt(ts, j)) ?? SIDE_PREPOSITIONS.get(lowerAt(ts, j)) ?? null;
  }
  return null;
}
