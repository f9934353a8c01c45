import type { EvalTrap } from "../schema";

/** Sentences with numbers in them and no claim a fact-checker would file. */
export const traps: EvalTrap[] = [
  { language: "de", text: "Der 67-jährige Bürgermeister von Buca leitet die Gemeinde seit 2019.", why: "age, year" },
  { language: "de", text: "Der Erdstoß der Stärke 5,4 war bis auf die Insel Lesbos zu spüren.", why: "earthquake magnitude" },
  { language: "de", text: "Die Kundgebung vor dem Nationaltheater begann um 11.30 Uhr.", why: "time of day" },
  { language: "de", text: "Nach § 12 der Landtagswahlordnung müssen Wahlkarten bis Sonntag, 17 Uhr, bei der Behörde einlangen.", why: "law paragraph, time of day" },
  { language: "de", text: "Die Grünen landeten in der Stadt Salzburg nur auf Platz fünf.", why: "rank" },
  { language: "de", text: "Die Stadtratssitzung dauerte knapp sieben Stunden.", why: "duration" },
  { language: "de", text: "Das Rathaus am Marienplatz 8 ist unter der Nummer 089 233-00 erreichbar.", why: "house number, phone number" },
  { language: "de", text: "Die Sanierung der Grundschule in der Gotzinger Straße 48 soll 2037 abgeschlossen sein.", why: "house number, year ahead" },
  { language: "de", text: "Foto: 3 von 12 – Helfer in Bayraklı am Sonntagmorgen", why: "photo caption" },
  { language: "en", text: "The 34-year-old nurse has worked at the Rijeka clinic for 11 years.", why: "age, duration" },
  { language: "en", text: "The strongest aftershock measured magnitude 4.9.", why: "earthquake magnitude" },
  { language: "en", text: "The march passed the Croatian National Theatre at 12:15.", why: "time of day" },
  { language: "en", text: "Section 67 of the state election code allows a party to challenge the result within two weeks.", why: "law section, duration" },
  { language: "en", text: "The ÖVP candidate, 58, finished first in his home town of Hallein.", why: "age, rank" },
  { language: "en", text: "Munich's U9 line is meant to open in 2040.", why: "line name, year ahead" },
  { language: "en", text: "Photo: 4 of 9 – council members during the budget vote", why: "photo caption" },
  { language: "en", text: "Call the city's budget hotline on 089 233 92000 between 8am and 4pm.", why: "phone number, times of day" },
  { language: "en", text: "Doctors in Split worked 24-hour shifts for the third day running.", why: "duration, ordinal" },
];
