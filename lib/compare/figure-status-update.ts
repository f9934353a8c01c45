import type { FigureStatus } from "@/lib/claims/schema";
import { quoteClaim } from "./quote-claim";
import type { ComparableClaim } from "./schema";

// The stages a later count takes over: a projection gives way to a count, a provisional count to
// the final one, a plan or draft to what was decided or spent.
const PASSING = new Set<FigureStatus>(["projection", "provisional", "planned"]);

const NAME: Record<FigureStatus, string> = {
  projection: "a projection or forecast",
  provisional: "a provisional count",
  planned: "a plan or draft",
  final: "the final result",
};

/**
 * Why two figures whose articles say they are different stages of one count — a projection, a
 * provisional count, a plan or draft against the final result or another of those stages — are an
 * update rather than a contradiction, or null when either says nothing of its stage, both are the
 * same stage (two projections can contradict each other), or both are final.
 * Never throws.
 */
export function figureStatusUpdate(a: ComparableClaim, b: ComparableClaim): string | null {
  const x = a.figureStatus;
  const y = b.figureStatus;
  if (!x || !y || x === y || !(PASSING.has(x) || PASSING.has(y))) return null;
  return `${quoteClaim(a)} is ${NAME[x]} and ${quoteClaim(b)} ${NAME[y]}: a later stage of a count updates an earlier one`;
}
