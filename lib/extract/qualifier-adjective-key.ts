import { lemmaKey } from "./lemmatize";
import { QUALIFIER_ADJECTIVE_PAIRS } from "./lexicon/qualifier-adjective-pairs";
import type { Language } from "./lexicon/types";

// An entry's key is its first English word's own open key ("en:valid"), so an English modifier keeps
// the qualifier it always had and the German adjective takes it.
const KEYS: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };
for (const pair of QUALIFIER_ADJECTIVE_PAIRS) {
  const first = pair.en[0];
  if (!first) continue;
  const key = `en:${lemmaKey(first, "en")}`;
  for (const w of pair.en) KEYS.en.set(lemmaKey(w, "en"), key);
  for (const w of pair.de) KEYS.de.set(lemmaKey(w.toLowerCase(), "de"), key);
}

/**
 * The shared qualifier of an adjective before a counted noun (any case, any ending) when the
 * bilingual pairs know it ("gültige", "valid", "spoilt" → "en:valid" / "en:invalid"), else null.
 */
export function pairedQualifierKey(word: string, language: Language): string | null {
  return KEYS[language].get(lemmaKey(word.toLowerCase(), language)) ?? null;
}

/** The qualifier an adjective makes: the pairs' shared key, else its own lemma with its language ("de:amtlich"). */
export function qualifierAdjectiveKey(word: string, language: Language): string {
  return pairedQualifierKey(word, language) ?? `${language}:${lemmaKey(word.toLowerCase(), language)}`;
}
