import { countedNounKey } from "./counted-noun-key";
import type { ClaimCandidate } from "./schema";

// "Fälle", "cases": what a case is depends on the story. In an article that counts the sick ("38
// Erkrankte", "confirmed cases", "infections"), its cases are theirs: "am Montag war noch von 23
// Fällen die Rede", "put the number of cases at 44". Elsewhere ("in 30 Fällen Anzeige erstattet") a
// case stays a case.
const CASE = countedNounKey("cases", "en");
const SICK = "sick";

/** The claims, with the cases of an article that counts the sick counted as sick. */
export function casesOfSick(claims: ClaimCandidate[]): ClaimCandidate[] {
  if (!claims.some((c) => c.subject === SICK)) return claims;
  return claims.map((c) => (c.subject === CASE ? { ...c, subject: SICK } : c));
}
