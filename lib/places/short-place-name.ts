// A town's official name often carries a qualifier that running text leaves out: the river or region
// it lies on, after a locative link ("Xstadt am Fluss", "Xton upon Sea", "Xburg an der Y", "X-on-Y"),
// or in parentheses ("Xdorf (Gau)"). Language, not places: the links are German and English
// prepositions of location.
const QUALIFIER = / (?:am|an der|im|in der|upon|on) \S|-(?:upon|on)-\S| \(/u;

/** The part of `name` before its locative qualifier ("Xstadt am Fluss" → "Xstadt"), or null when it has none. */
export function shortPlaceName(name: string): string | null {
  const match = QUALIFIER.exec(name);
  if (!match || match.index === 0) return null;
  const short = name.slice(0, match.index).trim();
  return short || null;
}
