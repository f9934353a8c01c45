import type { EvalTrap } from "../schema";

/** Sentences with numbers and no claim, written 2026-12-04 without reading the rules. */
export const traps: EvalTrap[] = [
  { language: "de", text: "Der 63-jährige Hausmeister wohnt seit 1994 im Erdgeschoss des Blocks Jasovská 14.", why: "age, a year and a house number" },
  { language: "en", text: "The first fire engines reached the block at 5.52 a.m., twelve minutes after the blast.", why: "time of day and a duration" },
  { language: "de", text: "Angehörige können sich unter der Nummer +421 2 5935 1100 oder der 112 melden.", why: "phone numbers" },
  { language: "en", text: "The block, a P1.01 panel building completed in 1978, had nine storeys and two stairwells.", why: "building type code, year, floors" },
  { language: "de", text: "Ermittelt wird nach § 284 Absatz 2 des slowakischen Strafgesetzbuchs.", why: "paragraph of a law" },
  { language: "en", text: "Student leader Réka Fodor, 23, is in the third year of a law degree at ELTE.", why: "age and year of study" },
  { language: "de", text: "Die Demonstranten zogen über die Brücke Szabadság híd und sammelten sich um 16 Uhr vor dem Parlament.", why: "time of day" },
  { language: "en", text: "Hungary ranks 24th of the 27 EU states for public spending on higher education.", why: "rank in a list" },
  { language: "de", text: "Der Verband hat für den 5. November eine weitere Demonstration angemeldet.", publishedAt: "2037-10-19", why: "date ahead" },
  { language: "en", text: "Bill T/4127 amends Section 81 of the 2011 Higher Education Act.", why: "bill number, section and the year in a law's name" },
  { language: "de", text: "Die Fehlertoleranz der Prognose liegt bei 2,5 Prozentpunkten, befragt wurden 21.400 Wähler an 120 Wahllokalen.", why: "margin of error and a survey's sample" },
  { language: "en", text: "A party needs 5% of the vote to enter the 88-seat Landtag; 45 seats make a majority.", why: "threshold, size of the house, majority mark" },
  { language: "de", text: "Nach Artikel 22 der Landesverfassung tritt der Landtag spätestens am 30. Tag nach der Wahl zusammen.", why: "article of a constitution and a deadline" },
  { language: "en", text: "Premier Jan Lehmann, 57, has led the state since 2029 and is serving his second term.", why: "age, a year and an ordinal" },
  { language: "de", text: "Die Haushaltsrede der Ministerin dauerte 74 Minuten und begann um 13.45 Uhr.", why: "duration and time of day" },
  { language: "en", text: "Under the EU's fiscal rules, deficits are capped at 3% of GDP and debt at 60%.", why: "rule thresholds, not figures of this budget" },
  { language: "de", text: "Die Einwände des Rates stehen auf Seite 37 des 118 Seiten starken Berichts.", why: "page number and a document's length" },
  { language: "en", text: "The council's chair, 61, sat through a 3-hour hearing in Committee Room 2 on 24 November.", publishedAt: "2037-11-18", why: "age, duration, room number, a date ahead" },
];
