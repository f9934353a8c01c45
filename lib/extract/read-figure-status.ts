import type { FigureStatus } from "@/lib/claims/schema";
import type { CompiledLexicon } from "./lexicon";
import { FIGURE_STATUS_WORDS } from "./lexicon/figure-status-words";
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
