import type { EvalTrap } from "../schema";

/**
 * Held-out traps, written 2026-12-04 without reading the rules: single sentences, German and English, whose
 * numbers are ages, times, durations, years, calibres, magnitudes, ranks, house and phone numbers, laws, model
 * numbers, dates ahead and captions — none a claim a fact-checker would file.
 */
export const traps: EvalTrap[] = [
  { language: "de", publishedAt: "2040-06-12", text: "Die 34-jährige Bergführerin aus Meran war als Erste an der Unglücksstelle.", why: "age" },
  { language: "en", publishedAt: "2040-06-13", text: "The governor spoke to reporters at 4.15 p.m. outside the fire station in Moos.", why: "time of day" },
  { language: "de", publishedAt: "2039-05-12", text: "Der Zug der Traktoren brauchte knapp drei Stunden bis zum Parlament.", why: "duration" },
  { language: "en", publishedAt: "2039-05-13", text: "Portugal's farmers last marched on Lisbon in such numbers in 2019.", why: "year" },
  { language: "de", publishedAt: "2039-05-13", text: "Die Polizei stellte bei einem der Festgenommenen eine Pistole vom Kaliber 9 mm sicher.", why: "calibre" },
  { language: "en", publishedAt: "2040-06-14", text: "A magnitude 2.1 tremor recorded the night before had nothing to do with the rockfall, seismologists said.", why: "magnitude" },
  { language: "de", publishedAt: "2041-06-03", text: "Mit ihrem Ergebnis landet die FDP nur auf Platz sieben der Parteien.", why: "rank" },
  { language: "en", publishedAt: "2041-06-02", text: "The CDU held its election party at Breiter Weg 213 in Magdeburg.", why: "house number" },
  { language: "de", publishedAt: "2040-06-12", text: "Angehörige können sich unter der Nummer 0471 411 200 bei der Landesnotrufzentrale melden.", why: "phone number" },
  { language: "de", publishedAt: "2039-12-06", text: "Die Kürzungen stützen sich auf § 12 des Haushaltsordnungsgesetzes.", why: "law paragraph" },
  { language: "en", publishedAt: "2039-10-14", text: "The army's CAESAR Mk II howitzers, ordered under contract LT-2036-07, fire 155 mm shells.", why: "model number, contract number and calibre" },
  { language: "en", publishedAt: "2041-06-05", text: "The new state parliament will meet for the first time on 30 June.", why: "date ahead" },
  { language: "de", publishedAt: "2039-10-14", text: "Die zweite Lesung des Haushalts ist für den 22. November geplant.", why: "date ahead" },
  { language: "en", publishedAt: "2040-06-13", text: "Photo: Rescue workers search the rubble in Oberplatt on Tuesday, June 12, 2040 (Alpine News Service/M. Gruber)", why: "caption" },
  { language: "de", publishedAt: "2039-05-12", text: "Foto: Fischer mit Transparenten vor dem Parlament in Lissabon, 12. Mai 2039", why: "caption" },
  { language: "en", publishedAt: "2039-12-13", text: "Prime Minister Ieva Stankevičienė, 49, has led the government since its formation in her second term.", why: "age" },
  { language: "de", publishedAt: "2041-06-14", text: "Der Landtag tagt seit 1991 im Gebäude am Domplatz 6.", why: "year and house number" },
  { language: "en", publishedAt: "2040-06-14", text: "The Passeier valley road was closed for 48 hours after the 2029 mudslide as well.", why: "duration and year" },
];
