import { countedNounKey } from "./counted-noun-key";
import { HOSPITAL_PLACES, LYING_VERBS, MOMENT_COUNTS } from "./lexicon/moment-count-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import type { Language } from "./lexicon";
import type { ClaimCandidate } from "./schema";

// Who may be in hospital: the hurt and the sick, or people and patients the clause says no more of.
const BEFALLEN = new Set(["injured", "sick", "people", countedNounKey("patients", "en")]);

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const phrasesOf = (language: Language) => (m: { qualifier: string; de: string[]; en: string[] }) => ({ qualifier: m.qualifier, phrases: m[language].map(words) });
const PHRASES = { de: MOMENT_COUNTS.map(phrasesOf("de")), en: MOMENT_COUNTS.map(phrasesOf("en")) };
const LYING = { de: LYING_VERBS.de.map(words), en: LYING_VERBS.en.map(words) };
const PLACES = { de: HOSPITAL_PLACES.map(phrasesOf("de")), en: HOSPITAL_PLACES.map(phrasesOf("en")) };

function contains(clause: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= clause.length; i++) if (phrase.every((w, k) => clause[i + k] === w)) return true;
  return false;
}

const ends = (ch: string) => ch === "\n" || CLAUSE_ENDS.has(ch);

// The clause after the figure: up to its sentence's end, a line break or clause punctuation
// ("15 people remain in hospital, four of them in intensive care": two clauses, two counts).
function clauseAfter(c: ClaimCandidate, text: string): string[] {
  let end = c.end;
  while (end < c.sentenceEnd && end < text.length && !ends(text[end]!)) end++;
  return words(text.slice(c.end, end));
}

// The clause before the figure, back to its sentence's start or clause punctuation.
function clauseBefore(c: ClaimCandidate, text: string): string[] {
  let start = c.start;
  while (start > c.sentenceStart && start > 0 && !ends(text[start - 1]!)) start--;
  return words(text.slice(start, c.start));
}

// "liegen noch neun Menschen im Krankenhaus", "Noch neun Menschen liegen im Krankenhaus": a verb of
// lying in the figure's clause, a hospital or intensive care unit its place, before or after the figure
// ("Auf der Intensivstation befinden sich noch zwei Patienten").
function lyingIn(before: readonly string[], after: readonly string[], language: Language): string | null {
  const inClause = (p: readonly string[]) => contains(before, p) || contains(after, p);
  if (!LYING[language].some(inClause)) return null;
  return PLACES[language].find((m) => m.phrases.some(inClause))?.qualifier ?? null;
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
    const moment = PHRASES[language].find((m) => m.phrases.some((p) => contains(clause, p)))?.qualifier ?? lyingIn(clauseBefore(c, text), clause, language);
    return moment && !c.qualifiers.includes(moment) ? { ...c, qualifiers: [...c.qualifiers, moment] } : c;
  });
}
