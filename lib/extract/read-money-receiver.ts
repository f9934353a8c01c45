import { resolvePlace } from "@/lib/places";
import type { AmountSubject } from "./find-amount-subject";
import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { RECEIVE_VERBS, SENT_TO } from "./lexicon/receiver-words";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { MODAL_VERBS } from "./lexicon/modal-words";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

const RECEIVE = phraseIndexes(RECEIVE_VERBS);
const SENT = phraseIndexes(SENT_TO);
// Between the verb and the money: "erhält zusätzlich 60 Millionen", "get an extra €9m".
const BETWEEN_REACH = 2;

/** The part of the budget the receiver names ("area:police" when the tables know it), else its own lemma. */
function receiverQualifier(ts: TokenStream, j: number, lex: CompiledLexicon): string {
  const lemma = lemmaKey(lowerAt(ts, j), lex.language);
  // "The defence ministry gets", "the health service receives": English writes the part before the
  // body that spends it, as German glues it ("Verteidigungsministerium", see budgetAreaSectorTails).
  const modifier = lex.language === "en" && j > 0 && ts.kind[j - 1] === TokenKind.word ? lex.budgetAreas.get(lemmaKey(lowerAt(ts, j - 1), "en")) : undefined;
  const area = lex.budgetAreas.get(lemma) ?? modifier;
  return area ? `area:${area}` : `${lex.language}:${lemma}`;
}

/**
 * Whether the word at `j` may name who receives money: a German noun (capitalized, not at the
 * sentence start alone) or an English noun; never a place ("Bayern erhält", "Hessen gets" say where
 * the money goes, not what it is for), a number, a pronoun or a function word.
 */
function isReceiverNoun(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (j < 0 || ts.kind[j] !== TokenKind.word) return false;
  const w = lowerAt(ts, j);
  if (lex.functionWords.has(w) || lex.articles.has(w) || lex.subordinators.has(w) || lex.figureStandIns.has(w)) return false;
  if (lex.language === "de" && !isCapitalized(ts, j)) return false;
  // "Labour gets £3m in donations", "Die SPD erhält": a party or a person is a holder, not a purpose.
  if (lex.holderNouns.has(w)) return false;
  const written = tokenAt(ts, j);
  if (written.length > 1 && written === written.toUpperCase()) return false;
  // "Police get €2.1bn": a word the tables know as a speaker is no place, whatever town shares its name.
  return lex.claimantWords.has(w) || resolvePlace(written, lex.language) === null;
}

/**
 * Money a receiver gets, read back from the token `to` before the money: "Die Polizei erhält 2,1
 * Mrd. Euro", "Police get €2.1bn", "Daycare centres receive an additional €60m" — and German with
 * the verb first: "2028 erhält die Polizei 2,1 Mrd. Euro". Spending, with the receiver as qualifier.
 */
export function moneyReceiverBefore(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  for (let end = to; end >= 0 && to - end <= BETWEEN_REACH; end--) {
    const verb = matchPhraseBackward(ts, end, RECEIVE[lex.language]);
    if (verb) {
      // "Schools will receive €12bn": an English modal may stand between the receiver and its verb.
      const receiver = lex.language === "en" && MODALS.en.has(lowerAt(ts, verb.first - 1)) ? verb.first - 2 : verb.first - 1;
      if (isReceiverNoun(ts, receiver, lex)) return { key: "spending", qualifiers: [receiverQualifier(ts, receiver, lex)], first: receiver, last: receiver };
      return null;
    }
    // "erhält die Polizei 2,1 Mrd.": in German the receiver may follow its verb.
    if (lex.language === "de" && isReceiverNoun(ts, end, lex) && lex.articles.has(lowerAt(ts, end - 1)) && matchPhraseBackward(ts, end - 2, RECEIVE.de)) {
      return { key: "spending", qualifiers: [receiverQualifier(ts, end, lex)], first: end - 1, last: end };
    }
    const w = lowerAt(ts, end);
    if (ts.kind[end] !== TokenKind.word || !(lex.additionWords.has(w) || lex.articles.has(w))) return null;
  }
  return null;
}

const MODALS = wordSets(MODAL_VERBS);
const MODAL_REACH = 8;

/**
 * "Die Bundeswehr soll 2025 rund 52 Milliarden Euro erhalten": a German verb of receiving closing the
 * clause at `final`, after the money ending before `to + 1`; the receiver is the noun before the
 * clause's modal. Spending, with the receiver as qualifier, else null.
 */
export function moneyReceiverOfFinalVerb(ts: TokenStream, to: number, final: number, lex: CompiledLexicon): AmountSubject | null {
  if (lex.language !== "de" || matchPhraseBackward(ts, final, RECEIVE.de)?.first !== final) return null;
  for (let k = to; k > 0 && to - k <= MODAL_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct) return null;
    if (MODALS.de.has(lowerAt(ts, k))) return isReceiverNoun(ts, k - 1, lex) ? { key: "spending", qualifiers: [receiverQualifier(ts, k - 1, lex)], first: k - 1, last: k - 1 } : null;
  }
  return null;
}

/** Money sent to a receiver after it: "Zusätzliche 60 Millionen Euro gehen an die Kitas", "€60m goes to schools". */
export function moneyReceiverAfter(ts: TokenStream, after: number, lex: CompiledLexicon): AmountSubject | null {
  const verb = matchPhraseForward(ts, after, SENT[lex.language]);
  if (!verb) return null;
  let j = verb.last + 1;
  if (lex.articles.has(lowerAt(ts, j))) j++;
  // English may put an adjective or a noun modifier first: "goes to daycare centres".
  if (lex.language === "en" && ts.kind[j + 1] === TokenKind.word && !lex.functionWords.has(lowerAt(ts, j + 1)) && !lex.articles.has(lowerAt(ts, j + 1))) j++;
  if (!isReceiverNoun(ts, j, lex)) return null;
  return { key: "spending", qualifiers: [receiverQualifier(ts, j, lex)], first: after, last: j };
}
