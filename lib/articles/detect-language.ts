import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";

// The one importer of the language detector (franc, trigram profiles of 80-odd languages, with
// ISO 639-3 codes mapped to the two-letter codes articles are stored with).

// Below this many letters trigram statistics guess; frequent function words then decide between
// the two languages the extraction reads, which a short German or English text holds plenty of.
const MIN_LETTERS_FOR_TRIGRAMS = 80;
const MARKERS: Record<string, ReadonlySet<string>> = {
  de: new Set(
    "der die das und ist nicht mit von den dem des ein eine einen dass auf für im sich auch wurde hat sind nach bei".split(" "),
  ),
  en: new Set(
    "the and of to in is that for with on was are by as from it its have has were this an at".split(" "),
  ),
};

/**
 * The language of `text` as a two-letter code (ISO 639-1). Long enough text is read by franc;
 * short text, or text franc cannot place, by counting German and English function words; `fallback`
 * when neither finds anything.
 */
export function detectLanguage(text: string, fallback = "en"): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= MIN_LETTERS_FOR_TRIGRAMS) {
    const code = iso6393To1[franc(text.slice(0, 20_000), { minLength: 20 })];
    if (code) return code;
  }
  return byFunctionWords(text) ?? fallback;
}

function byFunctionWords(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [language, markers] of Object.entries(MARKERS)) {
      if (markers.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}
