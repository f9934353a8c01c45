// Frequent function words: an article of a few sentences holds dozens of them, so counting
// them tells German from English reliably without a language-detection dependency.
const MARKERS: Record<string, ReadonlySet<string>> = {
  de: new Set(
    "der die das und ist nicht mit von den dem des ein eine einen dass auf für im sich auch wurde hat sind nach bei".split(" "),
  ),
  en: new Set(
    "the and of to in is that for with on was are by as from it its have has were this an at".split(" "),
  ),
};

/** The language of `text` as a two-letter code; `fallback` when no marker word occurs. */
export function detectLanguage(text: string, fallback = "en"): string {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [language, markers] of Object.entries(MARKERS)) {
      if (markers.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best = fallback;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}
