import { resolvePlace } from "@/lib/places";
import type { SentenceSpan } from "./find-sentence";
import { lemmaKey } from "./lemmatize";
import { partyFamilyOf } from "./party-family";
import type { CompiledLexicon } from "./lexicon";
import type { ClaimantCue } from "./read-claimant-cue";
import { readUnitAfter } from "./read-unit";
import { tableFooterSource, tableRowLabels } from "./table-rows";
import { DASHES } from "./lexicon/punctuation";
import { TokenKind, isCapitalized, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "Innenminister: 95 Tote", "Polizei warnt: …", "Organisers: 40,000 marched": a short name before a
// colon at the start of a line, optionally followed by a speech verb.
const MAX_WORDS = 4;
const VERB_ENDING = /(?:t|en)$/;
const INFLECTED = /(?:es|en|er|em)$/;

const ABBREVIATED_NAME = /^\p{Lu}{2,6}$/u;
// How far into a headline a dash may stand before the part that names a source.
const DASH_REACH = 12;

// "Bahnstreik legt Deutschland lahm – EVG: 25.000 Streikende": after a dash a headline starts over,
// and may name its source before a colon there. The token the name may start at.
function afterHeadlineDash(ts: TokenStream, s: SentenceSpan): number {
  for (let j = s.first + 1; j <= s.last && j - s.first <= DASH_REACH; j++) {
    if (tokenAt(ts, j) === ":") return s.first;
    if (DASHES.has(tokenAt(ts, j)) && !isLineBreakBefore(ts, j)) {
      for (let k = j + 1; k <= s.last && k - j <= MAX_WORDS + 1; k++) if (tokenAt(ts, k) === ":") return j + 1;
      return s.first;
    }
  }
  return s.first;
}

// A table's cell: the share is followed by punctuation or the line's end, not by a noun it changes
// ("Polizei: 12 Prozent mehr Verletzte" is the police speaking).
function isBareShareAt(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] !== TokenKind.number) return false;
  const unit = readUnitAfter(ts, j + 1, lex);
  if (unit?.unit.kind !== "percent") return false;
  const next = unit.last + 1;
  return next >= ts.count || ts.kind[next] === TokenKind.punct || isLineBreakBefore(ts, next);
}

// "Institut Nordblick, 18.30 Uhr: SPD 31 %, CDU 28 %", "YouGov, 10pm: …": a time or a day set off by a
// comma between a source and its colon dates the list, it is no part of the name. The aside is short
// and holds a number or a day's name; its colon, or -1.
const ASIDE_REACH = 4;
function colonAfterAside(ts: TokenStream, comma: number, last: number, lex: CompiledLexicon): number {
  let dated = false;
  for (let k = comma + 1; k <= last && k - comma <= ASIDE_REACH + 1; k++) {
    const t = tokenAt(ts, k);
    if (t === ":") return dated && k > comma + 1 ? k : -1;
    if (ts.kind[k] === TokenKind.number || lex.weekdays.has(lowerAt(ts, k))) dated = true;
    else if (ts.kind[k] !== TokenKind.word && t !== ".") return -1;
  }
  return -1;
}

// A row label with a word the tables know for a source ("Polizei", "organisers") or a title.
function labelNamesSource(ts: TokenStream, span: { first: number; last: number }, lex: CompiledLexicon): boolean {
  for (let j = span.first; j <= span.last; j++) if (lex.claimantWords.has(lowerAt(ts, j)) || lex.titles.has(lowerAt(ts, j))) return true;
  return false;
}

/**
 * The claimant a headline (or any line) names before its colon, or null. Only at the start of a
 * line, so a colon inside a sentence ("Die Bilanz: 95 Tote") still needs a name-like phrase.
 */
export function readHeadlineClaimant(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): ClaimantCue | null {
  if (!isLineBreakBefore(ts, s.first)) return null;
  const start = afterHeadlineDash(ts, s);
  let end = -1;
  let colon = -1;
  for (let j = start; j <= s.last && j - start <= MAX_WORDS + 1; j++) {
    if (tokenAt(ts, j) === ":") {
      end = j - 1;
      colon = j;
      break;
    }
    if (tokenAt(ts, j) === "," && j > start) {
      colon = colonAfterAside(ts, j, s.last, lex);
      if (colon < 0) return null;
      end = j - 1;
      break;
    }
    if (ts.kind[j] !== TokenKind.word && tokenAt(ts, j) !== "-") return null;
  }
  if (end < start) return null;
  // "Polizei warnt:" — the verb is not part of the name.
  let last = end;
  // German verbs end in -t/-en ("warnt", "melden"); English ones are taken from the speech verbs only.
  const verb = last > s.first && !isCapitalized(ts, last) && (lex.speechVerbs.has(lowerAt(ts, last)) || (lex.language === "de" && VERB_ENDING.test(lowerAt(ts, last))));
  if (verb) last--;
  let first = start;
  if (lex.articles.has(lowerAt(ts, first))) first++;
  if (last < first || lex.nonClaimants.has(lowerAt(ts, last))) return null;
  let known = false;
  let words = 0;
  for (let j = first; j <= last; j++) {
    if (tokenAt(ts, j) === "-") continue;
    const w = lowerAt(ts, j);
    if (lex.claimantWords.has(w) || lex.titles.has(w)) known = true;
    else if (!isCapitalized(ts, j) || lex.countWords.has(w) || lex.amountNouns.has(lemmaKey(w, lex.language))) return null;
    // "Amtliches Endergebnis:", "Neues Defizit:": an inflected adjective opens a noun phrase, not a name.
    else if (lex.language === "de" && j < last && INFLECTED.test(w)) return null;
    words++;
  }
  // A person's name ("Anna Beispiel"), an institution the tables know ("Polizei"), or any name with a
  // speech verb ("Madrid warnt:").
  // Hyphens join German compounds ("Klinik-Proteste"), spaces the parts of a name ("Anna Beispiel").
  let spaced = 0;
  for (let j = first; j <= last; j++) if (tokenAt(ts, j) !== "-" && tokenAt(ts, j - 1) !== "-") spaced++;
  // A place alone before the colon ("Portugal: Voz Nacional reklamiert …", "Graz: …") is what the
  // story is about, a dateline of sorts; it speaks only with a verb ("Madrid warnt:").
  // A short form ("EVG:") or a party ("Grüne:") names an organisation as two words do, unless it is a place ("USA:").
  const organisation = words === 1 && (ABBREVIATED_NAME.test(tokenAt(ts, first)) || partyFamilyOf(tokenAt(ts, first)) !== null) && resolvePlace(tokenAt(ts, first), lex.language) === null;
  const named = known || verb || organisation || (spaced >= 2 && first === start && !(words === 1 && resolvePlace(tokenAt(ts, first), lex.language) !== null));
  if (!named) return null;
  // A row of a results box ("Greens: 14.2%, 10 seats") names what its figures are of; the box's
  // footer, if any, names who gives them. Rows that all name known sources ("Police: 20,000" over
  // "Organisers: 60,000") set sources against each other, and each speaks for its own row.
  const rows = tableRowLabels(ts, s.first);
  if (rows && !rows.every((row) => labelNamesSource(ts, row, lex))) {
    const footer = tableFooterSource(ts, s.first);
    return footer ? { at: s.first, span: footer, explicit: true, last: s.first } : null;
  }
  // "Reform Party: 14.2% (+2.4)", "CDU: 31,2 Prozent": a share right after the colon with no word of
  // speaking is a line of a results table; the name holds the share (read-holder) and says nothing.
  if (!verb && isBareShareAt(ts, colon + 1, lex)) return null;
  return { at: s.first, span: { first, last }, explicit: true, last: colon };
}
