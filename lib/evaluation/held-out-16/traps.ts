import type { EvalTrap } from "../schema";

/** Sentences with numbers and no claim, written 2026-12-03 without reading the rules. */
export const traps: EvalTrap[] = [
  { language: "de", text: "Der 82-Jährige war seit 1971 Mitglied der freiwilligen Feuerwehr von Palamas.", why: "age and a year" },
  { language: "en", text: "The helicopter, a CH-47 Chinook, took off from Larissa at 06:45 and flew for 40 minutes.", why: "model number, time of day, duration" },
  { language: "de", text: "Die Hotline des Zivilschutzes ist unter 1520 oder +30 210 555 0142 erreichbar.", why: "phone numbers" },
  { language: "en", text: "The nursing home at 14 Tempon Street was built in the 1980s.", why: "house number and a decade" },
  { language: "de", text: "Nach Artikel 24 der griechischen Verfassung ist der Schutz der Umwelt Pflicht des Staates.", why: "article of a law" },
  { language: "en", text: "Union leader Tomasz Rybak, 58, has farmed 120 hectares near Płock since he was 19.", why: "ages; the farm's size is background" },
  { language: "de", text: "Die Traktoren fuhren über die A2 und die S8 in die Stadt, viele davon Modelle vom Typ John Deere 8R 410.", why: "road and model numbers" },
  { language: "en", text: "Poland ranks third in the EU for farm exports, behind France and the Netherlands.", why: "rank in a list" },
  { language: "de", text: "Der Verband hat für den 2. April eine weitere Sternfahrt nach Warschau angekündigt.", publishedAt: "2035-03-15", why: "date ahead" },
  { language: "en", text: "The march set off at 11.30 a.m. and broke up after three hours, shortly before 3 p.m.", why: "times of day and a duration" },
  { language: "de", text: "Die Schwankungsbreite der Hochrechnung liegt bei plus/minus 1,8 Prozentpunkten.", why: "margin of error" },
  { language: "en", text: "A party needs 4 percent of the vote to enter the 56-seat Landtag; 29 seats make a majority.", why: "threshold, size of the house, majority mark" },
  { language: "de", text: "Nach § 46 der Landtagswahlordnung muss das Ergebnis binnen vier Tagen feststehen.", why: "paragraph of a law and a duration" },
  { language: "en", text: "The new Landtag is due to meet for the first time on 22 October.", publishedAt: "2037-10-02", why: "date ahead" },
  { language: "de", text: "Die Rede des Premierministers dauerte 97 Minuten, die Opposition verließ um 15.20 Uhr den Saal.", why: "duration and time of day" },
  { language: "en", text: "The EU's stability pact sets a ceiling of 3% of GDP for deficits and 60% for debt.", why: "rule thresholds, not figures of this budget" },
  { language: "de", text: "Die Kritik steht auf Seite 43, in Kapitel 17 des 212 Seiten starken Gutachtens.", why: "page and chapter numbers, a document's length" },
  { language: "en", text: "Talks at Wetstraat 16 ran past 3 a.m., with a 14-page note passed among the seven coalition parties.", why: "house number, time, page count, number of parties" },
];
