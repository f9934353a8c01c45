import { resolvePlace } from "./resolve-place";
import type { PlaceKey, PlaceLanguage } from "./schema";
import { unknownPlace } from "./unknown-place";

/**
 * The key of a place a person typed ("Valencia", "Region Murcia", "Oberdorf"): the gazetteer's when
 * it knows the name, else the name as an unknown place, so a corrected scope compares like an
 * extracted one. Null for blank text.
 */
export function placeKeyOf(name: string, language: PlaceLanguage): PlaceKey | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  return (resolvePlace(trimmed, language) ?? unknownPlace(trimmed)).key;
}
