// The forms names are looked up by. Two maps, not one fuzzy match: an exact (case-insensitive) form
// wins over an accent-folded one, so "Münster" stays the German city even though folding makes it
// the Irish province "Munster".

const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const SPACES = /\s+/g;
// Soft hyphens and other invisible format characters ("Reyk\u00ADja\u00ADvík" in CLDR's German).
const INVISIBLE = /\p{Cf}/gu;
const SPACED_HYPHEN = / ?- ?/g;
const MARKS = /\p{M}+/gu;
const SHARP_S = /ß/g;
const FOLDED_PUNCTUATION = /[-.'’]/g;
// Most names are plain ASCII words with single spaces or hyphens: they need no Unicode work.
const PLAIN = /^[a-z]+(?:[ -][a-z]+)*$/;
const PLAIN_FOLDED = /^[a-z]+(?: [a-z]+)*$/;

/** Lowercase, one kind of apostrophe, single spaces, hyphens without spaces: "Nordrhein - Westfalen" → "nordrhein-westfalen". */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return name.normalize("NFC").replace(INVISIBLE, "").toLowerCase().replace(APOSTROPHES, "'").replace(SPACES, " ").replace(SPACED_HYPHEN, "-").trim();
}

/** The normalized form without accents, "ß" as "ss", hyphens as spaces and no dots: "São Tomé" → "sao tome", "St. Gallen" → "st gallen". */
export function foldName(name: string): string {
  const normalized = normalizeName(name);
  if (PLAIN_FOLDED.test(normalized)) return normalized;
  return normalized
    .replace(SHARP_S, "ss")
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(FOLDED_PUNCTUATION, (c) => (c === "-" ? " " : ""))
    .replace(SPACES, " ")
    .trim();
}

/** Words `tokens[i]`..`tokens[i + length - 1]` as one name: hyphen tokens glue their neighbours ("nordrhein", "-", "westfalen"). */
export function joinTokens(tokens: readonly string[], i: number, length: number): string {
  let out = "";
  for (let k = i; k < i + length; k++) {
    const token = tokens[k] ?? "";
    const previous = k > i ? tokens[k - 1] : undefined;
    out += k === i || token === "-" || previous === "-" ? token : " " + token;
  }
  return out;
}
