import type { ClaimCandidate } from "./schema";

/**
 * The stable key of the facet a candidate answers: value kind, subject, qualifiers (sorted) and
 * unit: "quantity:troops/KP", "quantity:votes/holder:spd|%", "date:sign/treaty". Extraction files
 * claims by it, a re-run finds the facet again by it, and an editor's merge remembers it.
 */
export function facetKeyOf(c: Pick<ClaimCandidate, "valueKind" | "subject" | "qualifiers" | "value">, qualifiers: readonly string[] = c.qualifiers): string {
  const q = [...qualifiers].sort().join("+");
  const unit = c.value.kind === "quantity" && c.value.unit ? `|${c.value.unit}` : "";
  return `${c.valueKind}:${c.subject}${q ? `/${q}` : ""}${unit}`;
}
