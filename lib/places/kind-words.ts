// Words that say what kind of subdivision a name is, as the data packages spell them ("Cayo District",
// "Republic of Adygea"). This is a table of language, not of places: it names no place.
const TRAILING = [
  "autonomous okrug",
  "autonomous oblast",
  "autonomous community",
  "autonomous region",
  "autonomous republic",
  "oblast",
  "krai",
  "kray",
  "okrug",
  "province",
  "region",
  "state",
  "governorate",
  "prefecture",
  "county",
  "district",
  "department",
  "municipality",
  "voivodeship",
  "canton",
  "territory",
  "republic",
  "parish",
  "emirate",
  "city",
];
const KIND_WORDS = new Set(TRAILING);
const LEADING = ["republic of ", "province of ", "state of ", "region of ", "city of "];

/**
 * `name` without a kind word at its end or start ("Cayo District" → "Cayo", "Republic of Adygea" →
 * "Adygea"), or null when it has none. The caller decides whether the shorter name is safe to use:
 * "Northern Territory" must not become "Northern".
 */
export function stripKindWords(name: string): string | null {
  const lower = name.toLowerCase();
  for (const word of TRAILING) {
    if (lower.endsWith(" " + word) && lower.length > word.length + 1) return name.slice(0, name.length - word.length - 1).trim();
  }
  for (const word of LEADING) {
    if (lower.startsWith(word) && lower.length > word.length) return name.slice(word.length).trim();
  }
  return null;
}

/** Whether `name` is nothing but a kind word ("City", "Province"): no name of a place. */
export function isKindWord(name: string): boolean {
  return KIND_WORDS.has(name.trim().toLowerCase());
}

// Words a text puts around a place name to say its kind ("Region Murcia", "Gebiet Murcia", "the Murcia
// region", "Murcia-Region", "Stadt Valencia"). Language, not places.
const CUE_WORDS: Record<"de" | "en", string[]> = {
  de: ["region", "gebiet", "oblast", "provinz", "bezirk", "bundesstaat", "bundesland", "land", "kanton", "stadt", "großstadt", "hauptstadt", "republik", "landkreis", "kreis", "grenzregion"],
  en: ["region", "oblast", "province", "state", "city", "county", "district", "territory", "republic", "krai", "canton", "border region"],
};

const CUE_AFFIXES = Object.fromEntries(
  Object.entries(CUE_WORDS).map(([language, words]) => [
    language,
    words.map((word) => ({ prefix: `${word} `, suffixes: [` ${word}`, `-${word}`] })),
  ]),
) as Record<"de" | "en", { prefix: string; suffixes: string[] }[]>;

/** `name` without a kind word written before or after it ("Region Murcia" → "Murcia", "Murcia-Region" → "Murcia"), or null. */
export function stripCueWord(name: string, language: "de" | "en"): string | null {
  const lower = name.toLowerCase();
  for (const { prefix, suffixes } of CUE_AFFIXES[language]) {
    if (lower.length <= prefix.length) continue;
    if (lower.startsWith(prefix)) return name.slice(prefix.length).trim();
    for (const suffix of suffixes) if (lower.endsWith(suffix)) return name.slice(0, name.length - suffix.length).trim();
  }
  return null;
}
