import type { ClaimCandidate } from "./schema";

// "die sozialdemokratische Frente Trabalhista (FT)", "the Alliance for Renewal (AR)", "the National
// Election Commission (CNE)": capitalized words (and the small words inside names) before an
// abbreviation in parentheses.
const DEFINITION = /((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:for|of|and|the|für|der|des|und|de|do|da|dos|das)\s+)?){0,6}\p{Lu}[\p{L}'’-]*)\s*\((\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu})\)/gu;
const CONNECTOR = /^(?:for|of|and|the|für|der|des|und|de|do|da|dos|das)$/;
// DEFINITION's own closing part: the abbreviation in parentheses. Most articles define none, and
// DEFINITION tries a match at every capitalized word; an article without a "(" (a plain character
// search) or without this part is passed over for a fraction of the cost.
const ABBREVIATION_IN_PARENTHESES = /\(\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu}\)/u;

/**
 * The names an article introduces with an abbreviation in parentheses, long name (lowercase) →
 * abbreviation: "Aliança Renovadora (AR)" → "aliança renovadora" → "AR". The long name is trimmed
 * to the words whose initials the abbreviation uses, in any order ("National Election Commission
 * (CNE)" keeps all three; "LISBON — The centre-right Aliança Renovadora (AR)" keeps two).
 */
export function abbreviationsIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes("(") || !ABBREVIATION_IN_PARENTHESES.test(text)) return out;
  for (const m of text.matchAll(DEFINITION)) {
    const abbreviation = m[2]!;
    const letters = new Set(abbreviation.toUpperCase());
    const words = m[1]!.split(/\s+/);
    // Trim from the left: words whose initial the abbreviation does not use are no part of the name.
    while (words.length > 0 && (CONNECTOR.test(words[0]!) || !letters.has(words[0]![0]!.toUpperCase()))) words.shift();
    const initials = new Set(words.filter((w) => !CONNECTOR.test(w)).map((w) => w[0]!.toUpperCase()));
    if (words.length === 0 || [...letters].some((l) => !initials.has(l))) continue;
    out.set(words.join(" ").toLowerCase(), abbreviation);
  }
  return out;
}

/**
 * One holder under one name within an article: a holder read as the long name, or as its last
 * words ("Renovadora"), is filed under the abbreviation the article introduced for it, so "the AR
 * took 89 seats" and "die Aliança Renovadora kommt auf 91 Sitze" answer one facet.
 */
export function holdersByAbbreviation(candidates: ClaimCandidate[], abbreviations: Map<string, string>): ClaimCandidate[] {
  if (abbreviations.size === 0) return candidates;
  return candidates.map((c) => {
    if (!c.holder) return c;
    const name = c.holder.toLowerCase();
    let abbreviation: string | undefined;
    for (const [long, short] of abbreviations) if (long === name || long.endsWith(` ${name}`)) abbreviation = short;
    if (!abbreviation || abbreviation === c.holder) return c;
    const qualifiers = c.qualifiers.map((q) => (q === `holder:${name}` ? `holder:${abbreviation.toLowerCase()}` : q));
    return { ...c, holder: abbreviation, qualifiers };
  });
}
