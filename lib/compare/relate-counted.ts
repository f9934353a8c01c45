import { normalizeText } from "./normalize-text";

/** How what two claims count relates: the same thing, one a part of the other's combined count, or different things. */
export type CountedRelation = { kind: "same" } | { kind: "part"; part: "a" | "b" } | { kind: "different" };

// A combined count names its parts joined by "+" ("dead+injured"), as concept keys write it.
const partsOf = (counted: string) => counted.split("+").map((p) => normalizeText(p).trim()).filter(Boolean);

/**
 * Relates what two claims count (null: the facet's subject). A combined count ("dead+injured")
 * contains each of its parts ("dead"), so it is no rival of them; two different things are apart.
 * Never throws.
 */
export function relateCounted(a: string | null | undefined, b: string | null | undefined): CountedRelation {
  const x = normalizeText(a ?? "");
  const y = normalizeText(b ?? "");
  if (x === y) return { kind: "same" };
  if (!x || !y) return { kind: "different" };
  const px = partsOf(a!);
  const py = partsOf(b!);
  if (px.length > 1 && py.every((p) => px.includes(p))) return { kind: "part", part: "b" };
  if (py.length > 1 && px.every((p) => py.includes(p))) return { kind: "part", part: "a" };
  return { kind: "different" };
}
