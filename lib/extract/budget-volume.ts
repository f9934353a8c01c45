import { lemmaKey } from "./lemmatize";
import type { AmountSubject } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";

// "Das Volumen liegt bei 44,3 Mrd. Euro", "Das Gesamtvolumen bleibt bei 39,9 Milliarden Euro",
// "raised its volume by €200m": a sum of money whose subject is a word for size alone is the size of
// the budget being reported. Compounds of another head ("Investitionsvolumen", "Auftragsvolumen")
// name their own thing and are left as they are.
const VOLUME_WORDS: Record<"de" | "en", readonly string[]> = {
  de: ["volumen", "gesamtvolumen", "haushaltsvolumen", "etatvolumen", "gesamtumfang"],
  en: ["volume", "overall volume"],
};
const VOLUME_KEYS = new Map<"de" | "en", Set<string>>(
  (["de", "en"] as const).map((language) => [language, new Set(VOLUME_WORDS[language].map((w) => `${language}:${lemmaKey(w, language)}`))]),
);

/** The budget, when a money amount's subject is a bare word for size ("Volumen", "volume"); else the subject unchanged. */
export function asBudgetVolume(subject: AmountSubject, lex: CompiledLexicon): AmountSubject {
  return VOLUME_KEYS.get(lex.language)?.has(subject.key) ? { ...subject, key: "budget" } : subject;
}
