import { countedNounKey } from "./counted-noun-key";
import { MOMENT_COUNTS } from "./lexicon/moment-count-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import type { Language } from "./lexicon";
import type { ClaimCandidate } from "./schema";

// Who may be in hospital: the hurt and the sick, or people and patients the clause says no more of.
const BEFALLEN = new Set(["injured", "sick", "people", countedNounKey("patients", "en")]);

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const PHRASES = { de: MOMENT_COUNTS.map((m) => ({ qualifier: m.qualifier, phrases: m.de.map(words) })), en: MOMENT_COUNTS.map((m) => ({ qualifier: m.qualifier, phrases: m.en.map(words) })) };

function contains(clause: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= clause.length; i++) if (phrase.every((w, k) => clause[i + k] === w)) return true;
  return false;
}

// The clause after the figure: up to its sentence's end, a line break or clause punctuation
// ("15 people remain in hospital, four of them in intensive care": two clauses, two counts).
function clauseAfter(c: ClaimCandidate, text: string): string[] {
  let end = c.end;
  while (end < c.sentenceEnd && end < text.length && text[end] !== "\n" && !CLAUSE_ENDS.has(text[end]!)) end++;
  return words(text.slice(c.end, end));
}

/**
 * "15 Menschen liegen noch im Krankenhaus", "four of them in intensive care": a count of the hurt or
 * the sick said to be in hospital or intensive care now is a count of the moment, qualified so
 * ("in hospital", "intensive care"): a facet of its own beside the toll, and one that may fall
 * (see lib/compare's isCountOfTheMoment). The phrase follows the figure in its clause, or a verb of
 * lying opens the clause and a hospital is its place (see lyingIn).
 */
export function countsOfTheMoment(claims: ClaimCandidate[], text: string, language: Language): ClaimCandidate[] {
  return claims.map((c) => {
    if (c.valueKind !== "quantity" || c.value.kind !== "quantity" || c.value.unit || !BEFALLEN.has(c.subject)) return c;
    const clause = clauseAfter(c, text);
    const moment = PHRASES[language].find((m) => m.phrases.some((p) => contains(clause, p)));
    return moment && !c.qualifiers.includes(moment.qualifier) ? { ...c, qualifiers: [...c.qualifiers, moment.qualifier] } : c;
  });
}
