import type { FigureStatus } from "@/lib/claims/schema";
import { CappedMemo } from "@/lib/cache/capped-memo";
import type { CompiledLexicon } from "./lexicon";
import { CALLED_OFF_WORDS, FIGURE_STATUS_WORDS } from "./lexicon/figure-status-words";
import { buildPhraseIndex, findPhraseForward } from "./lexicon/phrase-index";
import type { TokenStream } from "./tokens";

const entries = (language: "de" | "en") =>
  Object.entries(FIGURE_STATUS_WORDS).flatMap(([status, words]) => words[language].map((w): [string, FigureStatus] => [w, status as FigureStatus]));
const INDEX = { de: buildPhraseIndex(entries("de")), en: buildPhraseIndex(entries("en")) };

/**
 * The stage a figure is said to be in tokens `from`..`to` (its clause, or its sentence): "nach dem
 * vorläufigen Endergebnis", "eine Hochrechnung", "the draft budget", "the final tally". The first
 * phrase found wins, the longest at its place ("vorläufiges Endergebnis" is provisional).
 * @returns null when the stretch names no stage.
 */
export function readFigureStatus(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): FigureStatus | null {
  return findPhraseForward(ts, from, to, INDEX[lex.language])?.phrase.value ?? null;
}

const CALLED_OFF = {
  de: buildPhraseIndex(CALLED_OFF_WORDS.de.map((w): [string, true] => [w, true])),
  en: buildPhraseIndex(CALLED_OFF_WORDS.en.map((w): [string, true] => [w, true])),
};

/**
 * The stage of a figure whose counted words are tokens `nounFirst`..`nounLast` (after its number),
 * read in `from`..`to` as readFigureStatus does, except that "planned" among the counted words says
 * nothing of the count when the stretch calls the things off: "340 geplante Operationen wurden
 * verschoben" counts postponements, "the 500 planned job cuts" stays a plan.
 */
export function readCountStatus(ts: TokenStream, from: number, to: number, nounFirst: number, nounLast: number, lex: CompiledLexicon): FigureStatus | null {
  const status = readFigureStatus(ts, from, to, lex);
  if (status !== "planned" || nounFirst > nounLast || !findPhraseForward(ts, from, to, CALLED_OFF[lex.language])) return status;
  const inNoun = findPhraseForward(ts, nounFirst, nounLast, INDEX[lex.language]);
  if (!inNoun || inNoun.phrase.value !== "planned") return status;
  return (from < nounFirst ? readFigureStatus(ts, from, nounFirst - 1, lex) : null) ?? (nounLast < to ? readFigureStatus(ts, nounLast + 1, to, lex) : null);
}

// A claimant's name keeps the words of whoever wrote it (a label, an editor, a source carried over
// from another sentence), so either language's stage words may name its stage.
const NAME_WORDS = [...entries("de"), ...entries("en")];
const asWords = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

// An article credits many figures to the same few sources, and every figure with a source asks for
// its name's stage: the search of all stage phrases in the name is done once per name.
const STATUS_OF_NAME = new CappedMemo<string, FigureStatus | null>(10_000);

/**
 * The stage a claimant's name says its figure is: "Hochrechnung eines Fernsehsenders" is a
 * projection, "the preliminary official result" provisional, "amtliches Endergebnis" final. As in a
 * sentence, the first phrase wins, the longest at its place. A figure credited to a projection is
 * the projection's figure, wherever in the text that source was named.
 * @returns null when the name names no stage.
 */
export function figureStatusOfName(name: string): FigureStatus | null {
  return STATUS_OF_NAME.get(name, undefined, readStatusOfName);
}

function readStatusOfName(name: string): FigureStatus | null {
  const words = asWords(name);
  let first: { at: number; length: number; stage: FigureStatus } | null = null;
  for (const [phrase, stage] of NAME_WORDS) {
    const at = words.indexOf(` ${phrase} `);
    if (at >= 0 && (!first || at < first.at || (at === first.at && phrase.length > first.length))) first = { at, length: phrase.length, stage };
  }
  return first?.stage ?? null;
}
