import { PARTY_FAMILIES } from "./lexicon/party-family-words";
import { withoutGenitiveS } from "./tokens";

const FAMILY_OF_NAME = new Map(PARTY_FAMILIES.flatMap((f) => f.names.map((n) => [n, f.key] as const)));

/**
 * The political family a holder is named by, in either language and any inflection: "Grünen",
 * "the Greens" and "Green Party" → "greens"; "Sozialdemokraten" → "social democrats". Null for a
 * party's own name ("SPD", "Bremer Mitte") and for people.
 */
export function partyFamilyOf(holder: string): string | null {
  const name = withoutGenitiveS(holder.toLowerCase()).replace(/\s+/g, " ").trim();
  return FAMILY_OF_NAME.get(name) ?? FAMILY_OF_NAME.get(name.replace(/^(?:die|der|den|the) /, "")) ?? null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest first, so "social democratic party" is read before "social democratic".
const FAMILY_WORDS = PARTY_FAMILIES.flatMap((f) => [...f.names, ...f.adjectives].map((w) => ({ w, key: f.key }))).sort((a, b) => b.w.length - a.w.length);
const FAMILY_WORD = new RegExp(`(?<![\\p{L}-])(${FAMILY_WORDS.map((x) => escape(x.w).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}-])`, "iu");
const FAMILY_KEY_OF_WORD = new Map(FAMILY_WORDS.map((x) => [x.w, x.key]));

// Longest first, so "social democratic" is tried before a shorter adjective.
const ADJECTIVES = PARTY_FAMILIES.flatMap((f) => f.adjectives.map((w) => ({ w, key: f.key }))).sort((a, b) => b.w.length - a.w.length);
const CAPITALIZED_WORDS = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

/**
 * The family a party's own long name places it in by its first words: "Social Democratic
 * Alliance", "Christian Democratic Appeal", "Sozialdemokratische Allianz" → the family of the
 * adjective. Null for a family's plain name ("the Social Democrats", see partyFamilyOf) and for
 * anything that is not a capitalized name opening with a family's adjective.
 */
export function familyOfPartyName(holder: string): string | null {
  const name = holder.replace(/\s+/g, " ").trim();
  if (!CAPITALIZED_WORDS.test(name) || partyFamilyOf(name) !== null) return null;
  const lower = name.toLowerCase();
  return ADJECTIVES.find((a) => lower.startsWith(`${a.w} `))?.key ?? null;
}

// The abbreviation in parentheses, as name-abbreviations reads it, and the words before it in its sentence.
const INTRODUCED = /\((\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu})\)/gu;
const SENTENCE_END = /[.!?;:]\s|[\n(),]/g;
const NAME_WORDS = 6;

/**
 * The families an article ties to an abbreviation where it introduces a party: "die Grünen (GP)",
 * "The Social Democrats (SPD)", "die konservative Volkspartei (PP)", "Spain's conservative
 * People's Party (PP)": a family's name or adjective among the few words right before the
 * abbreviation in parentheses. Family key → the abbreviations tied to it.
 */
export function familyAbbreviationsIn(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!text.includes("(")) return out;
  for (const m of text.matchAll(INTRODUCED)) {
    let before = text.slice(Math.max(0, m.index - 120), m.index);
    // Only the clause the name stands in: "…, die Grünen (GP)" not what an earlier clause said.
    let cut = -1;
    for (const end of before.matchAll(SENTENCE_END)) cut = end.index + end[0].length;
    if (cut >= 0) before = before.slice(cut);
    const words = before.trim().split(/\s+/).slice(-NAME_WORDS);
    // The name ends at the first word from the right that neither is capitalized nor a family word:
    // "wählten viele die Grünen (GP)" keeps "die Grünen"; "die konservative Volkspartei (PP)" its adjective.
    let from = words.length;
    while (from > 0 && (/^\p{Lu}/u.test(words[from - 1]!) || FAMILY_KEY_OF_WORD.has(words[from - 1]!.toLowerCase()) || /^(?:of|for|and|the|die|der|den|des|für|und)$/i.test(words[from - 1]!))) from--;
    const found = FAMILY_WORD.exec(words.slice(from).join(" "));
    if (!found) continue;
    const key = FAMILY_KEY_OF_WORD.get(found[1]!.toLowerCase().replace(/\s+/g, " "));
    if (!key) continue;
    const set = out.get(key) ?? new Set<string>();
    set.add(m[1]!);
    out.set(key, set);
  }
  return out;
}
