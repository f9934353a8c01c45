import type { Language } from "./types";

/**
 * What a place named with an authority says about the authority's figures (lib/extract/authority-place.ts).
 * Named after a place, any of them counts there ("Munich police", "Hamburger Behörden", "Bavaria's
 * interior ministry"). "In" a place they differ:
 * - `serves`: a town's or district's own body counts in the place it is in ("Police in Vienna",
 *   "die Feuerwehr in Graz");
 * - `sits`: a government, parliament or commission sits in its capital and speaks for more ("die
 *   Regierung in Athen", "the cabinet in Rome");
 * - `named`: only a place named before it is its own; "officials in X" says no more than where.
 */
export type AuthorityReach = "serves" | "sits" | "named";

/** Lowercase words for authorities, one list per language. German compounds take their head's reach. */
export const AUTHORITY_REACH: Record<Language, Readonly<Record<string, AuthorityReach>>> = {
  en: {
    police: "serves", firefighters: "serves", rescuers: "serves", council: "serves",
    officials: "named", authorities: "named", administration: "named",
    government: "sits", cabinet: "sits", parliament: "sits", ministry: "sits", ministries: "sits", commission: "sits",
    legislature: "sits", assembly: "sits", treasury: "sits",
  },
  de: {
    polizei: "serves", feuerwehr: "serves", "rettungskräfte": "serves", "rettungskräften": "serves", wahlleiter: "serves",
    wahlleitung: "serves", stadtverwaltung: "serves", landratsamt: "serves",
    "behörde": "named", "behörden": "named", beamte: "named", beamten: "named", katastrophenschutz: "named", zivilschutz: "named",
    regierung: "sits", kabinett: "sits", parlament: "sits", ministerium: "sits", kommission: "sits", landtag: "sits",
    bundestag: "sits", nationalrat: "sits",
  },
};

/** German compound heads that make a body of the town it sits in ("Stadtregierung", "Gemeindeparlament"). */
export const TOWN_BODY_PREFIXES: readonly string[] = ["stadt", "gemeinde", "kommunal", "bezirks", "rathaus"];
