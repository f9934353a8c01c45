import type { RuleWords } from "./rule-words";

/**
 * Verbs by which people undergo harm or its care (`lib/extract/read-harm-suffered.ts`): "suffered
 * minor injuries", "needed hospital treatment", "erlitten leichte Verletzungen".
 */
export const UNDERGO_VERBS: RuleWords = {
  de: ["erlitten", "erlitt", "erleiden", "erleidet", "benötigten", "benötigte", "brauchten", "brauchte"],
  en: ["suffered", "suffer", "suffers", "suffering", "sustained", "sustain", "sustains", "sustaining", "received", "receive", "receiving",
    "needed", "need", "needing", "required", "require", "requiring", "underwent"],
};

/** What is undergone: an injury, or the care given for one. Matched by lemma. */
export const HARM_NOUNS: RuleWords = {
  de: ["Verletzungen", "Verletzung", "Verbrennungen", "Prellungen", "Behandlung", "Versorgung"],
  en: ["injuries", "injury", "wounds", "burns", "treatment", "care", "attention"],
};

/** A harm said to have been fatal is a death, not an injury: no injured count is read then. */
export const FATAL_WORDS: RuleWords = {
  de: ["tödliche", "tödlichen", "tödlich"],
  en: ["fatal", "mortal", "deadly"],
};
