import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

/** The claim's identity with its place, and with any place (for a headline that leaves it out). */
function keys(c: ClaimCandidate): { exact: string; anyPlace: string } {
  const qualifiers = c.qualifiers.length > 1 ? [...c.qualifiers].sort().join("+") : (c.qualifiers[0] ?? "");
  const what = `${c.valueKind}|${c.subject}|${qualifiers}|${formatClaimValue(c.value)}`;
  return { exact: `${what}|${c.scope.place ?? ""}|${c.certainty}`, anyPlace: `${what}|${ANY_PLACE}|${c.certainty}` };
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
    const k = keys(c);
    const headline = c.start < headlineEnd;
    const candidates = byKey.get(headline && !c.scope.place ? k.anyPlace : k.exact) ?? [];
    // A headline repeats the body whoever it credits ("Madrid warnt: …" over the ministry's figure).
    const earlier = candidates.map((i) => kept[i]!).find((e) => headline || sameVoice(e, c));
    if (earlier) {
      dropped.add(c);
      if (!earlier.attribution && c.attribution) merged.set(earlier, { ...(merged.get(earlier) ?? earlier), attribution: c.attribution });
      continue;
    }
    for (const each of [k.exact, k.anyPlace]) {
      const list = byKey.get(each);
      if (list) list.push(kept.length);
      else byKey.set(each, [kept.length]);
    }
    kept.push(c);
  }
  return candidates.filter((c) => !dropped.has(c)).map((c) => merged.get(c) ?? c);
}
