import type { CompiledLexicon } from "./lexicon/compiled-lexicon";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { conceptOfNoun } from "./read-counted-phrase";
import { isStrikeNoun, readStrikeParticipation } from "./read-strike-participation";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "beteiligten sich 5.100 Ärzte am dreitägigen Ausstand": what was joined follows the count within
// a few words (an article, an adjective or two), in the same clause.
const AHEAD = 6;

const CROWD = new Set(["protesters", "people"]);

// "participation had held at about 5,000": a count of taking part is of whatever the article last
// named, as the verbs are. (German "die Beteiligung lag bei 4.000" is not read as a count yet.)
const PARTICIPATION = new Set(["participation"]);

// Verbs of taking part, whose object decides the count: "joined", "took part", "beteiligten sich",
// "nahmen … teil". "Marched", "demonstrierten" say what was done and keep a crowd a crowd.
const TAKING_PART = {
  de: new Set(["beteiligten", "beteiligte", "beteiligt", "beteiligen", "teil", "teilgenommen", "teilnahmen", "angeschlossen", "schlossen"]),
  en: new Set(["joined", "join", "joins", "joining", "part"]),
};
// How far from the count the verb may stand: German fronts it ("beteiligten sich landesweit rund 5.100 Ärzte").
const VERB_REACH = 8;

function tookPart(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  const verbs = TAKING_PART[lex.language === "de" ? "de" : "en"];
  for (const [from, step] of [[first - 1, -1], [last + 1, 1]] as const) {
    for (let j = from, n = 0; j >= 0 && j < ts.count && n < VERB_REACH; j += step, n++) {
      if (ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j))) break;
      if (ts.kind[j] === TokenKind.word && verbs.has(lowerAt(ts, j))) return true;
    }
  }
  return false;
}

/** A counted group, as extractQuantity reads it: its concept key, qualifiers and the noun as written. */
type Group = { subject: string; qualifiers: string[]; counted: string | undefined };

// The clause after the count names what was joined: a strike ("am Ausstand", "joined the three-day
// strike") or a gathering ("joined a rally"). Null when it names neither.
function joinedAhead(ts: TokenStream, after: number, lex: CompiledLexicon): boolean | null {
  const language = lex.language === "de" ? "de" : "en";
  for (let j = after; j < ts.count && j < after + AHEAD; j++) {
    if (ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j))) return null;
    if (ts.kind[j] !== TokenKind.word) continue;
    const word = lowerAt(ts, j);
    if (isStrikeNoun(word, language)) return true;
    if (lex.gatherings.has(word)) return false;
  }
  return null;
}

/**
 * Whether a group read as protesters because it "took part", "joined" or "beteiligten sich" took
 * part in a strike: the clause names the strike after the count ("rund 5.100 Ärzte am dreitägigen
 * Ausstand"), or else the last gathering the article named is one ("620 doctors joined the picket").
 * Any group can strike — workers, doctors, teachers, pilots — but a crowd named as such
 * ("participants", "Teilnehmer") is the protesters' own noun and stays theirs, as do "people".
 */
export function joinedStrike(group: Group, ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  if (group.subject !== "protesters") return false;
  const head = group.counted?.split(" ").at(-1);
  if (head && PARTICIPATION.has(head.toLowerCase())) return joinedAhead(ts, last + 1, lex) ?? readStrikeParticipation(ts, first, lex);
  const workers = group.qualifiers.includes("workers");
  // People said nothing else of are a protest's crowd by default (see extractQuantity): only a
  // named group's joining is read here.
  if (!workers && (!head || CROWD.has(conceptOfNoun(head, lex)?.key ?? ""))) return false;
  if (!tookPart(ts, first, last, lex)) return false;
  return joinedAhead(ts, last + 1, lex) ?? readStrikeParticipation(ts, first, lex);
}
