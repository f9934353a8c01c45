import type { EvalTrap } from "../schema";

/** Fresh held-out traps: sentences that hold numbers but no claim a fact-checker would file. */
export const heldOut2Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Die 81-jährige Zeitzeugin lebt seit 1956 in derselben Wohnung.", why: "age, year" },
  { language: "de", text: "Im Kofferraum fand die Polizei ein Gewehr vom Kaliber .308 Winchester.", why: "calibre" },
  { language: "de", text: "Das Nachbeben der Stärke 4,3 wurde um 17.05 Uhr registriert.", why: "magnitude, time of day" },
  { language: "de", text: "Die Verhandlungen zogen sich über fast zwei Wochen hin.", why: "duration" },
  { language: "de", text: "Über 200 Meter Lagen wurde die Schwimmerin Fünfte.", why: "distance in an event name, rank" },
  {
    language: "de",
    text: "Bürgeranfragen beantwortet das Rathaus in der Bahnhofstraße 23 unter 0621 293 4470.",
    why: "house number, phone number",
  },
  {
    language: "de",
    text: "Nach § 6 Absatz 4 der Geschäftsordnung kann die Vorsitzende die Sitzung jederzeit unterbrechen.",
    why: "paragraph of a rule",
  },
  {
    language: "de",
    text: "Foto: Aufräumarbeiten in der Altstadt von Berat, aufgenommen am 12. Mai (Archiv).",
    why: "photo caption",
  },
  {
    language: "de",
    text: "Die Marine will künftig Fregatten vom Typ F127 und Hubschrauber vom Typ NH90 einsetzen.",
    why: "model numbers",
  },
  { language: "de", text: "Lesen Sie auch: Drei Fragen an die neue Bürgermeisterin (Seite 7)", why: "read-more link, page number" },
  {
    language: "de",
    publishedAt: "2026-03-11",
    text: "Am Dienstag äußerte sich der Sprecher nicht zu den Vorwürfen.",
    why: "date of nothing reported",
  },
  { language: "de", text: "Die A7 ist zwischen den Anschlussstellen 61 und 62 wieder in beiden Richtungen frei.", why: "road and exit numbers" },
  { language: "de", text: "Der Intercity 2046 nach Leipzig hält nicht mehr in Fulda.", why: "train number" },
  { language: "de", text: "Sie gewann mit 6:3, 6:4 und steht damit erstmals im Halbfinale.", why: "score" },
  // English
  { language: "en", text: "The 92-year-old veteran has lived in the village since 1948.", why: "age, year" },
  { language: "en", text: "Investigators found a 12-gauge shotgun and 9mm ammunition in the van.", why: "calibres" },
  { language: "en", text: "The 5.4-magnitude aftershock hit at 4.17am.", why: "magnitude, time of day" },
  { language: "en", text: "The talks dragged on for almost eleven hours.", why: "duration" },
  {
    language: "en",
    text: "He finished second in the 10,000 metres, his first medal since 2018.",
    why: "rank, distance in an event name, year",
  },
  { language: "en", text: "Write to the council at 14 Station Road or call 020 7946 0321.", why: "house number, phone number" },
  {
    language: "en",
    text: "Under Section 21 of the Housing Act, a landlord must give two months’ notice.",
    why: "section of a law, duration",
  },
  { language: "en", text: "Photo: A rescuer searches the rubble in Vlora. Credit: A. Marku/Archive", why: "photo caption" },
  { language: "en", text: "The air force flies F-35As alongside its older C-130J transport aircraft.", why: "model numbers" },
  { language: "en", text: "Read more: 7 charts that explain the housing crisis", why: "read-more link" },
  {
    language: "en",
    publishedAt: "2026-10-20",
    text: "On Monday, the minister spoke to union leaders in Madrid.",
    why: "date of nothing reported",
  },
  { language: "en", text: "The M25 was closed between junctions 10 and 11 for three hours.", why: "road and junction numbers, duration" },
  { language: "en", text: "Chapter 4, on page 212 of the 2025 annual report, covers pensions.", why: "chapter, page, year" },
  { language: "en", text: "She won 6-3, 7-5 to reach her third final of the season.", why: "score, ordinal" },
];
