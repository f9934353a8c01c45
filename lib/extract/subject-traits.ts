import { combinedConcepts, countConcepts, eventConcepts } from "./lexicon/concepts";

const CUMULATIVE = new Set([...countConcepts, ...combinedConcepts].filter((c) => c.cumulative).map((c) => c.key));
const SETTLED = new Set(countConcepts.filter((c) => c.settled).map((c) => c.key));
const TALLIED = new Set(countConcepts.filter((c) => c.tallied).map((c) => c.key));
const BY_ACTOR = new Set(eventConcepts.filter((e) => e.question).map((e) => e.key));

/** What comparison needs to know about a subject beyond its claims' values. */
export type SubjectTraits = {
  /** A count that only grows for one place (a toll): a later, lower figure contradicts the earlier. */
  cumulative: boolean;
  /**
   * A figure fixed once its happening is over (a march's crowd, a budget's deficit): reports a few
   * days apart that do not date it tell of one happening (see CompareOptions.settled).
   */
  settled: boolean;
  /** A figure of a vote's published count (turnout, seats, votes): see CompareOptions.tallied. */
  tallied: boolean;
  /** A dated act whose actor is part of the question ("who confirmed it first?"): two actors' dates do not conflict. */
  byActor: boolean;
};

/** The traits of a subject key (see ClaimCandidate.subject); unknown subjects have none. */
export function subjectTraits(subject: string): SubjectTraits {
  return { cumulative: CUMULATIVE.has(subject), settled: SETTLED.has(subject), tallied: TALLIED.has(subject), byActor: BY_ACTOR.has(subject) };
}

/**
 * The subject of a facet key written by facetKeyOf ("quantity:dead/ES|" → "dead"), or null for a
 * key of another shape (a facet a person made).
 */
export function subjectOfFacetKey(key: string | null | undefined): string | null {
  const m = key ? /^(?:quantity|date|entity):([^/|@]+)/.exec(key) : null;
  return m?.[1] ?? null;
}
