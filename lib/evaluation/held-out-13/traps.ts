import type { EvalTrap } from "../schema";

/**
 * Held-out-13 traps: single sentences with numbers that no fact-checker would file as a claim. Written
 * fresh for this set, in German and English; real places only as places.
 */
export const traps: EvalTrap[] = [
  // German
  { language: "de", text: "Der 61-jährige Bergführer kennt den Hang seit seiner Kindheit.", why: "age" },
  { language: "de", text: "Die Sitzung des Krisenstabs begann um 7.45 Uhr und dauerte knapp vier Stunden.", why: "time of day and duration" },
  { language: "de", text: "Betroffene erreichen die Hotline des Landes unter 0512 508-2200.", why: "phone number" },
  { language: "de", text: "Nach § 34 der Gemeindeordnung muss der Entwurf zwei Wochen öffentlich ausliegen.", why: "paragraph of a law and a period" },
  { language: "de", text: "Das Rathaus am Marktplatz 1 ist am Wochenende geschlossen.", why: "house number" },
  { language: "de", text: "Die Partei landete bei der Europawahl 2029 auf Platz vier.", why: "year and rank" },
  { language: "de", text: "Die Straßenbahnlinie 6 fährt bis auf Weiteres nur im 20-Minuten-Takt.", why: "line number and interval" },
  { language: "de", text: "Im Jänner 1999 war das Tal schon einmal von der Außenwelt abgeschnitten.", why: "date of an earlier, unrelated event" },
  { language: "de", text: "Die Regierung berät am kommenden Dienstag über weitere Hilfen.", why: "date ahead" },
  // English
  { language: "en", text: "The 44-year-old spokeswoman has led the alliance since its founding.", why: "age" },
  { language: "en", text: "Rescuers worked in three shifts of eight hours each.", why: "duration" },
  { language: "en", text: "The aftershock measured 4.2 on the Richter scale.", why: "magnitude" },
  { language: "en", text: "The assembly meets again at 10am on Thursday.", why: "time of day, date ahead" },
  { language: "en", text: "The helicopters are Mi-17s bought from Russia in 2012.", why: "model number and year" },
  { language: "en", text: "Read more: Our reporter's diary from Day 3 of the search", why: "page furniture" },
  { language: "en", text: "Photo: Crowds on Bridge No. 2, taken at 5.12pm", why: "caption" },
  { language: "en", text: "Under Article 72 of the constitution, the governor must be elected within 30 days.", why: "article of a law and a period" },
  { language: "en", text: "The party finished third in the 2028 vote, its best result since the 1990s.", why: "rank and years" },
];
