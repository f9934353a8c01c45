import type { RuleWords } from "./rule-words";

/**
 * Bodies that sit in a capital and govern or count for more than it (`lib/extract/seat-of-body.ts`):
 * "die Regierung in Athen", "the government in Rome", "das Parlament in Lissabon", "die
 * Wahlkommission in Tallinn". German compounds ending in one ("Regionalregierung",
 * "Finanzministerium") count too, except a town's own ("Stadtregierung", "Stadtparlament"), which
 * serves the town it is in.
 */
export const SEAT_BODIES: RuleWords = {
  en: [
    "government", "cabinet", "parliament", "ministry", "ministries", "commission", "legislature", "assembly", "treasury",
  ],
  de: ["regierung", "kabinett", "parlament", "ministerium", "kommission", "landtag", "bundestag", "nationalrat"],
};

/** German compound heads that make a body of the town it sits in ("Stadtregierung", "Gemeinderat"). */
export const TOWN_BODY_PREFIXES: readonly string[] = ["stadt", "gemeinde", "kommunal", "bezirks", "rathaus"];
