import type { EvalTrap } from "../schema";

/** Fourth held-out traps: sentences that hold numbers but no claim a fact-checker would file. */
export const heldOut4Traps: EvalTrap[] = [
  // German
  { language: "de", text: "Die 88-jährige Rentnerin lebt seit 1961 in derselben Wohnung in Palermo.", why: "age, year" },
  { language: "de", text: "Der Konvoi setzte sich um 5.30 Uhr am Hafen in Bewegung.", why: "time of day" },
  { language: "de", text: "Die Verhandlungen zogen sich über 14 Stunden hin.", why: "duration" },
  { language: "de", text: "Das Beben erreichte eine Magnitude von 4,7 und war bis Catania zu spüren.", why: "magnitude" },
  { language: "de", text: "Der Verband hat seinen Sitz in der Rue de la Loi 155 in Brüssel.", why: "house number" },
  { language: "de", text: "Die Wahlbehörde ist unter 0463 536 30 202 erreichbar.", why: "phone number" },
  { language: "de", text: "Die Polizei berief sich auf § 17 des Versammlungsgesetzes.", why: "paragraph of a law" },
  { language: "de", text: "Nach Artikel 95 der Landesverfassung muss der Landtag binnen vier Wochen zusammentreten.", why: "article of a law, duration" },
  { language: "de", text: "Im Ranking der Militärausgaben liegt Indien auf Platz vier.", why: "rank" },
  { language: "de", text: "Foto: Lastwagen stehen am 6. Oktober auf der E40 bei Leuven.", why: "photo caption" },
  { language: "de", text: "Lesen Sie auch: 7 Tipps gegen die Hitze", why: "page furniture" },
  { language: "de", text: "Die Luftwaffe will weitere Rafale-M und Su-30MKI modernisieren; die Marine testet eine 76-mm-Kanone.", why: "model numbers, calibre" },
  { language: "de", text: "Die vollständige Tabelle findet sich auf Seite 23 des Berichts.", why: "page number" },
  { language: "de", text: "Der Landeshauptmann gab am Dienstag eine Pressekonferenz.", why: "date of nothing" },
  { language: "de", text: "Die Partei wurde 1999 gegründet und trat 2023 zum zweiten Mal an.", why: "years, ordinal" },
  // English
  { language: "en", text: "The 93-year-old veteran has lived in Syracuse since 1958.", why: "age, year" },
  { language: "en", text: "Polling stations opened at 7am and closed at 5pm.", why: "times of day" },
  { language: "en", text: "The blockade of the port lasted almost 30 hours.", why: "duration" },
  { language: "en", text: "The union's office is at 42 Avenue Louise.", why: "house number" },
  { language: "en", text: "Readers can call the heat helpline on 1500 free of charge, or +39 06 5994 2000.", why: "phone numbers" },
  { language: "en", text: "Police officers carried 9mm pistols and 40mm launchers.", why: "calibre" },
  { language: "en", text: "The SPÖ came first in Villach and second in Spittal.", why: "ranks" },
  { language: "en", text: "The charge is set under Article 3 of the 2015 Road Act.", why: "article of a law, year" },
  { language: "en", text: "Photo: Firefighters tackle a blaze near Cosenza on 16 July.", why: "photo caption" },
  { language: "en", text: "Read more: 5 things to know about India's budget", why: "page furniture" },
  { language: "en", text: "The navy will receive its first P-75I submarine and more MQ-9B drones after the G20 summit.", why: "names with numbers" },
  { language: "en", text: "The minister met union leaders on Wednesday.", why: "date of nothing" },
  { language: "en", text: "The aftershock had a magnitude of 3.8.", why: "magnitude" },
  { language: "en", text: "The report runs to 212 pages and its annex to 48.", why: "page counts" },
];
