import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-04 without reading the rules: single sentences, German and English, whose numbers
 * are ages, times, durations, years, calibres, vaccine and motorway names, house, terminal, gate and phone numbers,
 * scores, ranks, laws, dates ahead and captions — none a claim a fact-checker would file.
 */
export const traps: EvalTrap[] = [
  { language: "de", publishedAt: "2044-02-08", text: "Die Masern-Mumps-Röteln-Impfung wird im Alter von elf und 15 Monaten empfohlen.", why: "ages" },
  { language: "en", publishedAt: "2044-02-09", text: "The MMR vaccine is given in two doses, the second at least four weeks after the first.", why: "vaccine name, ordinal and duration" },
  { language: "de", publishedAt: "2044-02-10", text: "Das Gesundheitsamt in der Badstraße 20 ist montags bis freitags von 8 bis 16 Uhr geöffnet.", why: "house number and times of day" },
  { language: "en", publishedAt: "2044-02-11", text: "Under Section 20 of the Infection Protection Act, unvaccinated pupils can be kept from school for 21 days.", why: "law section and duration" },
  { language: "de", publishedAt: "2044-02-12", text: "Der Offenburger FV gewann am Samstag trotz der Absage des Schulsports mit 3:1 gegen Lahr.", why: "score" },
  { language: "en", publishedAt: "2044-03-14", text: "The strike is due to begin at 3 a.m. on Tuesday and end at midnight.", why: "date ahead and times" },
  { language: "de", publishedAt: "2044-03-15", text: "Passagiere erreichen die Hotline der Lufthansa unter 069 86 799 799.", why: "phone number" },
  { language: "en", publishedAt: "2044-03-15", text: "Queues stretched from Gate B44 back to Terminal 1 by 6.30 a.m.", why: "gate and terminal numbers and time" },
  { language: "de", publishedAt: "2044-03-16", text: "Frankfurt ist nach Paris und Amsterdam der drittgrößte Flughafen Europas.", why: "rank" },
  { language: "en", publishedAt: "2044-03-16", text: "Verdi's lead negotiator, 61, has represented ground staff since 2029.", why: "age and year" },
  { language: "de", publishedAt: "2044-03-17", text: "Die dritte Verhandlungsrunde ist für den 28. März in Potsdam angesetzt.", why: "date ahead and ordinal" },
  { language: "en", publishedAt: "2044-05-20", text: "The border crossing is on the M16 road, 160 kilometres north-east of Yerevan.", why: "road number and distance" },
  { language: "de", publishedAt: "2044-05-21", text: "Die Granaten hatten nach Angaben des Militärs ein Kaliber von 82 Millimetern.", why: "calibre" },
  { language: "en", publishedAt: "2044-05-21", text: "The 1994 ceasefire held for more than two decades before fighting resumed.", why: "year and duration" },
  { language: "de", publishedAt: "2044-05-23", text: "Der 24-jährige Soldat diente in der 3. Brigade und war seit sechs Monaten an der Front.", why: "age, unit number and duration" },
  { language: "en", publishedAt: "2044-05-23", text: "A second exchange is planned for June 6, under Article 4 of the May agreement.", why: "date ahead and article number" },
  { language: "de", publishedAt: "2044-08-09", text: "Die Autobahn A22 bleibt zwischen den Ausfahrten 6 und 9 gesperrt.", why: "motorway and exit numbers" },
  { language: "en", publishedAt: "2044-08-09", text: "Temperatures in Monchique are forecast to fall to 31 degrees by Friday.", why: "forecast" },
  { language: "de", publishedAt: "2044-08-10", text: "Der Feuerwehrmann war 41 Jahre alt und hinterlässt zwei Kinder im Alter von sieben und neun Jahren.", why: "ages" },
  { language: "en", publishedAt: "2044-08-11", text: "Photo: A Canadair CL-415 drops water over the Serra de Monchique on 9 August.", why: "caption and model number" },
  { language: "de", publishedAt: "2044-08-11", text: "Schon 2003 und 2018 hatten Brände in der Serra de Monchique gewütet.", why: "years" },
  { language: "en", publishedAt: "2044-08-12", text: "The fire spread at up to 3 kilometres an hour, fire chiefs said, and was the region's worst in 26 years.", why: "speed and duration" },
];
