import { placeLevels, subjectLabels } from "./lexicon/facet-labels";
import type { ClaimCandidate } from "./schema";

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && best !== undefined && v < best)) [best, bestCount] = [v, n];
  return best;
}

function placePhrase(place: string): string {
  if (placeLevels[place] === "region") return `in the ${place} region`;
  return `in ${place}`;
}

function humanize(subject: string): string {
  const words = subject.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A readable English label for a facet: what its claims count (the most common description, e.g.
 * "North Korean troops") and where ("in Russia", "in the Kursk region"): "North Korean troops in the
 * Kursk region". Dates read "Treaty signing date". Unknown subjects are spelled out from their key.
 */
export function labelFacet(candidates: ClaimCandidate[], subject: string, place: string | undefined): string {
  const first = candidates[0];
  if (first?.valueKind === "date") return subjectLabels[subject] ?? `${humanize(subject)} date`;
  const counted = mostCommon(candidates.map((c) => c.scope.counted));
  const what = counted ? counted.charAt(0).toUpperCase() + counted.slice(1) : (subjectLabels[subject] ?? humanize(subject));
  return place ? `${what} ${placePhrase(place)}` : what;
}
