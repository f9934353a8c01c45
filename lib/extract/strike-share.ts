import { isStrikeNoun } from "./read-strike-participation";

type Subject = { key: string; qualifiers: string[] };

/**
 * The strikers' share named by a turnout of a strike: "Das Innenministerium bezifferte die
 * Streikbeteiligung auf 31 Prozent", "put strike participation at 31%". German glues the strike to
 * the turnout noun, English puts it before: either way it reaches here as the turnout's (or the
 * crowd's) qualifier, the strike noun's lemma. Null when the share is not of a strike.
 */
export function strikeShareOf<S extends Subject>(subject: S, language: "de" | "en"): S | null {
  if (subject.key !== "turnout" && subject.key !== "protesters") return null;
  const prefix = `${language}:`;
  const strike = subject.qualifiers.find((q) => q.startsWith(prefix) && isStrikeNoun(q.slice(prefix.length), language));
  if (!strike) return null;
  return { ...subject, key: "strikers", qualifiers: subject.qualifiers.filter((q) => q !== strike) };
}
