import type { HedgeKind } from "../extract/lexicon/types";

/** The hedges a person can pick when marking a figure by hand, in the words of the form. */
export const MANUAL_HEDGES = [
  { kind: "exact", label: "exactly" },
  { kind: "about", label: "about" },
  { kind: "justBelow", label: "almost" },
  { kind: "above", label: "more than" },
  { kind: "atLeast", label: "at least" },
  { kind: "upTo", label: "up to" },
  { kind: "below", label: "fewer than" },
] as const satisfies readonly { kind: HedgeKind; label: string }[];
