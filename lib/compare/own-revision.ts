import { normalizeClaimant } from "./normalize-claimant";
import type { ComparableClaim } from "./schema";

const words = (claimant: string) => new Set(normalizeClaimant(claimant).split(" ").filter(Boolean));

// One claimant named more or less fully: "Boerenbond Nederland" and "das Bündnis Boerenbond
// Nederland", "police" and "police in The Hague" — every word of the shorter name is in the longer.
export function sameClaimant(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.size <= y.size ? [x, y] : [y, x];
  if (short.size === 0) return false;
  for (const w of short) if (!long.has(w)) return false;
  return true;
}

/**
 * Why two counts of one happening (a march's crowd, a vote's ballots; see oneHappening) are one source
 * revising its own figure rather than two sources disputing it, or null: both are credited to
 * the same claimant, neither a sum of money, and they came out on different days ("the organisers
 * spoke of 25,000 on Wednesday; a day later they said almost 30,000"). A source may raise its own
 * count; that is news, not a contradiction between sources. Sums (a budget's figures) are left
 * out: a ministry giving another deficit two days later is a disagreement the reader must see.
 */
export function ownRevision(a: ComparableClaim, b: ComparableClaim): string | null {
  if (!a.attribution || !b.attribution || !a.publishedAt || !b.publishedAt) return null;
  if (a.value.kind !== "quantity" || b.value.kind !== "quantity" || a.value.unit || b.value.unit) return null;
  if (a.publishedAt.slice(0, 10) === b.publishedAt.slice(0, 10) || !sameClaimant(a.attribution, b.attribution)) return null;
  return `${a.attribution} gave one figure and later another: a source revising its own count is no dispute between sources`;
}
