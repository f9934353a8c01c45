import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

/**
 * The claim's identity with its place, and with any place (for a headline that leaves it out), all
 * but its value: claims of one key are told apart by `sameValue`, which spares writing every
 * figure out as text.
 */
function keys(c: ClaimCandidate): { exact: string; anyPlace: string } {
  const qualifiers = c.qualifiers.length > 1 ? [...c.qualifiers].sort().join("+") : (c.qualifiers[0] ?? "");
  const what = `${c.valueKind}|${c.subject}|${qualifiers}`;
  return { exact: `${what}|${c.scope.place ?? ""}|${c.certainty}`, anyPlace: `${what}|${ANY_PLACE}|${c.certainty}` };
}

const sameNumber = (a: number, b: number) => a === b || Object.is(a, b);

function sameBound(a: number | null, b: number | null, aInclusive: boolean, bInclusive: boolean): boolean {
  if (a === null || b === null) return a === b;
  return aInclusive === bInclusive && sameNumber(a, b);
}

// Under one key, claims are listed by their value's lower bound (a date or text by its written form):
// a Map compares numbers as `sameNumber` does, so each list holds only claims that may repeat each other.
type Listed = Map<string, Map<number | string | null, number[]>>;

function bucketOf(v: ClaimCandidate["value"]): number | string | null {
  return v.kind === "quantity" ? v.min : formatClaimValue(v);
}

function listed(byKey: Listed, key: string, bucket: number | string | null): number[] {
  return byKey.get(key)?.get(bucket) ?? [];
}

function list(byKey: Listed, key: string, bucket: number | string | null, index: number): void {
  let buckets = byKey.get(key);
  if (!buckets) byKey.set(key, (buckets = new Map()));
  const indices = buckets.get(bucket);
  if (indices) indices.push(index);
  else buckets.set(bucket, [index]);
}

/** True when `formatClaimValue` writes both values alike; intervals are compared without writing them. */
function sameValue(a: ClaimCandidate["value"], b: ClaimCandidate["value"]): boolean {
  if (a.kind === "quantity" && b.kind === "quantity") return sameBound(a.min, b.min, a.minInclusive, b.minInclusive) && sameBound(a.max, b.max, a.maxInclusive, b.maxInclusive);
  return formatClaimValue(a) === formatClaimValue(b);
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
  const byKey: Listed = new Map();
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
    const bucket = bucketOf(c.value);
    const candidates = listed(byKey, headline && !c.scope.place ? k.anyPlace : k.exact, bucket);
    // A headline repeats the body whoever it credits ("Madrid warnt: …" over the ministry's figure).
    const earlier = candidates.map((i) => kept[i]!).find((e) => sameValue(e.value, c.value) && (headline || sameVoice(e, c)));
    if (earlier) {
      dropped.add(c);
      if (!earlier.attribution && c.attribution) merged.set(earlier, { ...(merged.get(earlier) ?? earlier), attribution: c.attribution });
      continue;
    }
    for (const each of [k.exact, k.anyPlace]) list(byKey, each, bucket, kept.length);
    kept.push(c);
  }
  return candidates.filter((c) => !dropped.has(c)).map((c) => merged.get(c) ?? c);
}
