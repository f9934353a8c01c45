import { placeIndex } from "./load-place-index";
import type { PlaceKey, PlaceKind } from "./schema";

/** What kind of place a key names: a country, a region, a city, or one no gazetteer knows. */
export function placeKind(key: PlaceKey): PlaceKind {
  if (/^[A-Z]{2}$/.test(key)) return "country";
  if (key.startsWith("?/")) return "unknown";
  return placeIndex().byKey(key)?.kind ?? "unknown";
}
