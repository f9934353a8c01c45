import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-04 without reading the rules: single sentences, German and English, whose numbers
 * are ages, times, durations, years, temperatures, distances, lot, berth, route and house numbers, laws, strain and
 * model names, ranks, dates ahead and captions — none a claim a fact-checker would file.
 */
export const traps: EvalTrap[] = [
  { language: "de", publishedAt: "2045-06-12", text: "Listerien können sich noch bei Temperaturen von vier Grad im Kühlschrank vermehren.", why: "temperature" },
  { language: "en", publishedAt: "2045-06-13", text: "Shoppers should look for lot number 4471 and a best-before date of 30 July on the label.", why: "lot number and date of nothing" },
  { language: "de", publishedAt: "2045-06-13", text: "Die Sennerei wurde 1911 gegründet und wird heute in vierter Generation geführt.", why: "year and ordinal" },
  { language: "en", publishedAt: "2045-06-14", text: "The 58-year-old managing director has run the dairy since 2029.", why: "age and year" },
  { language: "de", publishedAt: "2045-06-16", text: "Nach Artikel 19 der EU-Verordnung 178/2002 muss ein Unternehmen unsichere Lebensmittel sofort vom Markt nehmen.", why: "article and regulation number" },
  { language: "en", publishedAt: "2045-06-19", text: "Photo: Cheese wheels stacked in the dairy's cellar in Schröcken on 9 June.", why: "caption" },
  { language: "de", publishedAt: "2045-09-19", text: "Die Überfahrt von Umeå nach Vaasa dauert gewöhnlich vier Stunden.", why: "duration" },
  { language: "en", publishedAt: "2045-09-19", text: "The ferry sails at 10.15 p.m. from berth 3 in Holmsund.", why: "time and berth number" },
  { language: "de", publishedAt: "2045-09-20", text: "Das Schiff ist 158 Meter lang und war das zweitgrößte der Reederei.", why: "length of the ship and rank" },
  { language: "en", publishedAt: "2045-09-20", text: "The water in the Kvarken strait was about 12 degrees, cold enough to cause hypothermia within an hour.", why: "temperature and duration" },
  { language: "de", publishedAt: "2045-09-22", text: "Eine Trauerfeier ist für den 30. September im Dom von Vaasa geplant.", why: "date ahead" },
  { language: "en", publishedAt: "2045-09-22", text: "The rescue coordination centre in Turku can be reached on +358 295 411 000.", why: "phone number" },
  { language: "de", publishedAt: "2045-11-07", text: "Die Frühschicht im Hafen beginnt um 6 Uhr, die Spätschicht um 14 Uhr.", why: "times of day" },
  { language: "en", publishedAt: "2045-11-07", text: "Rotterdam is Europe's largest port and has been since the 1960s.", why: "rank and decade" },
  { language: "de", publishedAt: "2045-11-08", text: "Die A15 ist zwischen den Anschlussstellen 10 und 12 weiterhin gesperrt.", why: "motorway and junction numbers" },
  { language: "en", publishedAt: "2045-11-08", text: "The union's office at Westplein 11 can be reached on 010 404 5252.", why: "house and phone number" },
  { language: "de", publishedAt: "2045-11-09", text: "Der 61-jährige Gewerkschaftsführer arbeitet seit 34 Jahren im Hafen.", why: "age and duration" },
  { language: "en", publishedAt: "2045-11-09", text: "The next round of talks is set for 14 November at 10 a.m.", why: "date ahead and time" },
  { language: "de", publishedAt: "2045-03-05", text: "Die Wahllokale schlossen um 18 Uhr; die Stichwahl folgt am 26. März.", why: "time and date ahead" },
  { language: "en", publishedAt: "2045-03-06", text: "Wendler, 49, has lived in the city since 2012 and sits on the council for ward 7.", why: "age, year and ward number" },
  { language: "de", publishedAt: "2045-03-06", text: "Nach § 48 der Sächsischen Gemeindeordnung ist gewählt, wer mehr als die Hälfte der gültigen Stimmen erhält.", why: "law paragraph and a rule, not a result" },
  { language: "en", publishedAt: "2045-03-10", text: "Leipzig, Saxony's largest city, elects its mayor for a term of seven years.", why: "rank and duration" },
];
