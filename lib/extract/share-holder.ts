import { inPrepositionalPhrase, startsSentence, type AmountSubject } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import type { Holder } from "./holder-name-ending-at";
import { conceptOfNoun } from "./read-counted-phrase";
import { LEVEL_TO } from "./lexicon/level-prepositions";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * Where a party's share is read from when no noun says what a percentage is of (see
 * extract-quantity's readSubject, GUIDE.md "a party's percentage is its vote share").
 */

/**
 * "Nach dem vorläufigen Ergebnis liegt die RK bei 17,3 Prozent", "No's share in the constituency
 * rose to 57.6%": a noun no table knows, found only inside a prepositional phrase, says when or
 * where a share stands, not what it is of; a party named in the sentence then holds the share.
 */
export function isCircumstanceOfShare(ts: TokenStream, subject: AmountSubject, lex: CompiledLexicon): boolean {
  return subject.key.includes(":") && inPrepositionalPhrase(ts, subject.first, lex);
}

/**
 * "Die Unión Cívica erreichte 30,9 Prozent", "Die Grüne Allianz erreichte 12 Prozent": a verb of
 * winning is also one of a level reaching ("Der Schaden erreichte 5 Millionen Euro"), but a noun no
 * table knows right before it, after a capitalized word that neither is an article nor opens the
 * sentence, ends a name of several words: a party or a candidate, which holds the share.
 */
export function isNameWinningShare(ts: TokenStream, subject: AmountSubject, first: number, lex: CompiledLexicon): boolean {
  // English capitalizes only names: "The Free Voters won 5.3%", "the Free Voters 5.3%" — a noun a
  // table knows ("voters") is a name's last word there, wherever it stands but the sentence start.
  const englishName = lex.language === "en" && isCapitalized(ts, subject.last) && !startsSentence(ts, subject.last);
  if ((!subject.key.includes(":") && !englishName) || subject.first !== subject.last) return false;
  // The verb right after the name, the share after it or further on ("erreichte am Sonntag 30,9 Prozent");
  // in a list that leaves the verb out, the share right after the name.
  const verb = matchPhraseForward(ts, subject.last + 1, lex.gainVerbs);
  const listed = englishName && subject.last + 1 === first;
  if (!listed && (!verb || verb.last >= first)) return false;
  const before = subject.first - 1;
  return before >= 0 && isCapitalized(ts, before) && !lex.articles.has(lowerAt(ts, before)) && !startsSentence(ts, before);
}

const WITH = new Set(["with", "mit"]);

/**
 * "The Socialists won 12 seats with 19.6%", "Die SPD holte 28 Sitze mit 29,2 Prozent": a share
 * "with" which a party won the count right before it is that party's. `countLast` is the last token
 * of that count, `holder` its holder, `first` the share's first token.
 */
export function holderOfCountBefore(ts: TokenStream, countLast: number, holder: string | undefined, first: number): Holder | null {
  if (!holder || countLast !== first - 2 || !WITH.has(lowerAt(ts, first - 1))) return null;
  return { name: holder, first: first - 1, last: first - 1 };
}

const ELLIPSIS_REACH = 10;

/**
 * "wo sie nach eigenen Angaben auf 31 Prozent kam, laut Wahlkommission aber nur auf 28,6 Prozent",
 * "Labour put itself at 31%, the commission's count at only 28.6%": a clause after a comma with no
 * verb of its own leaves its subject out, so the share there is held by who held the share before it
 * in the sentence. `holder` is that share's holder and `previousLast` its last token.
 */
export function holderOfEllipticalShare(ts: TokenStream, previousLast: number, holder: string | undefined, first: number, lex: CompiledLexicon): Holder | null {
  if (!holder || first - previousLast > ELLIPSIS_REACH) return null;
  let comma = -1;
  for (let k = first - 1; k > previousLast; k--) {
    if (lowerAt(ts, k) === ",") {
      comma = k;
      break;
    }
  }
  if (comma < 0) return null;
  for (let k = comma + 1; k < first; k++) {
    const w = lowerAt(ts, k);
    if (ts.kind[k] !== TokenKind.word || lex.linkVerbs.has(w) || lex.speechVerbs.has(w) || matchPhraseForward(ts, k, lex.gainVerbs) || matchPhraseForward(ts, k, lex.changeMarkers)) return null;
  }
  return { name: holder, first: comma, last: comma };
}

const TO_LEVEL = new Set([...LEVEL_TO.de, ...LEVEL_TO.en]);

/**
 * "Die DP legte um 1,4 Punkte auf 20,1 Prozent zu", "Labour rose 2.1 points to 33.9%": the level a
 * holder's change ends at is that holder's share. `changeLast` is the last token of the change
 * right before, `holder` its holder, `first` the share's first token.
 */
export function holderOfLevelAfterChange(ts: TokenStream, changeLast: number, holder: string | undefined, isChange: boolean, first: number): Holder | null {
  if (!holder || !isChange) return null;
  if (changeLast === first - 2 && TO_LEVEL.has(lowerAt(ts, first - 1))) return { name: holder, first: first - 1, last: first - 1 };
  return levelJoinedAfterChange(ts, changeLast, first) ? { name: holder, first: first - 1, last: first - 1 } : null;
}

// "Die CDU verliert 3,1 Punkte und landet bei 16,0 Prozent", "Labour lost 2.1 points and ended on
// 33.9%": a second verb joined to the change, with no subject of its own, gives the same holder's level.
const JOINED = new Set(["und", "and"]);
const JOINED_VERB_WORDS = 2;

function levelJoinedAfterChange(ts: TokenStream, changeLast: number, first: number): boolean {
  if (!JOINED.has(lowerAt(ts, changeLast + 1)) || !TO_LEVEL.has(lowerAt(ts, first - 1)) && !LEVEL_LINKS.has(lowerAt(ts, first - 1))) return false;
  const words = first - 1 - (changeLast + 2);
  if (words < 1 || words > JOINED_VERB_WORDS) return false;
  for (let k = changeLast + 2; k < first - 1; k++) if (ts.kind[k] !== TokenKind.word || isCapitalized(ts, k)) return false;
  return true;
}

const INSERTED_SHARE_LINKS = new Set(["on", "at", "with", "mit", "bei"]);

/**
 * "The Greens, on 9.2%, held their four seats", "Die Linke, mit 6,1 Prozent, …": a share set off by
 * commas after a name is that name's; the commas close no clause of its own. `first` and `end` are
 * the share's first and last tokens; `read` finds the holder before a token.
 */
export function holderOfInsertedShare(ts: TokenStream, first: number, end: number, read: (from: number) => Holder | null): Holder | null {
  if (!INSERTED_SHARE_LINKS.has(lowerAt(ts, first - 1)) || lowerAt(ts, first - 2) !== "," || lowerAt(ts, end + 1) !== ",") return null;
  return read(first - 2);
}

/**
 * "…, the party won 31.2%", "die Partei erreichte 27,4 Prozent", "erreichte die Partei 27,4
 * Prozent": a word for any party or candidate beside a verb of winning makes the share after them
 * a vote share, held by a party the sentence does not name.
 */
export function isHolderNounShare(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  const verb = matchPhraseBackward(ts, first - 1, lex.gainVerbs);
  if (verb) return lex.holderNouns.has(lowerAt(ts, verb.first - 1)) || partyOfPersonEndingAt(ts, verb.first - 1, lex) >= 0;
  // German puts the verb second: "In der Hauptstadt erreichte die Partei 27,4 Prozent", "erreichte
  // die Partei von Premierminister Marc Weber 27,4 Prozent".
  if (lex.language !== "de") return false;
  const person = partyOfPersonEndingAt(ts, first - 1, lex);
  const noun = person >= 0 ? person : first - 1;
  if (!lex.holderNouns.has(lowerAt(ts, noun))) return false;
  const before = lex.articles.has(lowerAt(ts, noun - 1)) ? noun - 2 : noun - 1;
  return matchPhraseBackward(ts, before, lex.gainVerbs) !== null;
}

const WITH_REACH = 12;

/**
 * "The party missed the 5% threshold with 4.9%", "Die Partei scheiterte mit 4,9 Prozent": a share
 * "with" which the sentence's subject, a word for any party or candidate, did what its verb says is
 * that party's vote share. `first` is the share's first token, `sentenceFirst` its sentence's.
 */
export function isHolderNounWithShare(ts: TokenStream, first: number, sentenceFirst: number, lex: CompiledLexicon): boolean {
  if (!WITH.has(lowerAt(ts, first - 1)) || first - sentenceFirst > WITH_REACH) return false;
  const noun = lex.articles.has(lowerAt(ts, sentenceFirst)) ? sentenceFirst + 1 : sentenceFirst;
  if (!lex.holderNouns.has(lowerAt(ts, noun))) return false;
  // One clause: "The party, which won 12% in 2026, …" names its share elsewhere.
  for (let k = noun + 1; k < first - 1; k++) if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== "%" && tokenAt(ts, k) !== "-") return false;
  return true;
}

const OF_PERSON = new Set(["von", "of"]);
const PERSON_WORDS = 4;

/**
 * "die Partei von Regionalpräsident Juan Carlos Robles", "the party of Prime Minister Marc Weber":
 * a word for a party, "von"/"of", and a person (a title and up to three names) ending at `last`.
 * The index of the word for the party, or -1. The person says which party it is; the party, not
 * the person, holds what follows (GUIDE.md credits a share to the party or candidate whose it is).
 */
export function partyOfPersonEndingAt(ts: TokenStream, last: number, lex: CompiledLexicon): number {
  let k = last;
  while (last - k < PERSON_WORDS && isCapitalized(ts, k)) k--;
  if (k === last || !OF_PERSON.has(lowerAt(ts, k))) return -1;
  return lex.holderNouns.has(lowerAt(ts, k - 1)) ? k - 1 : -1;
}

const LEVEL_LINKS = new Set(["bei", "auf", "at", "on"]);
const RUN_GAP = 3;
const NAME_PREPOSITIONS = new Set(["für", "for", "von", "of", "by", "laut"]);
const RUN_REACH = 40;
// "Die Arbeitslosenquote liegt bei 5 Prozent": a compound ending in a word of measure names what a
// share is of, never a party.
const MEASURE_TAILS = ["quote", "rate", "anteil", "share", "zahl", "wert", "stand"];

/**
 * "Die CDU kommt auf 31,2 Prozent. Die Grünen liegen bei 9,5 Prozent, die Freien Wähler bei 5,5
 * Prozent": in a run of parties' shares, the name right before the next share — with at most a verb
 * of level ("liegen") and "bei"/"auf" between — is the next party, not what the share is of: a noun
 * no table knows, or a name of several words (a capitalized word before it that neither is an
 * article nor opens the sentence). A noun a table knows alone ("die Wahlbeteiligung lag bei") names
 * what the share is of. A run may go on in the next paragraph ("Die AfD erreicht 17,5 Prozent.¶Die
 * Grünen liegen bei 9,5 Prozent"). `previousShare` is the run's share before (its last token and holder), or null.
 */
export function holderInRunOfShares(ts: TokenStream, first: number, previousShare: { last: number; holder: string } | null, lex: CompiledLexicon): Holder | null {
  if (!previousShare || first - previousShare.last > RUN_REACH) return null;
  let last = first - 1;
  while (last > previousShare.last && first - last <= RUN_GAP && ts.kind[last] === TokenKind.word && (lex.linkVerbs.has(lowerAt(ts, last)) || LEVEL_LINKS.has(lowerAt(ts, last)))) last--;
  if (last <= previousShare.last || !isCapitalized(ts, last) || startsSentence(ts, last) && !lex.articles.has(lowerAt(ts, last - 1))) return null;
  const head = lowerAt(ts, last);
  if (lex.articles.has(head) || MEASURE_TAILS.some((t) => head.endsWith(t))) return null;
  const before = last - 1;
  const severalWords = isCapitalized(ts, before) && !lex.articles.has(lowerAt(ts, before)) && !startsSentence(ts, before);
  if (!severalWords && conceptOfNoun(head, lex)) return null;
  const nameFirst = severalWords ? before : last;
  if (nameFirst <= previousShare.last) return null;
  // "…, in Kiel 28 Prozent", "eine andere für die Zeitung Kurier bei 25 Prozent": a name after a
  // preposition is where the share was won or whom a poll was made for, not who won it.
  const lead = lowerAt(ts, lex.articles.has(lowerAt(ts, nameFirst - 1)) ? nameFirst - 2 : nameFirst - 1);
  if (lex.placePrepositions.has(lead) || NAME_PREPOSITIONS.has(lead)) return null;
  return { name: ts.text.slice(ts.start[nameFirst], ts.end[last]), first: nameFirst, last };
}
