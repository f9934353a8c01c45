import type { EvalTrap } from "../schema";

/**
 * Tuning traps: single sentences that hold numbers but no claim a fact-checker would file. Invented
 * wording; real places only as places.
 */
export const traps: EvalTrap[] = [
  // German
  { language: "de", text: "Ein 35-Jähriger wurde noch am Abend von der Polizei vernommen.", why: "age" },
  {
    language: "de",
    text: "Die Zeugin, die im Alter von 80 Jahren noch täglich schwimmen geht, hatte den Rauch zuerst bemerkt.",
    why: "age",
  },
  { language: "de", text: "Die Armee feuerte nach eigenen Angaben 155-mm-Granaten auf die Stellungen ab.", why: "calibre" },
  { language: "de", text: "Die Verhandlungen in Brüssel dauerten 48 Stunden.", why: "duration" },
  { language: "de", text: "Die Ermittler werten seit drei Wochen Videoaufnahmen aus.", why: "duration" },
  { language: "de", text: "Die Pressekonferenz beginnt um 14.30 Uhr im Rathaus.", why: "time of day" },
  {
    language: "de",
    text: "Ein Beben der Stärke 6,1 erschütterte in der Nacht die Küstenregion.",
    why: "earthquake magnitude",
  },
  { language: "de", text: "Der Verein steht nach dem Sieg in der Tabelle auf Platz 3.", why: "rank" },
  { language: "de", text: "Der Ortsverband trifft sich im Gasthaus in der Hauptstraße 12.", why: "house number" },
  { language: "de", text: "Hinweise nimmt die Polizei unter 040 4286-56789 entgegen.", why: "phone number" },
  { language: "de", text: "Im Jahr 2019 richtete die Stadt die Weltmeisterschaft im Rudern aus.", why: "year (background)" },
  { language: "de", text: "Am 3. März sprach der Minister vor Studierenden in Leipzig.", why: "date of nothing" },
  {
    language: "de",
    text: "Über eine Reform des § 218 wird im Bundestag seit Jahren gestritten.",
    why: "paragraph of a law",
  },
  { language: "de", text: "Artikel 5 des Grundgesetzes schützt die Pressefreiheit.", why: "article of a law" },
  { language: "de", text: "Die Luftwaffe setzt weiterhin Maschinen vom Typ F-16 ein.", why: "model number" },
  { language: "de", text: "Die Regeln stammen noch aus der Zeit der Covid-19-Pandemie.", why: "name with a number" },
  { language: "de", text: "Beim G7-Gipfel stand das Thema nicht auf der Tagesordnung.", why: "name with a number" },
  { language: "de", text: "Der Airbus A380 landete planmäßig in Frankfurt.", why: "model number" },
  { language: "de", text: "Hamburg gewann das Derby am Ende mit 2:1.", why: "score" },
  { language: "de", text: "Foto: 2.000 Teilnehmer bei der Kundgebung auf dem Marktplatz", why: "photo caption" },
  { language: "de", text: "Lesen Sie auch: 5 Fragen zum neuen Heizungsgesetz", why: "page furniture" },
  { language: "de", text: "Der Zug nach Nürnberg fährt um 6.15 Uhr von Gleis 9 ab.", why: "time of day and platform" },
  { language: "de", text: "Der vollständige Bericht steht auf Seite 12 der Beilage.", why: "page number" },
  { language: "de", text: "Die Bundesstraße B 85 bleibt zwischen den beiden Orten gesperrt.", why: "road number" },
  // English
  { language: "en", text: "A 35-year-old man was questioned by police later that evening.", why: "age" },
  { language: "en", text: "The former mayor, who turned 80 last week, attended the ceremony.", why: "age" },
  { language: "en", text: "The army said it had fired 155mm shells at enemy positions overnight.", why: "calibre" },
  { language: "en", text: "Talks went on for three weeks before the two sides reached a deal.", why: "duration" },
  { language: "en", text: "She has worked as a nurse in Leeds for 20 years.", why: "duration" },
  { language: "en", text: "The minister is due to speak at 5 p.m. in the town hall.", why: "time of day" },
  {
    language: "en",
    text: "A magnitude 7.8 earthquake struck the region in the early hours of the morning.",
    why: "earthquake magnitude",
  },
  { language: "en", text: "The university is ranked 12th in the national league table.", why: "rank" },
  { language: "en", text: "Reporters gathered outside 10 Downing Street on Tuesday morning.", why: "house number" },
  { language: "en", text: "Anyone with information should call police on 0113 496 0321.", why: "phone number" },
  { language: "en", text: "In 2019, the city hosted the world rowing championships.", why: "year (background)" },
  { language: "en", text: "On March 3, the minister spoke to students in Manchester.", why: "date of nothing" },
  { language: "en", text: "Article 5 of the constitution guarantees freedom of the press.", why: "article of a law" },
  { language: "en", text: "The air force still flies F-16 jets from the base.", why: "model number" },
  { language: "en", text: "The rules date back to the Covid-19 pandemic.", why: "name with a number" },
  { language: "en", text: "Leaders will discuss the issue at the G7 summit in June.", why: "name with a number" },
  { language: "en", text: "An Airbus A380 landed safely at Heathrow despite the storm.", why: "model number" },
  { language: "en", text: "Leeds won 2-1 after extra time.", why: "score" },
  {
    language: "en",
    text: "Photo: More than 2,000 people gathered in the square on Saturday.",
    why: "photo caption",
  },
  { language: "en", text: "Read more: Five things to know about the new energy price cap", why: "page furniture" },
  { language: "en", text: "The train leaves from platform 9 at 6.15 a.m.", why: "time of day and platform" },
  { language: "en", text: "The full report is on page 14.", why: "page number" },
  { language: "en", text: "The M62 remains closed between junctions 24 and 25.", why: "road and junction numbers" },
  { language: "en", text: "The 1922 Committee will meet on Wednesday evening.", why: "name with a number" },
];
