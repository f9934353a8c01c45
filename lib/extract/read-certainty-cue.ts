import type { Certainty } from "@/lib/claims/schema";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { countConcepts } from "./lexicon/concepts";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, isCapitalized, lowerAt, type TokenStream } from "./tokens";

// Concepts that count things, never people (CountConcept.things): ballots, seats, ships.
const THING_COUNTS = new Set(countConcepts.filter((c) => c.things).map((c) => c.key));

/** A certainty cue found at a token, and the last token it covers. */
export type CertaintyCueMatch = { certainty: Exclude<Certainty, "stated">; last: number };

// "nie bestätigt oder dementiert": a negation this close before a denial cancels it.
const NEGATION_REACH = 4;

function negatedBefore(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): boolean {
  for (let k = j - 1; k >= first && j - k <= NEGATION_REACH; k--) if (lex.negations.has(lowerAt(ts, k))) return true;
  return false;
}

// "32,333 ballots were rejected as invalid", "300 postal ballots had been wrongly rejected": in the
// passive, with counted things as its subject, "rejected" says what became of the things counted (the
// tally's own word for spoilt ballots), not that anyone denies the figure ("the figure was rejected").
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "be"]);
const AUXILIARY_REACH = 4;
function isPassiveOfCountedThings(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en") return false;
  let k = j - 1;
  // An adverb may stand between ("had been wrongly rejected").
  if (k >= first && lowerAt(ts, k).endsWith("ly")) k--;
  if (k < first || !PASSIVE_AUXILIARIES.has(lowerAt(ts, k))) return false;
  for (let n = 0; k >= first && n < AUXILIARY_REACH && (PASSIVE_AUXILIARIES.has(lowerAt(ts, k)) || lowerAt(ts, k) === "had" || lowerAt(ts, k) === "have"); n++) k--;
  return k >= first && ts.kind[k] === TokenKind.word && THING_COUNTS.has(conceptOfNoun(lowerAt(ts, k), lex)?.key ?? "");
}

/**
 * The certainty cue starting at token `j` of the sentence `first`..`last`, or null: "Berichten
 * zufolge" / "reportedly" (reported), "könnte" / "could" / "believed to" and the frame "soll …
 * haben" (hedged), "bestritten" / "denied" unless negated (denied). English single-word cues count
 * only in lowercase, so the month "May" is not the modal "may".
 */
export function readCertaintyCue(ts: TokenStream, j: number, first: number, last: number, lex: CompiledLexicon): CertaintyCueMatch | null {
  const frame = lex.hedgeFrames.get(lowerAt(ts, j));
  if (frame) {
    for (let k = j + 1; k <= last; k++) if (frame.has(lowerAt(ts, k))) return { certainty: "hedged", last: j };
  }
  const m = matchPhraseForward(ts, j, lex.certaintyCues, last);
  if (!m) return null;
  if (lex.language === "en" && m.phrase.tokens.length === 1 && isCapitalized(ts, j) && (j !== first || lex.months.has(lowerAt(ts, j)))) return null;
  if (m.phrase.value === "denied" && (negatedBefore(ts, j, first, lex) || isPassiveOfCountedThings(ts, j, first, lex))) return null;
  return { certainty: m.phrase.value, last: m.last };
}
