import type { CompiledLexicon } from "./lexicon";
import { readClaimantLeft, type ClaimantSpan } from "./read-claimant";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// How far back from the verb the relative clause may open.
const CLAUSE_REACH = 20;
const PREPOSITIONS = new Set(["in", "für", "bei", "mit", "von", "an", "auf", "aus", "nach", "zu", "über", "unter"]);

/**
 * "Die Regierungsdelegation, die in Spanien für die Polizei zuständig ist, sprach von 2.500
 * Teilnehmern": German may set a relative clause between the subject opening the sentence and its
 * verb. The clause is about the subject; the nouns inside it ("Polizei") are no speaker. Returns the
 * antecedent when the verb at `verb` follows the comma that closes such a clause and the antecedent
 * opens the sentence (after its article), else null.
 */
export function antecedentBeforeRelative(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  // A relative clause ends in its verb, lowercase; "Der Veranstalter, das Bündnis X, sprach" sets off
  // a name (an apposition), whose own article only looks like a relative pronoun.
  if (lex.language !== "de" || tokenAt(ts, verb - 1) !== "," || ts.kind[verb - 2] !== TokenKind.word || isCapitalized(ts, verb - 2)) return null;
  let open = verb - 2;
  while (open > first && verb - open < CLAUSE_REACH && tokenAt(ts, open) !== ",") open--;
  if (tokenAt(ts, open) !== ",") return null;
  // "…, in der 20.000 Menschen leben, …": a preposition may govern the relative pronoun.
  const pronoun = PREPOSITIONS.has(lowerAt(ts, open + 1)) ? open + 2 : open + 1;
  if (!lex.relativePronouns.has(lowerAt(ts, pronoun))) return null;
  const span = readClaimantLeft(ts, open - 1, first, lex);
  if (!span) return null;
  const before = span.first - 1;
  return before < first || (before === first && lex.articles.has(lowerAt(ts, before))) ? span : null;
}
