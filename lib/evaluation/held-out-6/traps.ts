import type { EvalTrap } from "../schema";

/**
 * Traps of the sixth held-out set: single sentences that hold numbers but no claim a fact-checker would
 * file, written 2026-12-01 by someone who had not read the extraction rules. Invented wording; real
 * places only as places.
 */
export const heldOut6Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Die 64-jährige Landwirtin wurde mit Kreislaufproblemen in die Klinik gebracht.", why: "age" },
  { language: "de", text: "Der Zug nach Craiova hatte wegen der Hitze 95 Minuten Verspätung.", why: "duration" },
  { language: "de", text: "Die Kundgebung auf dem Hauptplatz beginnt um 17.30 Uhr.", why: "time of day" },
  { language: "de", text: "Die Abgeordneten stimmten in zweiter Lesung über Paragraf 14 des Mediengesetzes ab.", why: "ordinal and paragraph of a law" },
  { language: "de", text: "Der Landtag tagt im Plenarsaal am Bernhard-von-Lindenau-Platz 1.", why: "house number" },
  { language: "de", text: "Bürgertelefon des Finanzministeriums: 0351 564-40000.", why: "phone number" },
  { language: "de", text: "Das Stadion war 1999 für die Weltmeisterschaft umgebaut worden.", why: "year (background)" },
  { language: "de", text: "Am 12. Mai besuchte der Ministerpräsident eine Schule in Görlitz.", why: "date of nothing" },
  { language: "de", text: "Foto: Ein Demonstrant hält am Freitag ein Schild mit der Aufschrift „STVR 1“ hoch.", why: "caption" },
  { language: "de", text: "Die SNP belegte in Glasgow Platz 2 hinter Labour.", why: "rank" },
  { language: "de", text: "Die Polizei hielt Wasserwerfer vom Typ WaWe 10 bereit.", why: "model number" },
  { language: "de", text: "Sachsen, das seit 1990 wieder ein Freistaat ist, grenzt an Polen und Tschechien.", why: "year (background)" },
  // English
  { language: "en", text: "The 71-year-old was found by a neighbour on the third floor of a block in Bucharest.", why: "age and floor" },
  { language: "en", text: "Counting in the Highlands went on for 19 hours.", why: "duration" },
  { language: "en", text: "Polls closed at 10 p.m. and the first result came at 1.14 a.m.", why: "time of day" },
  { language: "en", text: "The minister cited Article 13 of the EU's Media Freedom Act.", why: "article of a law" },
  { language: "en", text: "The association's office is at 27 Schützenplatz in Dresden.", why: "house number" },
  { language: "en", text: "A helpline has been set up on 0800 123 4567.", why: "phone number" },
  { language: "en", text: "The building was last renovated in 1987.", why: "year (background)" },
  { language: "en", text: "On March 3 the prime minister addressed students in Žilina.", why: "date of nothing" },
  { language: "en", text: "Photo: Marchers on SNP Square hold a banner reading \"Free STVR 24/7\".", why: "caption" },
  { language: "en", text: "The Scottish Greens finished fourth in the Lothian region.", why: "rank" },
  { language: "en", text: "Fire crews used an AW139 helicopter to drop water on the blaze.", why: "model number" },
  { language: "en", text: "Read more: How the Scottish Parliament's 129 seats are filled", why: "page furniture" },
];
