import type { HedgeKind } from "./types";

/**
 * How far the fuzzy hedges reach, for both languages in one place. "etwa 8.000" / "about 8,000" is
 * taken as 8,000 ± 10 %; "fast 10.000" / "almost 10,000" as [9,000, 10,000). An editor who finds these
 * too tight or too loose changes them here, and every interval follows.
 */
export const tolerances: Record<Extract<HedgeKind, "about" | "justBelow" | "justAbove">, number> = {
  about: 0.1,
  justBelow: 0.1,
  justAbove: 0.1,
};

const pct = (t: number): string => `${Math.round(t * 100)}%`;

/** Human-readable description of each hedge kind, used in the `rule` of a candidate. */
export const hedgeDescriptions: Record<HedgeKind, string> = {
  above: "exclusive lower bound (n, ∞)",
  atLeast: "inclusive lower bound [n, ∞)",
  justAbove: `just above (n, n+${pct(tolerances.justAbove)}]`,
  about: `about [n−${pct(tolerances.about)}, n+${pct(tolerances.about)}]`,
  justBelow: `just below [n−${pct(tolerances.justBelow)}, n)`,
  below: "below [0, n)",
  atMost: "at most [0, n]",
  upTo: "up to [0, n]",
  exact: "exactly [n, n]",
};
