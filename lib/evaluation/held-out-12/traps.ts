import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-03 without reading the rules: single sentences that hold numbers
 * but no claim a fact-checker would file. Invented wording; real places only as places.
 */
export const traps: EvalTrap[] = [
  // German
  { language: "de", text: "Die 63-jährige Bürgermeisterin führt die Gemeinde seit zwölf Jahren.", why: "age, duration" },
  { language: "de", text: "Der Sturm wurde am Abend auf Kategorie 3 herabgestuft.", why: "category (a scale, not a count)" },
  { language: "de", text: "Das Krisenkabinett tagt wieder am Donnerstag um 8.30 Uhr.", why: "date ahead, time of day" },
  { language: "de", text: "Die Räumungsarbeiten werden nach Schätzung der Stadt mindestens sechs Wochen dauern.", why: "duration" },
  { language: "de", text: "Der Antrag stützt sich auf § 34 des Hochschulgesetzes.", why: "paragraph of a law" },
  { language: "de", text: "Die Kandidatin stand auf Platz 4 der Landesliste ihrer Partei.", why: "rank in a list" },
  { language: "de", text: "Die Geschäftsstelle des Bündnisses liegt in der Gartenstraße 17.", why: "house number" },
  { language: "de", text: "Betroffene erreichen die Hotline unter 0681 501-2290.", why: "phone number" },
  { language: "de", text: "Schon 1998 hatte ein Hochwasser die Innenstadt überflutet.", why: "year (background)" },
  { language: "de", text: "Der Bericht umfasst 412 Seiten und drei Anhänge.", why: "page count of a document" },
  { language: "de", text: "Foto: Archivbild vom 14. März 2031", why: "caption" },
  { language: "de", text: "Die Abgeordneten debattierten fast sieben Stunden über den Entwurf.", why: "duration" },
  { language: "de", text: "Die Landtagswahl im Herbst 2036 gilt schon jetzt als offen.", why: "date ahead" },
  // English
  { language: "en", text: "The 38-year-old lecturer has taught at the university since 2019.", why: "age, year" },
  { language: "en", text: "Officers fired two rounds from a 9mm pistol into the air.", why: "calibre" },
  { language: "en", text: "A magnitude 4.8 aftershock rattled the valley shortly before dawn.", why: "earthquake magnitude" },
  { language: "en", text: "The hearing is scheduled for 10.15 a.m. on Monday, June 5.", why: "time of day, date ahead" },
  { language: "en", text: "The talks lasted almost eleven hours before a deal was struck.", why: "duration" },
  { language: "en", text: "The party finished third, as it did in the previous two elections.", why: "rank" },
  { language: "en", text: "Protesters gathered outside the ministry at 221 Queen Street.", why: "house number" },
  { language: "en", text: "Anyone with information should call 1800 333 000.", why: "phone number" },
  { language: "en", text: "The bill amends Section 12 of the Financial Administration Act.", why: "section of a law" },
  { language: "en", text: "The air force sent two C-130 transport planes.", why: "model number" },
  { language: "en", text: "Read more: What the 2031 floods taught the region", why: "page furniture" },
  { language: "en", text: "The minister, who turns 60 next week, spoke for 45 minutes.", why: "age, duration" },
  { language: "en", text: "The report ran to 96 pages, its fourth since 2030.", why: "page count, rank, year" },
];
