import { normalizePlace } from "./normalize-place";
import { normalizeText } from "./normalize-text";
import { quoteClaim } from "./quote-claim";
import type { ComparableClaim } from "./schema";

const KIND_NAME = { quantity: "a number", date: "a date", text: "a name or text" } as const;

/**
 * Why two claims answer different questions, so that neither can contradict the other: different
 * kinds of value, places, counted things or units.
 * @returns the reason as a sentence, or null when the claims share one scope.
 */
export function findScopeDifference(a: ComparableClaim, b: ComparableClaim): string | null {
  if (a.value.kind !== b.value.kind) {
    return `${quoteClaim(a)} is ${KIND_NAME[a.value.kind]} and ${quoteClaim(b)} ${KIND_NAME[b.value.kind]}: they answer different questions.`;
  }
  const placeA = normalizePlace(a.subjectPlace);
  const placeB = normalizePlace(b.subjectPlace);
  if (placeA !== placeB) {
    if (placeA && placeB) {
      const why = "figures for different places do not contradict each other";
      return `${quoteClaim(a)} is about ${a.subjectPlace} and ${quoteClaim(b)} about ${b.subjectPlace}: ${why}.`;
    }
    const [part, whole] = placeA ? [a, b] : [b, a];
    const partOnly = `${quoteClaim(part)} counts only ${part.subjectPlace}, a part`;
    return `${partOnly}; it is not a contradiction of ${quoteClaim(whole)}, a total for the whole.`;
  }
  if (normalizeText(a.counted ?? "") !== normalizeText(b.counted ?? "")) {
    const what = (c: ComparableClaim) => c.counted || "what the facet asks about";
    return `${quoteClaim(a)} counts ${what(a)} and ${quoteClaim(b)} counts ${what(b)}: they measure different things.`;
  }
  // Units are compared only when both claims give one; extraction should store a facet's unit in
  // one canonical spelling, or "Soldaten" and "soldiers" would look like different scopes.
  if (a.value.kind === "quantity" && b.value.kind === "quantity" && a.value.unit && b.value.unit) {
    if (normalizeText(a.value.unit) !== normalizeText(b.value.unit)) {
      const why = "figures in different units do not contradict each other";
      return `${quoteClaim(a)} is in ${a.value.unit} and ${quoteClaim(b)} in ${b.value.unit}: ${why}.`;
    }
  }
  return null;
}
