import { normalizeText } from "./normalize-text";

// Words that name the kind of place rather than the place: "the Kursk region", "Region Kursk",
// "Gebiet Kursk" and "Kursk" are one scope. A German adjective form ("Kursker Gebiet") still
// differs; extraction should store the place's base name.
const PLACE_FILLER = new Set(["the", "region", "oblast", "province", "area", "gebiet", "im", "in", "der", "die", "das"]);

/** The comparable form of a scope place; "" for none (the whole). Never throws. */
export function normalizePlace(place: string | null | undefined): string {
  if (!place) return "";
  return normalizeText(place)
    .split(" ")
    .filter((word) => !PLACE_FILLER.has(word))
    .join(" ");
}
