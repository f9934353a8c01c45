import type { EvalTrap } from "../schema";

/**
 * Sentences of the seventh held-out set that hold numbers but no claim (GUIDE.md, "Traps"), in the
 * register of its four stories: a storm in Moravia, nurses' marches in Finland, a Bavarian state
 * election and the canton of Zurich's budget. Written 2026-12-01 without reading the rules.
 */
export const heldOut7Traps: EvalTrap[] = [
  { language: "de", publishedAt: "2029-09-16", text: "Der 58-jährige Kreishauptmann leitet den Krisenstab in Olmütz seit dem frühen Morgen.", why: "age" },
  { language: "de", publishedAt: "2029-09-15", text: "Die Sirenen in Krnov heulten um 3.15 Uhr zum ersten Mal.", why: "time of day" },
  { language: "de", text: "Der Pegel Kroměříž liegt bei Flusskilometer 214 der March.", why: "river kilometre (a place on a river)" },
  { language: "de", text: "Die Hotline der Stadt Přerov ist rund um die Uhr unter 0800 123 456 erreichbar.", why: "phone number" },
  { language: "de", text: "Grundlage für den Voranschlag ist Artikel 56 der Kantonsverfassung.", why: "article of a constitution" },
  { language: "de", text: "Die Budgetdebatte im Zürcher Rathaus dauerte insgesamt elf Stunden.", why: "duration" },
  { language: "de", text: "Foto: Keystone / Aufnahme vom 17. Dezember 2029 im Rathaus Zürich", why: "photo caption" },
  { language: "de", text: "Die Kandidatin steht auf Listenplatz 3 der Grünen in Oberbayern.", why: "rank on a list" },
  { language: "de", text: "Das Wahllokal befindet sich in der Leopoldstraße 42 in Schwabing.", why: "house number" },
  { language: "de", text: "Die Regierung verweist auf § 38 des Gesundheitsgesetzes aus dem Jahr 2019.", why: "paragraph of a law and a year" },
  { language: "de", text: "Lesen Sie auch: Die zehn wichtigsten Fragen zur Landtagswahl (Seite 4)", why: "page furniture" },
  { language: "de", text: "Der Eurocity EC 130 aus Wien endet wegen der Überflutung in Břeclav.", why: "train number" },
  { language: "de", text: "Die Fünfprozenthürde gilt in Bayern seit 1973 auch für die Gesamtstimmen.", why: "a threshold in a name and a year" },
  { language: "en", publishedAt: "2029-09-18", text: "The 61-year-old mayor has run the town since 2014.", why: "age and year" },
  { language: "en", text: "Rescuers flew in on a Mi-17 helicopter from the air base at Náměšť.", why: "model number" },
  { language: "en", text: "Helsinki, a city of around 680,000 people, has four large hospitals.", why: "population (background)" },
  { language: "en", text: "The march set off from the railway station at 11 a.m. and lasted about three hours.", why: "time of day and duration" },
  { language: "en", text: "Photo: Nurses on Senate Square, 5 March 2030 (Mikko Lahti)", why: "photo caption" },
  { language: "en", text: "The budget document runs to 412 pages.", why: "page count" },
  { language: "en", text: "Call the flood line on +420 950 100 200 if you need help.", why: "phone number" },
  { language: "en", text: "Ilka ranked as the third strongest storm to hit Moravia since records began in 1961.", why: "rank and year" },
  { language: "en", text: "Section 13 of the Finnish constitution guarantees the right to demonstrate.", why: "section of a constitution" },
  { language: "en", text: "A mining tremor of magnitude 2.1 was recorded near Karviná on Sunday night.", why: "magnitude" },
  { language: "en", text: "The CSU has led every Bavarian government since 1957.", why: "year" },
  { language: "en", text: "The Kantonsrat meets in the 17th-century Rathaus on the Limmat.", why: "century" },
];
