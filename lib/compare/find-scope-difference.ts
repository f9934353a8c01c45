import { placeName } from "@/lib/places";
import type { QuantityValue } from "@/lib/claims/schema";
import { describeValue } from "./describe-value";
import { isAdditive } from "./is-additive";
import { normalizeClaimant } from "./normalize-claimant";
import { normalizeText } from "./normalize-text";
import { quoteClaim } from "./quote-claim";
import { relateCounted } from "./relate-counted";
import { relatePlaces } from "./relate-places";
import { relateQualifiers } from "./relate-qualifiers";
import type { ComparableClaim, CompareOptions } from "./schema";
import { timesOverlap } from "./times-overlap";

const KIND_NAME = { quantity: "a number", date: "a date", text: "a name or text" } as const;

/** How comparison sees two claims before their values: different questions, a part over its whole, or one scope. */
export type ScopeVerdict = { kind: "different-scope"; reason: string } | { kind: "part-exceeds-whole"; reason: string } | null;

const where = (place: string | null | undefined, options: CompareOptions) =>
  place ? placeName(place, "en") : options.wholePlace ? placeName(options.wholePlace, "en") : "the whole event";

// Every value the part allows lies above every value the whole allows: 5,000 in one city against
// at most 2,000 in the whole country. Only where parts add up: a district's share can top the city's,
// and a region's spending per resident the country's (a rate facet, or a claim qualified "per …").
function exceeds(part: QuantityValue, whole: QuantityValue, rate: boolean): boolean {
  if (rate || part.min === null || whole.max === null || !isAdditive(part) || !isAdditive(whole)) return false;
  return part.min > whole.max || (part.min === whole.max && !(part.minInclusive && whole.maxInclusive));
}

/**
 * Why two claims answer different questions, so that neither can contradict the other: different
 * kinds of value, different actors of a dated act, places apart or a part and its whole, counted
 * things (a combined count and its part), qualifiers (two parties' seats, a change and a level) or
 * units (percent and percentage points). A part — of a place or of a combined count — is no
 * contradiction of its whole, unless it exceeds it at the same time and parts add up (see
 * isAdditive), which is returned as "part-exceeds-whole" with its reason.
 * @returns null when the claims share one scope.
 */
export function findScopeDifference(a: ComparableClaim, b: ComparableClaim, options: CompareOptions): ScopeVerdict {
  const differ = (reason: string): ScopeVerdict => ({ kind: "different-scope", reason });
  if (a.value.kind !== b.value.kind) {
    return differ(`${quoteClaim(a)} is ${KIND_NAME[a.value.kind]} and ${quoteClaim(b)} ${KIND_NAME[b.value.kind]}: they answer different questions.`);
  }
  if (options.byActor && a.attribution && b.attribution && normalizeClaimant(a.attribution) !== normalizeClaimant(b.attribution)) {
    return differ(`${quoteClaim(a)} dates what ${a.attribution} did and ${quoteClaim(b)} what ${b.attribution} did: each answers for its own actor.`);
  }
  const units = a.value.kind === "quantity" && b.value.kind === "quantity" ? [a.value.unit, b.value.unit] : [];
  if (units[0] && units[1] && normalizeText(units[0]) !== normalizeText(units[1])) {
    return differ(`${quoteClaim(a)} is in ${units[0]} and ${quoteClaim(b)} in ${units[1]}: figures in different units do not contradict each other.`);
  }
  // "52,750 voters" and "44.7%": a share and a count answer different questions, even of one facet.
  const share = units.findIndex((u) => u === "%" || u === "pp");
  if (share >= 0 && !units[1 - share]) {
    const [shareOf, count] = share === 0 ? [a, b] : [b, a];
    return differ(`${quoteClaim(shareOf)} is a share and ${quoteClaim(count)} a count: a share does not contradict a count.`);
  }
  // "€1,500 per resident" against "€9.1bn": a rate and a total answer different questions.
  const rate = [a.rate, b.rate];
  if (rate[0] !== rate[1]) {
    const [rateOf, total] = rate[0] ? [a, b] : [b, a];
    return differ(`${quoteClaim(rateOf)} is a rate and ${quoteClaim(total)} a total: a rate does not contradict a total.`);
  }
  const rated = !!options.rate || rate[0]!;
  const places = relatePlaces(a.place, b.place, options.wholePlace ?? null);
  if (places.kind === "apart") {
    return differ(`${quoteClaim(a)} is about ${where(a.place, options)} and ${quoteClaim(b)} about ${where(b.place, options)}: figures for different places do not contradict each other.`);
  }
  // "23 injured in Ludwigshafen … four of them": a part said of the figure before it, with no place
  // of its own, is the placed figure's part, not the event's whole; it is read as a subset below.
  const placeWhole = places.kind === "part" ? (places.part === "a" ? b : a) : null;
  if (places.kind === "part" && !placeWhole?.subset) {
    const [part, whole] = places.part === "a" ? [a, b] : [b, a];
    if (part.value.kind === "quantity" && whole.value.kind === "quantity" && exceeds(part.value, whole.value, rated) && timesOverlap(part, whole)) {
      const why = `${describeValue(part.value)} in ${where(part.place, options)} alone is more than ${describeValue(whole.value)} for ${where(whole.place, options)}, which contains it`;
      return { kind: "part-exceeds-whole", reason: `${quoteClaim(part)} and ${quoteClaim(whole)} cannot both be true: ${why}.` };
    }
    return differ(`${quoteClaim(part)} counts only ${where(part.place, options)}, a part; it is not a contradiction of ${quoteClaim(whole)}, a figure for ${where(whole.place, options)}.`);
  }
  // "31 buildings … 19 of them": a count said of some of what another counts is a part of it.
  const subset = [a.subset, b.subset];
  if (subset[0] !== subset[1] && a.value.kind === "quantity" && b.value.kind === "quantity") {
    const [part, whole] = subset[0] ? [a, b] : [b, a];
    if (exceeds(part.value as QuantityValue, whole.value as QuantityValue, rated) && timesOverlap(part, whole)) {
      const why = `${describeValue(part.value as QuantityValue)} of them alone is more than ${describeValue(whole.value as QuantityValue)} in all`;
      return { kind: "part-exceeds-whole", reason: `${quoteClaim(part)} and ${quoteClaim(whole)} cannot both be true: ${why}.` };
    }
    return differ(`${quoteClaim(part)} counts only some of what it refers back to; it is not a contradiction of ${quoteClaim(whole)}.`);
  }
  const what = (c: ComparableClaim) => c.counted || "what the facet asks about";
  const counted = relateCounted(a.counted, b.counted);
  if (counted.kind === "part") {
    const [part, whole] = counted.part === "a" ? [a, b] : [b, a];
    if (part.value.kind === "quantity" && whole.value.kind === "quantity" && exceeds(part.value, whole.value, rated) && timesOverlap(part, whole)) {
      const why = `${describeValue(part.value)} ${what(part)} alone is more than ${describeValue(whole.value)} ${what(whole)}, which counts them too`;
      return { kind: "part-exceeds-whole", reason: `${quoteClaim(part)} and ${quoteClaim(whole)} cannot both be true: ${why}.` };
    }
    return differ(`${quoteClaim(part)} counts ${what(part)}, a part of what ${quoteClaim(whole)} counts together (${what(whole)}): it is not a contradiction of it.`);
  }
  if (counted.kind === "different") {
    return differ(`${quoteClaim(a)} counts ${what(a)} and ${quoteClaim(b)} counts ${what(b)}: they measure different things.`);
  }
  const qualifiers = relateQualifiers(a, b);
  if (qualifiers.kind === "change-vs-level") {
    const [change, level] = qualifiers.change === "a" ? [a, b] : [b, a];
    return differ(`${quoteClaim(change)} is a change and ${quoteClaim(level)} a level: a change does not contradict a level.`);
  }
  if (qualifiers.kind === "different") {
    const named = (q: string[]) => (q.length ? q.join(", ") : "nothing further");
    return differ(`${quoteClaim(a)} is qualified by ${named(qualifiers.a)} and ${quoteClaim(b)} by ${named(qualifiers.b)}: they count different things.`);
  }
  return null;
}
