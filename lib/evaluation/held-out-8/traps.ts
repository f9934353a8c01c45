import type { EvalTrap } from "../schema";

/**
 * Sentences of the eighth held-out set that hold numbers but no claim: ages, times, durations, years,
 * dates that date nothing, house, phone, shaft and page numbers, laws and articles, thresholds that are
 * rules, ranks, names with numbers, populations, model numbers.
 */
export const heldOut8Traps: EvalTrap[] = [
  { language: "de", publishedAt: "2031-02-12", text: "Der jüngste Bergmann unter den Eingeschlossenen ist 19 Jahre alt, der älteste 58.", why: "ages" },
  { language: "de", publishedAt: "2031-02-12", text: "Das Unglück ereignete sich gegen 22.40 Uhr, kurz nach Schichtbeginn um 22 Uhr.", why: "times of day" },
  { language: "de", text: "Angehörige erreichen die Krisenhotline unter der Nummer 32 476 20 00.", why: "phone number" },
  { language: "en", text: "Rescuers went down through Shaft No. 4, which was sunk in 1981.", why: "shaft number and year" },
  { language: "en", publishedAt: "2031-02-14", text: "The shift supervisor, 46, has worked at the colliery for 27 years.", why: "age and duration" },
  { language: "de", text: "Die Staatsanwaltschaft ermittelt nach Artikel 163 des Strafgesetzbuchs.", why: "law article" },
  { language: "en", text: "The Barbórka miners' holiday falls on December 4 every year.", why: "date of nothing that happened" },
  { language: "de", publishedAt: "2031-02-17", text: "Die Trauerfeier beginnt am Mittwoch um 11 Uhr in der Kirche St. Barbara.", why: "future date and time" },
  { language: "en", text: "Jastrzębie-Zdrój, a town of around 87,000 people, lies near the Czech border.", why: "population as background" },
  { language: "de", text: "Der Demonstrationszug setzte sich um 13 Uhr in Bewegung und war drei Stunden unterwegs.", why: "time and duration" },
  { language: "de", text: "Das Bündnis verlangt, dass Belgien das 1,5-Grad-Ziel einhält und bis 2035 aus dem Heizöl aussteigt.", why: "number in a name, target year" },
  { language: "en", text: "The sit-in was held outside Rue de la Loi 16, the prime minister's office.", why: "house number" },
  { language: "en", publishedAt: "2031-09-30", text: "Spokeswoman Lotte Verbeke, 24, spoke to reporters on Tuesday.", why: "age, date that dates nothing" },
  { language: "de", text: "Die Ministerin kündigte eine Prüfung nach Artikel 37 des Polizeigesetzes an.", why: "law article" },
  { language: "en", text: "Aerial images of the crowd were taken at 2.15 p.m. from a drone of the DJI M30 type.", why: "time and model number" },
  { language: "de", text: "Zeugen werden gebeten, sich unter 02 279 79 79 zu melden.", why: "phone number" },
  { language: "de", text: "Für eine Mehrheit im Abgeordnetenhaus mit seinen 200 Sitzen sind 101 Mandate nötig.", why: "seats a majority needs, chamber size" },
  { language: "en", text: "Parties need 5 percent of the vote to enter the Chamber of Deputies, coalitions of two 8 percent.", why: "legal thresholds" },
  { language: "de", text: "Die Präsidentin, seit März 2028 im Amt, beauftragt den Wahlsieger nach Artikel 68 der Verfassung.", why: "date of nothing reported, constitution article" },
  { language: "en", text: "Voters in Prague 4 waited up to an hour outside polling station No. 1027.", why: "district name, duration, station number" },
  { language: "en", publishedAt: "2029-10-06", text: "It was the highest turnout since 1998, the statistics office said in its 12-page release.", why: "year, page count" },
  { language: "de", text: "Der Rechnungshof prüft nach § 88 der Landeshaushaltsordnung; sein Jahresbericht umfasst 214 Seiten.", why: "paragraph and page count" },
  { language: "en", text: "Bremen is the smallest of Germany's 16 states.", why: "count that is a fixed fact, rank" },
  { language: "de", text: "Die zweite Lesung ist für den 10. Dezember geplant, Änderungsanträge sind bis 15. Oktober möglich.", why: "future dates" },
  { language: "de", text: "Bremerhaven zählt rund 115.000 Einwohner und ist die zweitgrößte Stadt des Landes.", why: "population as background, rank" },
  { language: "en", text: "CDU budget spokesman Jens Albers, 49, has sat in the state parliament since 2019.", why: "age and year" },
  { language: "de", text: "Die Debatte in der Bürgerschaft dauerte knapp fünf Stunden.", why: "duration" },
];
