import type { EvalTrap } from "../schema";

/**
 * Held-out traps of the ninth set: single sentences that hold numbers but no claim a fact-checker would
 * file, written 2026-12-02 without reading the rules or running the extractor. Invented wording; real
 * places only as places.
 */
export const heldOut9Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Die 27-jährige Schaffnerin arbeitet erst seit dem Frühjahr auf der Strecke.", why: "age" },
  { language: "de", text: "Der Regionalexpress RE 4711 verlässt den Bahnhof planmäßig um 7.05 Uhr.", why: "train number and time of day" },
  { language: "de", text: "Die Aufräumarbeiten an der Unglücksstelle werden nach Schätzung der Bahn zehn Tage dauern.", why: "duration" },
  { language: "de", text: "Der Gewerkschaftstag findet alle vier Jahre statt, zuletzt 2029 in Karlsruhe.", why: "interval and year (background)" },
  { language: "de", text: "Die Kundgebung endete gegen 15.45 Uhr vor dem Neuen Schloss.", why: "time of day" },
  { language: "de", text: "Auskünfte erteilt das Bürgertelefon der Stadt unter 0711 216-98765.", why: "phone number" },
  { language: "de", text: "Die Partei belegte bei der Wahl in Basel nur den fünften Platz.", why: "rank" },
  { language: "de", text: "Das Wahlbüro befindet sich im ersten Stock des Rathauses, Marktgasse 9.", why: "floor and house number" },
  { language: "de", text: "Der Minister stützt sich auf Artikel 149 der Bundesverfassung.", why: "article of a law" },
  { language: "de", text: "Am 14. September besuchte die Finanzministerin eine Schule in Uppsala.", why: "date of nothing" },
  { language: "de", text: "Die Soldaten trugen Sturmgewehre vom Kaliber 5,56 Millimeter.", why: "calibre" },
  { language: "de", text: "Die Regierung will die Vorlage in der 38. Kalenderwoche beraten.", why: "week number" },
  { language: "de", text: "Foto: Archiv / Seite 4 – Lesen Sie auch den Kommentar auf Seite 12.", why: "caption and page numbers" },
  // English
  { language: "en", text: "The driver, a 46-year-old father of two, had worked for the railway since 2009.", why: "age and year (background)" },
  { language: "en", text: "The 9.15pm service to Debrecen was cancelled for the rest of the week.", why: "time of day" },
  { language: "en", text: "Investigators expect their report to take at least 18 months.", why: "duration" },
  { language: "en", text: "Her party finished second in the canton for the third election in a row.", why: "rank and ordinal" },
  { language: "en", text: "The union's headquarters are at 79 Wilhelm-Leuschner-Strasse.", why: "house number" },
  { language: "en", text: "For more information, call the hotline on +46 8 405 1000.", why: "phone number" },
  { language: "en", text: "Police officers at the march were armed with 9mm pistols.", why: "calibre" },
  { language: "en", text: "A tremor of magnitude 3.8 was felt in the region on the same night.", why: "earthquake magnitude" },
  { language: "en", text: "The minister cited Chapter 11 of the Budget Act in her speech.", why: "chapter of a law" },
  { language: "en", text: "The first Swiss federal election was held in 1848.", why: "year (background)" },
  { language: "en", text: "Photo: Nordic Business Wire / Read more on page 7", why: "caption and page number" },
  { language: "en", text: "On March 3 the economy minister visited a parts plant near Heilbronn.", why: "date of nothing" },
  { language: "en", text: "The finance ministers will return to the plan at the next G7 meeting.", why: "name with a number" },
];
