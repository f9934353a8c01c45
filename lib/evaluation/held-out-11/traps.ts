import type { EvalTrap } from "../schema";

/**
 * Sentences of the eleventh held-out set that hold numbers but no claim a fact-checker would file,
 * written 2026-12-02 without reading the rules: ages, times, durations, years, dates ahead, house, phone
 * and page numbers, laws, ranks, model numbers, a population and a caption credit.
 */
export const heldOut11Traps: EvalTrap[] = [
  { language: "de", publishedAt: "2032-03-15", text: "Der 73-jährige Rentner lebt seit 1981 in dem Haus in der Hauptstraße 27.", why: "age, year, house number" },
  { language: "en", publishedAt: "2032-03-15", text: "The 44-year-old engineer had worked at the dam for 19 years.", why: "age, duration" },
  { language: "de", publishedAt: "2032-05-22", text: "Die Kundgebung soll am Samstag um 13.30 Uhr am Neumarkt beginnen.", why: "date ahead, time of day" },
  { language: "en", publishedAt: "2032-05-22", text: "The rally is due to start at 2 p.m. on Sunday, 6 June.", why: "date ahead, time of day" },
  { language: "de", text: "Wer Hinweise geben kann, wird gebeten, sich unter der Rufnummer 0221 229 4400 zu melden.", why: "phone number" },
  { language: "en", text: "Readers with information can call the hotline on 0800 555 0199.", why: "phone number" },
  { language: "de", text: "Das Verfahren wird nach § 125 StGB wegen Landfriedensbruchs geführt.", why: "law paragraph" },
  { language: "en", text: "Prosecutors are investigating under Article 340 of the criminal code.", why: "law article" },
  { language: "de", publishedAt: "2034-09-10", text: "Die Wahllokale schlossen um 18 Uhr; die erste Prognose folgte wenige Minuten später.", why: "time of day" },
  { language: "en", publishedAt: "2034-09-11", text: "The CDU came first for the third time in a row, as it did in 2024 and 2029.", why: "rank, years" },
  { language: "de", text: "Die Bundesstraße 85 bleibt zwischen Kilometer 12 und Kilometer 19 gesperrt.", why: "road number, kilometre markers" },
  { language: "en", text: "Kamenovo, a town of about 9,000 people, lies 30 kilometres south of the dam.", why: "population, distance to a place" },
  { language: "de", text: "Der Bericht umfasst 212 Seiten; die Kritik des Haushaltsrats steht auf Seite 48.", why: "page count, page number" },
  { language: "en", text: "The finance minister, 51, presented the draft in the Sejm's room 118 at 10 a.m.", why: "age, room number, time of day" },
  { language: "de", text: "Die Helikopter vom Typ Mi-17 waren bereits in den 1990er-Jahren im Einsatz.", why: "model number, decade" },
  { language: "en", text: "Photo: Petar Ivanov / Balkan Newswire, 14 March 2032", why: "caption credit" },
  { language: "de", text: "Das Haushaltsgesetz 2033 tritt am 1. Januar in Kraft.", why: "budget year, date ahead" },
  { language: "en", text: "Talks will resume in two weeks, after a 48-hour pause over the holiday.", why: "durations" },
];
