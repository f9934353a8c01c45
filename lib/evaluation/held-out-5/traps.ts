import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-01 without reading the rules or running the extractor: single
 * sentences that hold numbers but no claim a fact-checker would file. Invented wording; real places
 * only as places.
 */
export const heldOut5Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Der 73-jährige Landwirt hatte seinen Hof trotz der Warnungen nicht verlassen.", why: "age" },
  { language: "de", text: "Die Sitzung des Krisenstabs begann um 7.45 Uhr im Rathaus von Celje.", why: "time of day" },
  { language: "de", text: "Die Aufräumarbeiten werden nach Einschätzung der Feuerwehr noch mindestens zwei Wochen dauern.", why: "duration" },
  { language: "de", text: "Nach § 34 des Versammlungsgesetzes muss eine Kundgebung 48 Stunden vorher angemeldet werden.", why: "law paragraph and legal deadline" },
  { language: "de", text: "Die Partei landete in der Rangliste der beliebtesten Listen auf Platz 4.", why: "rank" },
  { language: "de", text: "Das Wahlbüro in der Oudegracht 102 ist unter 030 286 1400 erreichbar.", why: "house number and phone number" },
  { language: "de", text: "Der Haushaltsausschuss tagt wieder am 3. Februar, wie in jedem Jahr seit 1996.", why: "date of nothing and year" },
  { language: "de", text: "Foto: Anna Kowalczyk / 2027", why: "caption" },
  // English
  { language: "en", text: "The 29-year-old organiser was released from police custody on Sunday morning without charge.", why: "age" },
  { language: "en", text: "Officers fired 40mm rubber rounds at a group of masked men near the Sejm, witnesses said.", why: "calibre" },
  { language: "en", text: "The minister spoke for 90 minutes before taking questions from reporters.", why: "duration" },
  { language: "en", text: "A magnitude 4.3 tremor was recorded in the same region in 2019, the seismological office noted.", why: "earthquake magnitude and year" },
  { language: "en", text: "Air force F-16s flew over the capital during the Constitution Day parade.", why: "model number" },
  { language: "en", text: "Details of the finance bill are set out on page 214 of the ministry's annex.", why: "page number" },
  { language: "en", text: "Read more: Ten years after the 2017 floods, what Slovenia learned", why: "page furniture" },
  { language: "en", text: "The count resumes at 9 a.m. on Monday in the Jaarbeurs hall, which opened in 1921.", why: "time of day and year" },
];
