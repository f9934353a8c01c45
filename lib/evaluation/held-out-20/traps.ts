import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-04 without reading the rules: single sentences, German and English, whose numbers
 * are ages, times, durations, years, calibres, model numbers, house, gate and phone numbers, scores, ranks, laws,
 * dates ahead and captions — none a claim a fact-checker would file.
 */
export const traps: EvalTrap[] = [
  { language: "de", publishedAt: "2043-03-17", text: "Die Flugabwehr setzte nach Angaben des Militärs Geschütze vom Kaliber 35 Millimeter ein.", why: "calibre" },
  { language: "en", publishedAt: "2043-03-17", text: "The missiles were of the Iskander-M and Kh-101 types, the air force said.", why: "model numbers" },
  { language: "de", publishedAt: "2043-03-18", text: "Der Luftalarm in Odessa begann um 2.17 Uhr und endete kurz nach 7 Uhr.", why: "times of day" },
  { language: "en", publishedAt: "2043-03-18", text: "The 67-year-old had lived on the ninth floor of the building since 1991.", why: "age, floor and year" },
  { language: "de", publishedAt: "2043-03-19", text: "Das getroffene Wohnhaus in der Sehnjana-Straße 14 stammt aus den 1970er-Jahren.", why: "house number and decade" },
  { language: "en", publishedAt: "2043-03-20", text: "Chornomorets Odesa won their league match 2-1 on Saturday despite the air-raid alerts.", why: "score" },
  { language: "de", publishedAt: "2043-06-08", text: "Betroffene erreichen die Hotline des Landes unter 0611 353 2000.", why: "phone number" },
  { language: "en", publishedAt: "2043-06-09", text: "The ransomware strain, known as Lockbit 5.0, was first seen in 2041.", why: "version number and year" },
  { language: "de", publishedAt: "2043-06-10", text: "Nach Paragraf 42 des Bundesdatenschutzgesetzes drohen den Tätern bis zu drei Jahre Haft.", why: "law paragraph and a sentence length" },
  { language: "en", publishedAt: "2043-06-12", text: "The ransom deadline expires on 19 June at 12 noon.", why: "date ahead and time" },
  { language: "de", publishedAt: "2043-06-15", text: "Die Sicherheitslücke wurde im Update 14.2 der Praxissoftware geschlossen.", why: "version number" },
  { language: "en", publishedAt: "2043-09-14", text: "Martin Ossberg, 57, has led the company since 2039.", why: "age and year" },
  { language: "de", publishedAt: "2043-09-15", text: "Die Gespräche sollen am 24. September in der dritten Verhandlungsrunde fortgesetzt werden.", why: "date ahead and round number" },
  { language: "en", publishedAt: "2043-09-16", text: "The Valladolid plant builds the HV 40 and HV 60 models on two lines.", why: "model numbers" },
  { language: "de", publishedAt: "2043-09-18", text: "Helvag liegt in der Rangliste der größten Autobauer Europas auf Platz sieben.", why: "rank" },
  { language: "en", publishedAt: "2043-09-25", text: "The agreement runs to 2047 and can be terminated with six months' notice.", why: "year and duration" },
  { language: "de", publishedAt: "2043-11-02", text: "Das Werk an der Johann-Rathje-Köser-Straße 3 wurde 1972 in Betrieb genommen.", why: "house number and year" },
  { language: "en", publishedAt: "2043-11-03", text: "Firefighters worked in shifts of four hours wearing breathing apparatus rated for 30 minutes.", why: "durations" },
  { language: "de", publishedAt: "2043-11-04", text: "Das Werk fällt unter die Störfall-Verordnung, die 12. BImSchV.", why: "law number" },
  { language: "en", publishedAt: "2043-11-06", text: "Photo: Smoke rises over Hall 7 of the Elbchemie plant in Stade on 2 November.", why: "caption" },
  { language: "de", publishedAt: "2043-11-06", text: "Die Bürgerversammlung im Stadeum ist für den 12. November um 19 Uhr angesetzt.", why: "date ahead and time" },
];
