import { matchPhraseForward } from "./lexicon/phrase-index";
import type { CompiledLexicon } from "./lexicon";
import type { NounClass } from "./lexicon/types";
import { matchNoun } from "./match-noun";
import { TokenKind, isCapitalized, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** What follows a number: the noun it counts, a unit that makes it a measurement, or a back-reference. */
export type CountedNounMatch =
  | { kind: "noun"; nounClass: NounClass; needsState: boolean; first: number; last: number; nationality?: string }
  | { kind: "anaphora"; last: number }
  | { kind: "unit" }
  | { kind: "none" };

// Adjectives ("nordkoreanische", "North Korean", "weitere") may stand between number and noun; more
// than three words in between is rarely the same noun phrase.
const MAX_SKIPPED = 3;
const ADJECTIVE = /(?:e|en|er|es|em)$/;

function nationalityAt(ts: TokenStream, j: number, lex: CompiledLexicon): { english: string; last: number } | null {
  const m = matchPhraseForward(ts, j, lex.nationalities);
  return m ? { english: m.phrase.value, last: m.last } : null;
}

const CASUALTY_PAIR_JOINS = new Set(["und", "oder", "and", "or"]);

/**
 * "4.000 Tote und Verletzte", "300 dead and wounded": the dead and the wounded counted together
 * are casualties. Returns the last token of the pair, or null when the noun stands alone.
 */
function pairedCasualtyEnd(ts: TokenStream, j: number, nounClass: NounClass, lex: CompiledLexicon): number | null {
  if ((nounClass !== "killed" && nounClass !== "wounded") || j + 2 >= ts.count) return null;
  if (!CASUALTY_PAIR_JOINS.has(lowerAt(ts, j + 1))) return null;
  const other = matchNoun(lowerAt(ts, j + 2), lex.nounForms, lex.compoundNouns);
  return other && other.nounClass !== nounClass && (other.nounClass === "killed" || other.nounClass === "wounded") ? j + 2 : null;
}

/**
 * Find what the number ending at token `after - 1` counts, looking at the few words after it:
 * "fast 10.000 nordkoreanische Soldaten" → troops; "8.000 von ihnen" → anaphora; "155 mm" → unit.
 * German skips lowercase words (adjectives) and stops at the first other noun; English skips any
 * word that is not a function word. Casualty words count too ("2.500 getötet").
 */
export function findCountedNoun(ts: TokenStream, after: number, lex: CompiledLexicon): CountedNounMatch {
  let j = after;
  if (tokenAt(ts, j) === "-" && isJoined(ts, j) && isJoined(ts, j + 1)) j++;
  const firstWord = lowerAt(ts, j);
  if (lex.units.has(firstWord)) return { kind: "unit" };
  let nationality: string | undefined;
  let skipped = 0;
  let bridged = false;
  while (j < ts.count && skipped <= MAX_SKIPPED) {
    if (ts.kind[j] !== TokenKind.word) return { kind: "none" };
    const anaphora = matchPhraseForward(ts, j, lex.anaphora);
    if (anaphora && j === after) return { kind: "anaphora", last: anaphora.last };
    const word = lowerAt(ts, j);
    const noun = matchNoun(word, lex.nounForms, lex.compoundNouns);
    if (noun) {
      const pairEnd = pairedCasualtyEnd(ts, j, noun.nounClass, lex);
      if (pairEnd !== null) return { kind: "noun", nounClass: "casualties", needsState: false, first: j, last: pairEnd, ...(nationality ? { nationality } : {}) };
      return { kind: "noun", nounClass: noun.nounClass, needsState: noun.needsState ?? false, first: j, last: j, ...(nationality ? { nationality } : {}) };
    }
    const casualty = matchPhraseForward(ts, j, lex.casualty);
    if (casualty && skipped === 0) {
      return { kind: "noun", nounClass: casualty.phrase.value, needsState: false, first: j, last: casualty.last };
    }
    if (lex.vague.byFirst.has(word) || lex.multipliers.has(word) || lex.numberWords.has(word)) return { kind: "none" };
    const nat = nationalityAt(ts, j, lex);
    if (nat) {
      nationality = nat.english;
      skipped += nat.last - j + 1;
      j = nat.last + 1;
      continue;
    }
    if (lex.nounBridges.has(word) && !bridged) {
      bridged = true;
      j++;
      continue;
    }
    if (lex.articles.has(word) && bridged) {
      j++;
      continue;
    }
    // German adjectives after a numeral are inflected ("nordkoreanische", "weiteren"); a bare
    // lowercase word there is a verb or adverb, and the noun after it is not the one counted.
    const skippable = lex.language === "de" ? !isCapitalized(ts, j) && ADJECTIVE.test(word) : !lex.functionWords.has(word);
    if (!skippable) return { kind: "none" };
    skipped++;
    j++;
  }
  return { kind: "none" };
}
