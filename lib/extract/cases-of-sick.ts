import { countedNounKey } from "./counted-noun-key";
import type { ClaimCandidate } from "./schema";

// "Fälle", "cases": what a case is depends on the story. In an article that counts the sick ("38
// Erkrankte", "confirmed cases", "infections"), its cases are theirs: "am Montag war noch von 23
// Fällen die Rede", "put the number of cases at 44". Elsewhere ("in 30 Fällen Anzeige erstattet") a
// case stays a case.
const CASE = countedNounKey("cases", "en");
const SICK = "sick";

const asSick = (c: ClaimCandidate): ClaimCandidate => (c.subject === CASE ? { ...c, subject: SICK } : c);

/** The claims, with the cases of an article that counts the sick counted as sick. */
export function casesOfSick(claims: ClaimCandidate[]): ClaimCandidate[] {
  return claims.some((c) => c.subject === SICK) ? claims.map(asSick) : claims;
}

/**
 * The same across an event's articles: "The number of confirmed cases rose to 41" in an article
 * that names no sick counts them when another article of the event does ("38 Erkrankte").
 */
export function casesOfSickAcrossEvent(articles: ClaimCandidate[][]): ClaimCandidate[][] {
  return articles.some((claims) => claims.some((c) => c.subject === SICK)) ? articles.map((claims) => claims.map(asSick)) : articles;
}
