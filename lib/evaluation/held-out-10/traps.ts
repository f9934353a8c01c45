import type { EvalTrap } from "../schema";

/**
 * Held-out traps of the tenth set: single sentences that hold numbers but no claim a fact-checker would
 * file, written 2026-12-02 without reading the rules or running the extractor. Invented wording; real
 * places only as places.
 */
export const heldOut10Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Der 61-jährige Bergführer kennt die Hänge oberhalb von Zinal seit seiner Kindheit.", why: "age" },
  { language: "de", text: "Für die Walliser Südtäler gilt seit Dienstag die Lawinengefahrenstufe 4 von 5.", why: "danger level on a scale" },
  { language: "de", text: "Die Bergbahnen öffnen am Wochenende jeweils um 8.30 Uhr.", why: "time of day" },
  { language: "de", text: "Die Räumung der Talstrasse wird nach Schätzung des Kantons drei bis vier Tage dauern.", why: "duration" },
  { language: "de", text: "Informationen für Angehörige gibt es unter der Nummer 027 606 55 55.", why: "phone number" },
  { language: "de", text: "Der Protestzug soll am Samstag um 15 Uhr am Rossio beginnen.", why: "date ahead and time of day" },
  { language: "de", text: "Die Gewerkschaft hat ihren Sitz in der Rua do Ouro 143 im dritten Stock.", why: "house number and floor" },
  { language: "de", text: "Die Lehrer berufen sich auf Artikel 47 des Arbeitsgesetzbuchs.", why: "article of a law" },
  { language: "de", text: "Die ÖVP regiert Niederösterreich ununterbrochen seit 1945.", why: "year (background)" },
  { language: "de", text: "Die SPÖ landete wie schon vor fünf Jahren auf Platz drei.", why: "rank and interval" },
  { language: "de", text: "Der Landtag wird alle fünf Jahre gewählt, das nächste Mal voraussichtlich 2038.", why: "interval and year ahead" },
  { language: "de", text: "Die Debatte über den Haushalt 2033 beginnt in der 40. Kalenderwoche.", why: "budget name and week number" },
  { language: "de", text: "Die Luftwaffe ersetzt ihre F/A-18 bis 2027 durch 64 Maschinen vom Typ F-35.", why: "model numbers and year (background; an order placed years ago)" },
  { language: "de", text: "Foto: Lehtikuva / Seite 7 – Lesen Sie auch unseren Kommentar auf Seite 14.", why: "caption and page numbers" },
  // English
  { language: "en", text: "The 29-year-old ski instructor had moved to the valley from Zermatt in 2030.", why: "age and year (background)" },
  { language: "en", text: "The helicopters flew every 20 minutes from first light until about 5pm.", why: "interval and time of day" },
  { language: "en", text: "The avalanche bulletin is updated twice a day, at 8am and 5pm.", why: "frequency and times of day" },
  { language: "en", text: "Avalanche experts say such a slide happens perhaps once in 50 years.", why: "return period" },
  { language: "en", text: "Teachers lost six years, six months and 23 days of service time during the freeze.", why: "duration" },
  { language: "en", text: "The march is due to set off from Marquês de Pombal at 2.30pm on Saturday.", why: "date ahead and time of day" },
  { language: "en", text: "The union's headquarters are at 143 Rua do Ouro, on the third floor.", why: "house number and floor" },
  { language: "en", text: "Hollerer, 58, has led the state government since March 2017.", why: "age and year (background)" },
  { language: "en", text: "Polling stations in the 573 municipalities closed at 4pm.", why: "number of municipalities (background) and time of day" },
  { language: "en", text: "Section 52 of the electoral law sets out how postal ballots are counted.", why: "section of a law" },
  { language: "en", text: "Finance Minister Aino Rautiainen, 47, is the fourth finance minister since 2019.", why: "age, ordinal and year" },
  { language: "en", text: "Parliament will vote on the budget in the week of 13 December.", why: "date ahead" },
  { language: "en", text: "Call the ministry's press office on +358 295 16001 for the full document.", why: "phone number" },
  { language: "en", text: "Finland ranked first in the index for the seventh year running.", why: "rank and ordinal" },
];
