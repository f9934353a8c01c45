import type { CompiledLexicon } from "./lexicon";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { opensCircumstance } from "./circumstance-clause";
import { nameClaimant } from "./name-claimant";
import type { ClaimantCue } from "./read-claimant-cue";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "In Köln streikten laut Verdi 2.800; die Verkehrsbetriebe sprachen von knapp 2.000": a semicolon
// closes what a source before it vouches for.
function segmentOf(ts: TokenStream, cues: ClaimantCue[], anchor: number): [number, number] {
  let from = -Infinity;
  let to = Infinity;
  for (const cue of cues) {
    const [a, b] = cue.at < anchor ? [cue.at, anchor] : [anchor, cue.at];
    for (let k = a + 1; k < b; k++) {
      if (tokenAt(ts, k) !== ";") continue;
      if (k < anchor) from = Math.max(from, k);
      else to = Math.min(to, k);
    }
  }
  return [from, to];
}

// "Die Polizei zählte 24.000 Demonstrierende, das Bündnis sprach von 60.000": a source whose own
// clause gives another figure is that figure's, not the claim's; "18.000 kamen, teilte die Polizei
// mit" and "…, according to the Chamber" give none, so they speak for the clause before them.
// The cue's clause is bounded as every reader bounds one (CLAUSE_ENDS): the sentence ends in it
// never matter here, since the walk stays inside the claim's sentence.

function givesOtherFigure(ts: TokenStream, cue: ClaimantCue, anchor: number, first: number, last: number): boolean {
  let from = Math.min(cue.at, cue.last);
  let to = Math.max(cue.at, cue.last);
  while (from > first && !CLAUSE_ENDS.has(tokenAt(ts, from - 1))) from--;
  while (to < last && !CLAUSE_ENDS.has(tokenAt(ts, to + 1)) && !opensCircumstance(ts, to + 1, last)) to++;
  if (anchor >= from && anchor <= to) return false;
  for (let k = from; k <= to; k++) if (ts.kind[k] === TokenKind.number) return true;
  return false;
}

// "…, according to preliminary results published by the committee after all 451 stations had
// reported": a source trailing the figures of its sentence vouches for them, not for the figure of the
// clause of circumstance that follows it in the same clause.
function inCircumstanceAfter(ts: TokenStream, cue: ClaimantCue, anchor: number, first: number, last: number): boolean {
  const end = Math.max(cue.at, cue.last);
  if (!cue.explicit || anchor <= end) return false;
  let figuresBefore = false;
  for (let k = first; k < Math.min(cue.at, cue.last) && !figuresBefore; k++) figuresBefore = ts.kind[k] === TokenKind.number;
  if (!figuresBefore) return false;
  for (let k = end + 1; k < anchor; k++) {
    if (opensCircumstance(ts, k, last)) return true;
    // German sets a comma before every "nachdem"; English may ("…, after all stations had reported").
    if (CLAUSE_ENDS.has(tokenAt(ts, k)) && !(tokenAt(ts, k) === "," && opensCircumstance(ts, k + 1, last))) return false;
  }
  return false;
}

// "Slovenia unveils €14.2bn budget as fiscal council warns on deficit": a speaker in a clause joined
// by "as" or "while" after the figure, whose verb goes on to say something of its own, speaks of
// that, not of the figure before it; "…, as the ministry said on Tuesday" says nothing else and
// vouches for it.
const JOINING = new Set(["as", "while", "whereas"]);
const SPAN_REACH = 2;

function speaksInJoinedClause(ts: TokenStream, cue: ClaimantCue, anchor: number, last: number, lex: CompiledLexicon): boolean {
  if (cue.explicit || lex.language !== "en" || cue.at < cue.span.last) return false;
  let joint = -1;
  for (let k = cue.span.first - 1; k > anchor && cue.span.first - k <= SPAN_REACH; k--) {
    if (JOINING.has(lowerAt(ts, k))) joint = k;
    else if (!lex.articles.has(lowerAt(ts, k))) break;
  }
  if (joint < 0) return false;
  for (let k = cue.at + 1; k <= last && !CLAUSE_ENDS.has(tokenAt(ts, k)); k++) {
    const w = lowerAt(ts, k);
    if (ts.kind[k] === TokenKind.word && !lex.weekdays.has(w) && !lex.months.has(w) && !lex.functionWords.has(w)) return true;
  }
  return false;
}

/**
 * Who the claim at token `anchor` is attributed to, given the claimant cues of its sentence: a cue
 * in the claim's own part of the sentence (between semicolons) wins over one before them, and one
 * after a later semicolon never counts; a cue whose own clause gives another figure is passed over
 * while others remain, and a lone explicit one after the claim that gives another figure counts not at all; then an
 * explicit source ("laut Polizei", "according to …") wins over the subject of a speech verb; among
 * equals the cue nearest the claim. Returns undefined when the sentence names nobody.
 */
export function pickAttribution(ts: TokenStream, cues: ClaimantCue[], anchor: number, lex: CompiledLexicon, sentenceFirst = 0, sentenceLast = ts.count - 1): string | undefined {
  // A relative clause's speaker gave only the figure its pronoun refers to (ClaimantCue.onlyFor).
  cues = cues.filter((c) => (!c.onlyFor || (anchor >= c.onlyFor[0] && anchor <= c.onlyFor[1])) && !inCircumstanceAfter(ts, c, anchor, sentenceFirst, sentenceLast) && !speaksInJoinedClause(ts, c, anchor, sentenceLast, lex));
  if (cues.length === 0) return undefined;
  const [from, to] = segmentOf(ts, cues, anchor);
  const inPart = cues.filter((c) => c.at > from && c.at < to);
  // A source after a later semicolon speaks of what follows it, never of what came before.
  const candidates = inPart.length > 0 ? inPart : cues.filter((c) => c.at < to);
  const own = candidates.length > 1 ? candidates.filter((c) => !givesOtherFigure(ts, c, anchor, sentenceFirst, sentenceLast)) : [];
  // "Rund 4.000 Menschen, nach Angaben der Veranstalter sogar 7.500, …", "About 4,000 people, 7,500
  // according to the organisers, …": a lone explicit source after the claim, in a clause of its own that
  // gives another figure, vouches for that figure only. One before the claim may head a list.
  const lone = candidates.length === 1 ? candidates[0]! : null;
  // Only an explicit source: a speech verb after a list ("…, the minister said") speaks for all of it.
  if (lone?.explicit && Math.min(lone.at, lone.last) > anchor && givesOtherFigure(ts, lone, anchor, sentenceFirst, sentenceLast)) return undefined;
  let best: ClaimantCue | undefined;
  for (const cue of own.length > 0 ? own : candidates) {
    if (!best || (cue.explicit && !best.explicit)) best = cue;
    else if (cue.explicit === best.explicit && Math.abs(cue.at - anchor) < Math.abs(best.at - anchor)) best = cue;
  }
  return best ? (best.name ?? nameClaimant(ts, best.span, lex)) : undefined;
}
