import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

function key(c: ClaimCandidate, place = c.scope.place ?? ""): string {
  return [c.valueKind, c.subject, [...c.qualifiers].sort().join("+"), formatClaimValue(c.value), place, c.certainty].join("|");
}

// A headline often names the place apart from the figure ("Hochwasser in Slowenien: Zahl der Toten
// steigt auf sechs"), so a headline figure without a place repeats the body's wherever it is.
const ANY_PLACE = "*";

const sameVoice = (a: ClaimCandidate, b: ClaimCandidate) => !a.attribution || !b.attribution || a.attribution === b.attribution;

/**
 * One article states a figure once, however often it repeats it: a headline that repeats the body's
 * "95 Tote", or a recap at the end, is the same claim, and counting it twice would double every
 * contradiction it takes part in. Of repeats (same subject, qualifiers, value, place and certainty,
 * and no two different claimants), the first occurrence after the headline is kept, with the
 * claimant the headline names when the body does not. `headlineEnd` is the offset where the first
 * line ends. Order is kept. Never throws.
 */
export function dedupeClaims(candidates: readonly ClaimCandidate[], headlineEnd: number): ClaimCandidate[] {
  // Most subjects occur once in an article: nothing to compare, no key to build.
  const subjects = new Map<string, number>();
  for (const c of candidates) subjects.set(c.subject, (subjects.get(c.subject) ?? 0) + 1);
  if ([...subjects.values()].every((n) => n === 1)) return [...candidates];
  const kept: ClaimCandidate[] = [];
  const byKey = new Map<string, number[]>();
  const body = [...candidates.filter((c) => c.start >= headlineEnd), ...candidates.filter((c) => c.start < headlineEnd)];
  const dropped = new Set<ClaimCandidate>();
  const merged = new Map<ClaimCandidate, ClaimCandidate>();
  for (const c of body) {
    if (subjects.get(c.subject) === 1) {
      kept.push(c);
      continue;
    }
    const k = key(c);
    const headline = c.start < headlineEnd;
    const candidates = byKey.get(headline && !c.scope.place ? key(c, ANY_PLACE) : k) ?? [];
    // A headline repeats the body whoever it credits ("Madrid warnt: …" over the ministry's figure).
    const earlier = candidates.map((i) => kept[i]!).find((e) => headline || sameVoice(e, c));
    if (earlier) {
      dropped.add(c);
      if (!earlier.attribution && c.attribution) merged.set(earlier, { ...(merged.get(earlier) ?? earlier), attribution: c.attribution });
      continue;
    }
    for (const each of [k, key(c, ANY_PLACE)]) byKey.set(each, [...(byKey.get(each) ?? []), kept.length]);
    kept.push(c);
  }
  return candidates.filter((c) => !dropped.has(c)).map((c) => merged.get(c) ?? c);
}
