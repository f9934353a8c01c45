import type { PlaceKey } from "./schema";

/**
 * Whether the place `outer` contains the place `inner`. null is an event's whole: it contains
 * everything and nothing but itself contains it. A key contains itself; a country contains every key
 * of its own ("ES" contains "ES/Murcia"). Two places inside one country are not known to contain each
 * other (the gazetteer does not say which region a city lies in), and "?/…" names no gazetteer knows
 * are contained only by the whole and by themselves.
 */
export function contains(outer: PlaceKey | null, inner: PlaceKey | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  if (outer === inner) return true;
  return outer.length === 2 && outer !== "?/" && inner.length > 3 && inner.charCodeAt(2) === 47 /* "/" */ && inner.startsWith(outer);
}
