import type { EvalTrap } from "../schema";

/** Held-out traps: sentences that hold numbers but no claim a fact-checker would file. */
export const heldOutTraps: EvalTrap[] = [
  // German
  { language: "de", text: "Der 67-jährige Bürgermeister von Almada ist seit 2013 im Amt.", why: "age, year" },
  {
    language: "de",
    text: "Bei der Durchsuchung stellten die Ermittler eine Pistole vom Kaliber 9 Millimeter sicher.",
    why: "calibre",
  },
  { language: "de", text: "Das Beben der Stärke 5,8 ereignete sich um 3.42 Uhr Ortszeit.", why: "magnitude, time of day" },
  { language: "de", text: "Die Sitzung des Ausschusses dauerte knapp vier Stunden.", why: "duration" },
  {
    language: "de",
    text: "Mit dem 2:1 gegen Freiburg rückt der Verein auf Platz drei der Tabelle vor.",
    why: "score, rank",
  },
  {
    language: "de",
    text: "Die Beratungsstelle in der Lindenstraße 47 ist unter 030 2245 1180 erreichbar.",
    why: "house number, phone number",
  },
  {
    language: "de",
    text: "Nach § 34 des Infektionsschutzgesetzes dürfen erkrankte Kinder keine Schule besuchen.",
    why: "paragraph of a law",
  },
  {
    language: "de",
    text: "Foto: Einsatzkräfte am Moselufer bei Cochem, aufgenommen im März 2024 (Archiv).",
    why: "photo caption",
  },
  {
    language: "de",
    text: "Die Luftwaffe will ihre Eurofighter der Tranche 1 durch Maschinen vom Typ F-35A ersetzen.",
    why: "model numbers",
  },
  {
    language: "de",
    text: "Lesen Sie auch: Die zehn wichtigsten Fragen zur Grundsteuer (Seite 14).",
    why: "read-more link, page number",
  },
  {
    language: "de",
    publishedAt: "2025-06-04",
    text: "Am Montag sprach die Ministerin im Ausschuss über die Lage an der Grenze.",
    why: "date of nothing reported",
  },
  {
    language: "de",
    publishedAt: "2025-06-04",
    text: "Der G7-Gipfel beginnt am Freitag um 9.30 Uhr.",
    why: "number in a name, future date, time of day",
  },
  {
    language: "de",
    text: "Nach Artikel 5 des Nordatlantikvertrags gilt ein Angriff auf einen Verbündeten als Angriff auf alle.",
    why: "article of a treaty",
  },
  // English
  {
    language: "en",
    text: "The 34-year-old striker wore the number 9 shirt for the first time.",
    why: "age, shirt number",
  },
  { language: "en", text: "Officers recovered a .38-calibre revolver from the glovebox.", why: "calibre" },
  { language: "en", text: "The magnitude 6.1 quake struck at 11.52pm local time.", why: "magnitude, time of day" },
  { language: "en", text: "The hearing lasted just under three hours.", why: "duration" },
  {
    language: "en",
    text: "The charity is based at 221 Harbour Road and can be reached on 0161 496 0732.",
    why: "house number, phone number",
  },
  {
    language: "en",
    text: "Under Article 50 of the Treaty on European Union, a member state may leave the bloc.",
    why: "article of a treaty",
  },
  { language: "en", text: "Photo: Volunteers fill sandbags in Galway, 2023. Credit: J. Byrne", why: "photo caption" },
  {
    language: "en",
    text: "The airline will retire its last Boeing 747-400 and keep flying the A320neo.",
    why: "model numbers",
  },
  {
    language: "en",
    text: "The 2019 report runs to 412 pages; the key findings are in chapter 7.",
    why: "year, page count, chapter number",
  },
  {
    language: "en",
    publishedAt: "2025-06-04",
    text: "On Tuesday, the minister spoke to reporters outside Number 10.",
    why: "date of nothing reported, number in a name",
  },
  {
    language: "en",
    text: "She finished fourth in the 400m final, her best result since 2016.",
    why: "rank, number in an event name, year",
  },
  { language: "en", text: "Read more: Five things to know before the G20 summit", why: "read-more link, number in a name" },
  { language: "en", text: "Anyone with Covid-19 symptoms should call 111 for advice.", why: "number in a name, phone number" },
];
