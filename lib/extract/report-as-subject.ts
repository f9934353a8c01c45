import { resolvePlace } from "@/lib/places";
import type { CompiledLexicon } from "./lexicon";
import { ESTIMATE_NOUNS } from "./lexicon/estimate-words";
import { wordSets } from "./lexicon/rule-words";
import { readClaimantLeft, type ClaimantSpan } from "./read-claimant";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * "The projection gives the Social Democrats 18 seats", "The final tally gave the Greens 15", "Police
 * estimates put the crowd at 12,000": English verbs of giving and putting take whom a figure is about
 * as their object. When their subject is a report (a projection, a poll, a count, a result), the
 * object is the figure's holder and never its source; the source is the report's author, or the
 * estimate itself when no author is named, or nobody for a count or a result, which states figures.
 */
export const GIVING_VERBS = new Set(["put", "puts", "gave", "gives", "give"]);

// Counts and results the lexicon's report nouns leave out; "recount" states as a count does.
const MORE_REPORTS = new Set(["recount", "tallies", "counts"]);
// "a poll by Ipsos", "an exit poll for broadcaster X": the links that name who made or ordered a report.
const AUTHOR_LINKS = new Set(["by", "for"]);
// "a count from the two constituencies": "from", "of" name what was counted, not who counted.
const CONTENT_LINKS = new Set(["from", "of", "in"]);
const AUXILIARIES = new Set(["had", "has", "have", "now", "again", "also", "still", "would", "will"]);
const APPOSITION_REACH = 16;
const PHRASE_REACH = 7;
const ESTIMATES = wordSets(ESTIMATE_NOUNS);

const isReport = (ts: TokenStream, k: number, lex: CompiledLexicon): boolean => lex.reportNouns.has(lowerAt(ts, k)) || MORE_REPORTS.has(lowerAt(ts, k));

/** A report's source: its words, and the name when the words carry a possessive ("Radio North's"). */
export type ReportSource = { span: ClaimantSpan; name?: string };
/** What a report as the subject of a verb of giving says of its source: `source` null when nobody. */
export type ReportSubject = { report: number; source: ReportSource | null };

const POSSESSIVE = /['’]s$/;

// "Nordvarp TV's seat projection", "The Civica institute's projection", "Police estimates": a
// possessive or a name standing before the report, over lowercase modifiers ("seat", "latest").
function ownerBefore(ts: TokenStream, report: number, first: number, lex: CompiledLexicon): ReportSource | null {
  const named = (k: number) => isCapitalized(ts, k) || POSSESSIVE.test(tokenAt(ts, k)) || lex.claimantWords.has(lowerAt(ts, k));
  let k = report - 1;
  while (k >= first && report - k <= 3 && ts.kind[k] === TokenKind.word && !named(k) && !lex.articles.has(lowerAt(ts, k))) k--;
  if (k < first || ts.kind[k] !== TokenKind.word || !named(k)) return null;
  if (POSSESSIVE.test(tokenAt(ts, k))) {
    let start = k;
    while (start - 1 >= first && ts.kind[start - 1] === TokenKind.word && (isCapitalized(ts, start - 1) || lex.claimantWords.has(lowerAt(ts, start - 1))) && !lex.articles.has(lowerAt(ts, start - 1))) start--;
    // "the city's count": a possessive with no name is a place or a thing, no author.
    let capital = false;
    for (let m = start; m <= k && !capital; m++) capital = isCapitalized(ts, m) && !(m === first);
    // "Kiel's final result": a place's report is no author's.
    if (!capital || (start === k && resolvePlace(tokenAt(ts, k).replace(POSSESSIVE, ""), lex.language) !== null)) return null;
    const text = ts.text.slice(ts.start[start], ts.end[k]);
    return { span: { first: start, last: k }, name: text.replace(POSSESSIVE, "") };
  }
  // A capital opening the sentence is no name by itself ("Final figures put …").
  if (k === first && !lex.claimantWords.has(lowerAt(ts, k))) return null;
  const span = readClaimantLeft(ts, k, first, lex);
  return span ? { span } : null;
}

// "An exit poll for the broadcaster put …": an estimate with no author named speaks for itself,
// with the lowercase words that say which it is ("exit poll", "seat projection").
const MODIFIER_REACH = 2;
function itself(ts: TokenStream, k: number, lex: CompiledLexicon): ReportSource {
  let from = k;
  while (k - from < MODIFIER_REACH && ts.kind[from - 1] === TokenKind.word && !isCapitalized(ts, from - 1) && !lex.articles.has(lowerAt(ts, from - 1)) && !lex.functionWords.has(lowerAt(ts, from - 1))) from--;
  return { span: { first: from, last: k } };
}

/**
 * The report that is the subject of the verb of giving at `verb` in the sentence from `first`, and
 * its source; null when the subject is no report ("The union put the number at 40,000").
 */
export function reportAsSubject(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): ReportSubject | null {
  if (lex.language !== "en" || !GIVING_VERBS.has(lowerAt(ts, verb))) return null;
  let end = verb - 1;
  while (end > first && AUXILIARIES.has(lowerAt(ts, end))) end--;
  // "Radio North's projection, based on half the votes, gives …": an aside between commas.
  if (tokenAt(ts, end) === ",") {
    let open = end - 1;
    while (open > first && end - open < APPOSITION_REACH && tokenAt(ts, open) !== ",") open--;
    if (tokenAt(ts, open) !== ",") return null;
    end = open - 1;
  }
  if (end < first || ts.kind[end] !== TokenKind.word) return null;
  if (isReport(ts, end, lex)) {
    const owner = ownerBefore(ts, end, first, lex);
    return { report: end, source: owner ?? (ESTIMATES.en.has(lowerAt(ts, end)) ? itself(ts, end, lex) : null) };
  }
  // "A rival projection by the daily Courier gives …", "The first figures from two districts put …".
  for (let k = end - 1; k > first && end - k <= PHRASE_REACH; k--) {
    if (ts.kind[k] !== TokenKind.word) return null;
    const w = lowerAt(ts, k);
    if (!AUTHOR_LINKS.has(w) && !CONTENT_LINKS.has(w)) continue;
    if (!isReport(ts, k - 1, lex)) return null;
    const author = AUTHOR_LINKS.has(w) ? readClaimantLeft(ts, end, k + 1, lex) : null;
    const source = author ? { span: author } : ownerBefore(ts, k - 1, first, lex);
    return { report: k - 1, source: source ?? (ESTIMATES.en.has(lowerAt(ts, k - 1)) ? itself(ts, k - 1, lex) : null) };
  }
  return null;
}
