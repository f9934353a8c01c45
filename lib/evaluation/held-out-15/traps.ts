import type { EvalTrap } from "../schema";

/** Sentences with numbers in them and no claim a fact-checker would file. */
export const traps: EvalTrap[] = [
  { language: "de", text: "Der 74-jährige Landwirt lebte seit 1988 auf seinem Hof bei La Jonquera.", why: "age, year" },
  { language: "de", text: "Die Löschflugzeuge vom Typ Canadair CL-415 starten vom Flughafen Girona aus.", why: "model number" },
  { language: "de", text: "Die Autobahn AP-7 bleibt zwischen den Ausfahrten 3 und 5 bis 18 Uhr gesperrt.", why: "road name, exit numbers, time of day" },
  { language: "de", text: "Der Marsch begann um 11.02 Uhr an der Plaza de Colón und dauerte knapp drei Stunden.", why: "time of day, duration" },
  { language: "de", text: "Die Reform stützt sich auf Artikel 50 der spanischen Verfassung von 1978.", why: "article of a law, year" },
  { language: "de", text: "Die SPÖ landete in Neusiedl am See auf Platz eins, die NEOS nur auf Platz fünf.", why: "ranks" },
  { language: "de", text: "Nach § 72 der Landtagswahlordnung kann das Ergebnis binnen vier Wochen angefochten werden.", why: "law paragraph, duration" },
  { language: "de", text: "Die Haushaltsdebatte im Parlament dauerte mehr als 14 Stunden.", why: "duration" },
  { language: "de", text: "Foto: 5 von 14 – Rentnerinnen auf der Gran Vía am Samstagmittag", why: "photo caption" },
  { language: "en", text: "The 71-year-old spokeswoman has led the pensioners' platform since 2018.", why: "age, year" },
  { language: "en", text: "Call the regional emergency line on 900 410 312 between 8 a.m. and 10 p.m.", why: "phone number, times of day" },
  { language: "en", text: "The fire jumped the N-II road at kilometre 764 shortly after midnight.", why: "road name, kilometre marker" },
  { language: "en", text: "Hans Kollar, 61, has governed Burgenland for nine years.", why: "age, duration" },
  { language: "en", text: "The Budget Memorandum runs to 212 pages, with the defence chapter on page 87.", why: "page numbers" },
  { language: "en", text: "Photo: 2 of 11 – firefighters near Flix on Sunday evening", why: "photo caption" },
  { language: "en", text: "Parliament is due to vote on the budget on 18 December.", why: "date ahead" },
  { language: "en", text: "The ÖVP came third, as it did in 2030.", why: "rank, year" },
  { language: "en", text: "Firefighters worked 12-hour shifts for the fourth day running.", why: "duration, ordinal" },
];
