import type { HedgeKind } from "./types";

// Only a bound takes a word of contrast inside it: "mindestens aber 300" keeps the floor while granting
// the figure may be higher; "etwa aber 300" or "über jedoch 40" is no German anyone writes.
const BOUNDS: ReadonlySet<HedgeKind> = new Set(["atLeast", "atMost"]);

/**
 * The hedges with each one-word bound also written with an aside after it ("mindestens aber",
 * "höchstens jedoch"), so every reader that matches a hedge before a figure reads these the same way.
 */
export function boundsWithAsides(hedges: Record<string, HedgeKind>, asides: string[]): Record<string, HedgeKind> {
  const out = { ...hedges };
  for (const [phrase, kind] of Object.entries(hedges)) {
    if (!BOUNDS.has(kind) || phrase.includes(" ")) continue;
    for (const aside of asides) out[`${phrase} ${aside}`] ??= kind;
  }
  return out;
}
