import { formatClaimValue } from "./format-claim-value";
import { isBudgetYear } from "./read-budget-year";
import type { ClaimCandidate } from "./schema";

/**
 * The claim's identity with its place, and with any place (for a headline that leaves it out), all
 * but its value: claims of one key are told apart by `sameValue`, which spares writing every
 * figure out as text.
 */
function keys(c: ClaimCandidate): { exact: string; anyPlace: string; anyHolder: string } {
  const qualifiers = c.qualifiers.length > 1 ? [...c.qualifiers].sort().join("+") : (c.qualifiers[0] ?? "");
  const what = `${c.valueKind}|${c.subject}|${qualifiers}`;
  // A headline leaves out the budget year as it leaves out the place ("Germany plans €536.8bn budget"
  // over "a draft budget of €536.8bn for 2027").
  const yearless = c.qualifiers.some(isBudgetYear) ? `${c.valueKind}|${c.subject}|${c.qualifiers.filter((q) => !isBudgetYear(q)).sort().join("+")}` : what;
  const anyPlace = `${yearless}|${ANY_PLACE}|${c.certainty}`;
  // …and the holder its verb was not read with ("Partei X reklamiert 1,1 Millionen Stimmen").
  const anyHolder = c.qualifiers.some(isHolder) ? `${c.valueKind}|${c.subject}|${c.qualifiers.filter((q) => !isBudgetYear(q) && !isHolder(q)).sort().join("+")}|${ANY_PLACE}|${c.certainty}` : anyPlace;
  return { exact: `${what}|${c.scope.place ?? ""}|${c.certainty}`, anyPlace, anyHolder };
}

const isHolder = (q: string) => q.startsWith("holder:");

const sameNumber = (a: number, b: number) => a === b || Object.is(a, b);

function sameBound(a: number | null, b: number | null, aInclusive: boolean, bInclusive: boolean): boolean {
  if (a === null || b === null) return a === b;
  return aInclusive === bInclusive && sameNumber(a, b);
}

// Each kept claim is listed under both of its keys with its value's lower bound (a date or text by its
// written form), so that only claims that may repeat each other are compared by value. An article
// keeps a dozen claims or so: a list scanned in order is cheaper than maps of fresh key strings.
type Listing = { exact: string; anyPlace: string; anyHolder: string; bucket: number | string | null; index: number };

function bucketOf(v: ClaimCandidate["value"]): number | string | null {
  return v.kind === "quantity" ? v.min : formatClaimValue(v);
}

// Buckets are equal as a Map's keys are (SameValueZero): NaN is NaN, 0 is -0.
const sameBucket = (a: number | string | null, b: number | string | null) => a === b || (typeof a === "number" && typeof b === "number" && a !== a && b !== b);

/**
 * The first kept claim listed under `key` with `bucket` (in the order they were kept) that `c`
 * repeats: the same value, and for a claim of the body (not `headline`) no other claimant. Scanned in
 * one loop, not listed and then mapped and searched: `map` of an empty list makes an array of another
 * kind than of a full one, and `dedupeClaims`, the costliest function to compile, was thrown back to
 * the interpreter and compiled again twice while the bench's timed passes ran.
 */
function earlierRepeat(listings: readonly Listing[], kept: readonly ClaimCandidate[], key: string, bucket: number | string | null, c: ClaimCandidate, headline: boolean): ClaimCandidate | undefined {
  for (const l of listings) {
    // The bucket first: a number compared is cheaper than two key strings.
    if (!sameBucket(l.bucket, bucket) || (l.exact !== key && l.anyPlace !== key && l.anyHolder !== key)) continue;
    const e = kept[l.index]!;
    if (sameValue(e.value, c.value) && (headline || sameVoice(e, c))) return e;
  }
  return undefined;
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
  const listings: Listing[] = [];
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
    // A headline without a place, or without a holder, repeats the body's figure that has one; and a
    // headline's place is the story's ("Death toll in Atlas floods doubles to 27", "toll rises to
    // eight as smoke drifts into Belgium"), so its figure repeats the body's wherever that puts it.
    // A headline repeats the body whoever it credits ("Madrid warnt: …" over the ministry's figure).
    const earlier = earlierRepeat(listings, kept, headline ? k.anyPlace : k.exact, bucket, c, headline);
    if (earlier) {
      dropped.add(c);
      if (!earlier.attribution && c.attribution) merged.set(earlier, { ...(merged.get(earlier) ?? earlier), attribution: c.attribution });
      continue;
    }
    listings.push({ exact: k.exact, anyPlace: k.anyPlace, anyHolder: k.anyHolder, bucket, index: kept.length });
    kept.push(c);
  }
  // Pushed one by one, not filtered and mapped: `map` makes a holey array, the early return above a
  // packed one, and the optimized caller, specialized on one kind, was thrown back to the
  // interpreter for each article of the other (5,000 times in 8,000 generated articles).
  const out: ClaimCandidate[] = [];
  for (const c of candidates) if (!dropped.has(c)) out.push(merged.get(c) ?? c);
  return out;
}
