import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-04 without reading the rules: single sentences, German and English, whose
 * numbers are ages, times, durations, years, magnitudes, ranks, house, phone and constituency numbers, laws,
 * thresholds, page and model numbers, dates ahead and captions — none a claim a fact-checker would file.
 */
export const traps: EvalTrap[] = [
  { language: "de", publishedAt: "2041-10-14", text: "Der 44-jährige Bergführer aus Cogne hatte die Familie am Vorabend noch gewarnt.", why: "age" },
  { language: "en", publishedAt: "2041-10-14", text: "The regional president spoke to reporters at 7.30 p.m. at the civil protection centre in Saint-Christophe.", why: "time of day" },
  { language: "de", publishedAt: "2041-10-15", text: "Die Räumung der Regionalstraße wird nach Schätzung der Straßenmeisterei drei Wochen dauern.", why: "duration" },
  { language: "en", publishedAt: "2041-10-16", text: "The valley was last hit by mudslides on this scale in the autumn of 2000.", why: "year" },
  { language: "de", publishedAt: "2041-10-14", text: "Angehörige erreichen die Krisenhotline der Region unter 0165 27 44 00.", why: "phone number" },
  { language: "de", publishedAt: "2041-10-15", text: "Ein Erdbeben der Stärke 2,3 im Wallis am selben Abend stand mit den Muren in keinem Zusammenhang.", why: "magnitude" },
  { language: "en", publishedAt: "2040-03-22", text: "The union's headquarters at Nørre Voldgade 46 stayed open through the night.", why: "house number" },
  { language: "de", publishedAt: "2040-03-24", text: "Bei den Löhnen in der Altenpflege liegt Dänemark im europäischen Vergleich nur auf Platz neun.", why: "rank" },
  { language: "en", publishedAt: "2040-03-23", text: "Talks between the union and the regions are scheduled to resume on 2 April.", why: "date ahead" },
  { language: "de", publishedAt: "2040-03-22", text: "Die Versammlungsfreiheit ist in Paragraf 79 des dänischen Grundgesetzes garantiert.", why: "law paragraph" },
  { language: "en", publishedAt: "2042-09-22", text: "At 31, the Left's lead candidate was the youngest on any ballot in the state.", why: "age" },
  { language: "de", publishedAt: "2042-09-21", text: "Die erste Hochrechnung wurde um 18.45 Uhr veröffentlicht, die zweite um 19.30 Uhr.", why: "time of day" },
  { language: "en", publishedAt: "2042-10-02", text: "The AfD's challenge concerns constituency 33, Ludwigslust I.", why: "constituency number" },
  { language: "de", publishedAt: "2042-09-22", text: "Nach dem Landeswahlgesetz erhält eine Partei erst ab fünf Prozent der Zweitstimmen Mandate.", why: "threshold in a law" },
  { language: "en", publishedAt: "2042-10-02", text: "The new Landtag will meet for its constituent session on 20 October.", why: "date ahead" },
  { language: "de", publishedAt: "2040-10-02", text: "Die Tabellen zu den Verteidigungsausgaben stehen auf Seite 214 des Entwurfs.", why: "page number" },
  { language: "en", publishedAt: "2040-10-03", text: "The defence budget pays for the army's M142 HIMARS launchers and CV90 vehicles ordered in 2038.", why: "model numbers and a year" },
  { language: "de", publishedAt: "2040-11-29", text: "Lettland trat 2004 der Nato und der Europäischen Union bei.", why: "year" },
  { language: "en", publishedAt: "2040-11-30", text: "Photo: Members of the Saeima vote on the 2041 budget in Riga.", why: "caption" },
];
