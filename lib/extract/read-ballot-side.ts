import type { CompiledLexicon, Language } from "./lexicon";
import { SIDE_ADVERBS, SIDE_AFTER_SHARE, SIDE_NAMES, SIDE_PREPOSITIONS, VOTING_VERBS, type BallotSide } from "./lexicon/ballot-sides";
import { buildPhraseIndex, matchPhraseForward, type PhraseIndex } from "./lexicon/phrase-index";
import type { RuleWords } from "./lexicon/rule-words";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";
import { CLAUSE_ENDS } from "./lexicon/punctuation";

const ENDS = new Set(["and", "or", "und", "oder", "votes", "vote"]);

/** One index per language of phrases that name a side, each phrase's value its side. */
function sideIndexes(table: Record<BallotSide, RuleWords>): Record<Language, PhraseIndex<BallotSide>> {
  const index = (language: Language) => buildPhraseIndex<BallotSide>((["yes", "no"] as const).flatMap((side) => table[side][language].map((phrase): [string, BallotSide] => [phrase, side])));
  return { de: index("de"), en: index("en") };
}

// A referendum's shares are of a side, not a party: "stimmten 54,3 Prozent mit Ja", "53.9% voted
// yes and 46.1% no", "58% in favour".
const AFTER_SHARE = sideIndexes(SIDE_AFTER_SHARE);
const NAMES = sideIndexes(SIDE_NAMES);

/** The side of a vote a share right after token `j - 1` is of ("54,3 Prozent mit Ja" → "yes"), or null. */
export function readBallotSide(ts: TokenStream, j: number, lex: CompiledLexicon): BallotSide | null {
  const m = matchPhraseForward(ts, j, AFTER_SHARE[lex.language]);
  if (!m) return null;
  // A bare "no" must end its phrase: "5% no longer work" is no side.
  const next = m.last + 1;
  if (m.phrase.tokens.length === 1 && ts.kind[next] === TokenKind.word && !ENDS.has(lowerAt(ts, next))) return null;
  return m.phrase.value;
}

/**
 * Whether tokens `first`..`last` name a side of a referendum ("Yes", "das Nein-Lager" without its
 * article): what a figure is about, never who gives it ("An exit poll put Yes at 54%").
 */
export function isBallotSideName(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  return matchPhraseForward(ts, first, NAMES[lex.language], last)?.last === last;
}

// The side a count of votes was cast for, said after it in its clause ("89 Abgeordnete stimmten
// dafür, 58 dagegen", "212 MPs voted against") or opening the clause ("Für den Entwurf stimmten 139").
// The words of both languages in one table each: a count's side is read without its language.
function sideWords(table: Record<BallotSide, RuleWords>): Map<string, BallotSide> {
  return new Map((["yes", "no"] as const).flatMap((side) => [...table[side].de, ...table[side].en].map((w): [string, BallotSide] => [w, side])));
}
const ADVERBS = sideWords(SIDE_ADVERBS);
const PREPOSITIONS = sideWords(SIDE_PREPOSITIONS);
const VOTING = new Set([...VOTING_VERBS.de, ...VOTING_VERBS.en]);
const SIDE_REACH = 3;

function sideAt(ts: TokenStream, j: number, votedBefore: boolean): "yes" | "no" | null {
  const w = lowerAt(ts, j);
  return ADVERBS.get(w) ?? (votedBefore || VOTING.has(lowerAt(ts, j - 1)) ? (PREPOSITIONS.get(w) ?? null) : null);
}

/**
 * Which side a count of votes (tokens `first`..`last`) was cast for, said after it: "yes", "no", or
 * null when nothing there names one. "votierten 52.300 Wähler für …": a voting verb may stand before.
 */
export function readVoteSide(ts: TokenStream, first: number, last: number): "yes" | "no" | null {
  const votedBefore = VOTING.has(lowerAt(ts, first - 1));
  for (let j = last + 1; j <= last + SIDE_REACH && j < ts.count; j++) {
    if (CLAUSE_ENDS.has(lowerAt(ts, j)) || ts.kind[j] === TokenKind.number) break;
    const side = sideAt(ts, j, votedBefore);
    if (side) return side;
  }
  return null;
}

/** The side opening the German clause of a count ("Für den Entwurf stimmten 139 …"), or null. */
export function readFrontedVoteSide(ts: TokenStream, first: number, lex: CompiledLexicon): "yes" | "no" | null {
  if (lex.language !== "de") return null;
  for (let j = first - 1; j >= 0 && first - j <= SIDE_REACH + 4; j--) {
    const opens = j === 0 || CLAUSE_ENDS.has(lowerAt(ts, j - 1));
    if (opens) return ADVERBS.get(lowerAt(ts, j)) ?? PREPOSITIONS.get(lowerAt(ts, j)) ?? null;
  }
  return null;
}
