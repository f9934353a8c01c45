import { compileLexicon } from "./compile-lexicon";
import type { CompiledLexicon } from "./compiled-lexicon";
import { de } from "./de";
import { en } from "./en";
import type { Language } from "./types";

// Compiled once when the module loads: extraction itself never builds a table or a regex.
const compiled: Record<Language, CompiledLexicon> = { de: compileLexicon(de), en: compileLexicon(en) };

/** The compiled word tables of one language. */
export function getLexicon(language: Language): CompiledLexicon {
  return compiled[language];
}

export { Cue, Trigger, triggerKey, type CompiledLexicon, type ConceptRef, type UnitRef } from "./compiled-lexicon";
export type { Language } from "./types";
