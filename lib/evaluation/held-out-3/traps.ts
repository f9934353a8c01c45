import type { EvalTrap } from "../schema";

/** Third held-out traps: sentences that hold numbers but no claim a fact-checker would file. */
export const heldOut3Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Der 73-jährige Bergführer wohnt seit 1988 am Fuß des Hangs.", why: "age, year" },
  { language: "de", text: "Die Sirenen heulten um 4.15 Uhr zum ersten Mal.", why: "time of day" },
  { language: "de", text: "Die Bergung dauerte mehr als elf Stunden.", why: "duration" },
  { language: "de", text: "Das Nachbeben hatte eine Stärke von 3,9 auf der Richterskala.", why: "magnitude" },
  { language: "de", text: "Die Kundgebung begann am Bahnhofsplatz 4 und endete vor dem Rathaus.", why: "house number" },
  { language: "de", text: "Das Bürgertelefon ist unter 030 4471 2290 erreichbar.", why: "phone number" },
  { language: "de", text: "Nach Artikel 139 der Bundesverfassung kann jede Initiative eine Teilrevision verlangen.", why: "article of a law" },
  { language: "de", text: "Die Beamten stützten sich auf § 15 des Versammlungsgesetzes.", why: "paragraph of a law" },
  { language: "de", text: "Im Länderranking der Schuldenquote liegt Polen auf Platz 14.", why: "rank" },
  { language: "de", text: "Foto: Helfer räumen am 30. Juli Geröll von der Straße bei Gorkha.", why: "photo caption" },
  { language: "de", text: "Lesen Sie auch: Die 5 wichtigsten Fragen zum Haushalt", why: "page furniture" },
  { language: "de", text: "Die Armee flog mit einem Mi-17 und zwei Airbus H125 in das Tal.", why: "model numbers" },
  { language: "de", text: "Der Bericht steht auf Seite 12 der Beilage.", why: "page number" },
  { language: "de", text: "Die Gewerkschaft wurde 1895 gegründet und hat ihren Sitz in Montreuil.", why: "year of founding" },
  { language: "de", text: "Die Ministerin sprach am Mittwoch vor der Presse.", why: "date of nothing" },
  // English
  { language: "en", text: "The 81-year-old former mayor has voted in every referendum since 1971.", why: "age, year" },
  { language: "en", text: "Polling stations closed at 12 noon, and the first projection followed at 12:45.", why: "times of day" },
  { language: "en", text: "The debate lasted nearly 14 hours.", why: "duration" },
  { language: "en", text: "The march set off from 221 Boulevard Voltaire.", why: "house number" },
  { language: "en", text: "Readers can reach the newsroom on +41 44 812 30 77.", why: "phone number" },
  { language: "en", text: "Riot police carried 40mm launchers but did not fire them.", why: "calibre" },
  { language: "en", text: "Poland ranks third among NATO members for defence spending.", why: "rank" },
  { language: "en", text: "The bill amends Article 21 of the labour code.", why: "article of a law" },
  { language: "en", text: "Photo: Ballot boxes are emptied in Bern on 27 September.", why: "photo caption" },
  { language: "en", text: "Read more: 10 charts that explain the Swiss vote", why: "page furniture" },
  { language: "en", text: "The ministers met on the sidelines of the G20 after the Covid-19 inquiry hearing.", why: "names with numbers" },
  { language: "en", text: "The minister spoke to reporters on Thursday.", why: "date of nothing" },
  { language: "en", text: "The earthquake that struck the region had a magnitude of 5.2.", why: "magnitude" },
];
