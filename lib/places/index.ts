// Public surface of lib/places: the one place model. Countries, first-level subdivisions and cities
// in German and English, and what contains what, derived from maintained data packages (see
// read-package-data.ts, the only module that reads them).
export { contains } from "./contains";
export { type AdjectiveMatch, countryOfAdjective, countryOfGermanInhabitants, matchAdjectiveAt } from "./country-of-adjective";
export { loadPlaceIndex, type PlaceIndexLoad } from "./load-place-index";
export { countryName, placeName } from "./place-name";
export { demonymOf } from "./demonym-of";
export { placeKind } from "./place-kind";
export { placeKeyOf } from "./place-key-of";
export { resolvePlace } from "./resolve-place";
export {
  isPlaceKey,
  type Place,
  type PlaceKey,
  type PlaceKind,
  type PlaceLanguage,
  placeKeySchema,
  placeKindSchema,
  placeLanguageSchema,
  placeSchema,
} from "./schema";
export { unknownPlace } from "./unknown-place";
