import type { EvalEvent } from "../schema";

/**
 * Held-out event (protest), written 2026-12-03 without reading the rules: a farmers' tractor protest in
 * Warsaw on Wednesday, 14 March 2035, with side rallies in Kraków and Poznań. Invented people, outlets,
 * union and counting institute in real cities. The police, the organisers (a farmers' union) and a counting
 * institute apart on the march and on the tractors, the police revising its own figure a day later,
 * arrests rising from six to 27, the side rallies next to the national total, the interior ministry's
 * national figure below the institute's Warsaw figure (a part above its whole). Traps: a 1,000-hp John Deere
 * 8R 410, the A2 motorway, a 58-year-old, 11.30 Uhr and 6 p.m., "nach drei Stunden", Article 57 of the
 * constitution, the 2024 protests, a rank in an EU list, a police radio channel, the ministry at ulica
 * Batorego 5.
 */
export const warsawTractorProtest: EvalEvent = {
  id: "held-out-16-protest-warsaw-farmers-2035",
  kind: "protest",
  title: "Farmers' tractor protest in Warsaw with rallies in Kraków and Poznań (March 2035)",
  articles: [
    {
      id: "en-1",
      language: "en",
      publishedAt: "2035-03-14",
      outlet: "Central Europe Newswire",
      text: [
        "Tractors jam Warsaw as thousands of farmers protest EU grain rules",
        "WARSAW, March 14 — Thousands of Polish farmers drove their tractors into the centre of Warsaw on Wednesday, blocking the Aleje Jerozolimskie for most of the day in protest against new EU rules on grain imports.",
        "Police said about 8,000 people took part and that 1,200 tractors had entered the city by 11.30 a.m., many of them having come in along the A2 motorway. The organisers, the farmers' union Ziemia Wspólna, said more than 30,000 protesters had marched from the agriculture ministry to parliament.",
        "\"This is the biggest farmers' protest since 2024,\" said union leader Tomasz Rybak, 58, standing on the trailer of a John Deere 8R 410.",
        "Police detained six people after eggs and flares were thrown at the ministry on ulica Batorego 5. Smaller rallies took place in Kraków and Poznań.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Thousands of Polish farmers", subject: "protesters", value: "[2000, 9999]" },
        { id: "c2", quote: "about 8,000 people took part", subject: "protesters", value: "[7200, 8800]", attribution: "Police" },
        { id: "c3", quote: "1,200 tractors", subject: "tractors", value: "[1200, 1200]", attribution: "Police" },
        { id: "c4", quote: "more than 30,000 protesters", subject: "protesters", value: "(30000, ∞)", attribution: "The organisers" },
        { id: "c5", quote: "detained six people", subject: "arrests", value: "[6, 6]", attribution: "Police" },
        { id: "c6", quote: "thousands of farmers", subject: "protesters", value: "[2000, 9999]" },
        { id: "c7", quote: "on Wednesday", subject: "protest", value: "2035-03-14..2035-03-14 day" },
      ],
    },
    {
      id: "de-1",
      language: "de",
      publishedAt: "2035-03-14",
      outlet: "Ostsee-Rundschau",
      text: [
        "Polizei: 8.000 Bauern in Warschau – Verband spricht von 30.000",
        "Mit Traktoren und Trillerpfeifen haben Landwirte am Mittwoch die Warschauer Innenstadt lahmgelegt. Nach Angaben der Polizei beteiligten sich etwa 8.000 Menschen an der Kundgebung, der Bauernverband Ziemia Wspólna sprach von „weit über 30.000“. Die Polizei zählte 1.200 Traktoren, der Verband 2.500.",
        "Parallel gingen in Krakau laut Stadtverwaltung rund 1.800 Landwirte auf die Straße, in Posen nach Polizeiangaben knapp 1.500. Landesweit seien damit mehr als 40.000 Menschen dem Aufruf gefolgt, erklärte Verbandschef Tomasz Rybak.",
        "Nach drei Stunden zogen die ersten Traktoren ab. Die Polizei nahm bis zum Abend sechs Personen fest. Das Demonstrationsrecht nach Artikel 57 der Verfassung gelte auch für Bauern, sagte ein Polizeisprecher, „aber nicht für Pyrotechnik“. Viele Landwirte waren schon in der Nacht aufgebrochen, manche aus dem gut 300 Kilometer entfernten Rzeszów.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "8.000 Bauern", subject: "protesters", value: "[8000, 8000]", place: "Warsaw", attribution: "Polizei" },
        { id: "c2", quote: "spricht von 30.000", subject: "protesters", value: "[30000, 30000]", place: "Warsaw", attribution: "Verband" },
        { id: "c3", quote: "etwa 8.000 Menschen", subject: "protesters", value: "[7200, 8800]", attribution: "Polizei" },
        { id: "c4", quote: "„weit über 30.000“", subject: "protesters", value: "(30000, ∞)", attribution: "der Bauernverband Ziemia Wspólna" },
        { id: "c5", quote: "1.200 Traktoren", subject: "tractors", value: "[1200, 1200]", attribution: "Die Polizei" },
        { id: "c6", quote: "der Verband 2.500", subject: "tractors", value: "[2500, 2500]", attribution: "der Verband" },
        { id: "c7", quote: "rund 1.800 Landwirte", subject: "protesters", value: "[1620, 1980]", place: "Kraków", attribution: "Stadtverwaltung" },
        { id: "c8", quote: "knapp 1.500", subject: "protesters", value: "[1350, 1500)", place: "Poznań", attribution: "Polizei" },
        { id: "c9", quote: "mehr als 40.000 Menschen", subject: "protesters", value: "(40000, ∞)", place: "Poland", attribution: "Verbandschef Tomasz Rybak" },
        { id: "c10", quote: "sechs Personen fest", subject: "arrests", value: "[6, 6]", asOf: "2035-03-14", attribution: "Die Polizei" },
        { id: "c11", quote: "am Mittwoch", subject: "Protest", value: "2035-03-14..2035-03-14 day" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2035-03-15",
      outlet: "Märkische Tageszeitung",
      text: [
        "Bauernprotest: Zählinstitut sieht 15.000 Teilnehmer in Warschau",
        "Einen Tag nach dem Traktorprotest in Warschau hat das unabhängige Institut Liczba Tłumu eine eigene Schätzung vorgelegt. Auf Grundlage von Drohnenbildern, die zwischen 12 und 14 Uhr entstanden, kommt es auf 14.000 bis 16.000 Demonstrierende – fast doppelt so viele wie die Polizei, aber nur halb so viele wie die Veranstalter angaben. Die Zahl der Traktoren schätzt das Institut auf 1.600 bis 1.700.",
        "Die Polizei korrigierte ihre Angabe am Donnerstag auf 9.500 Teilnehmer. Die Zahl der Festnahmen stieg auf 19, nachdem Beamte Videoaufnahmen ausgewertet hatten; 13 Verdächtige wurden nachträglich ermittelt.",
        "Polen steht bei den Agrarexporten auf Platz drei in der EU. Der Verband kündigte für den 2. April eine weitere Sternfahrt an. Die Aufnahmen seien mit zwei Drohnen aus 120 Metern Höhe gemacht worden, erklärte Institutsleiterin Agnieszka Wróbel, 44.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "15.000 Teilnehmer", subject: "protesters", value: "[15000, 15000]", place: "Warsaw", attribution: "Zählinstitut" },
        { id: "c2", quote: "14.000 bis 16.000 Demonstrierende", subject: "protesters", value: "[14000, 16000]", place: "Warsaw", attribution: "Institut Liczba Tłumu" },
        { id: "c3", quote: "1.600 bis 1.700", subject: "tractors", value: "[1600, 1700]", attribution: "Institut Liczba Tłumu" },
        { id: "c4", quote: "auf 9.500 Teilnehmer", subject: "protesters", value: "[9500, 9500]", attribution: "Die Polizei" },
        { id: "c5", quote: "auf 19", subject: "arrests", value: "[19, 19]" },
        { id: "c6", quote: "13 Verdächtige", subject: "Verdächtige", value: "[13, 13]" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2035-03-15",
      outlet: "The Vistula Post",
      text: [
        "Police raise Warsaw farm protest count to 9,500; arrests climb",
        "Warsaw police on Thursday raised their estimate of Wednesday's tractor protest to 9,500 participants, up 1,500 from the figure they gave on the day, but still far below the union's claim of over 30,000.",
        "The number of people detained in connection with the protest rose to 23 by 6 p.m. on Thursday, a police spokeswoman said, most of them for throwing flares. On channel 4 of the police radio, officers had reported \"fireworks near the ministry\" shortly after noon.",
        "In Kraków, police said 1,800 people had rallied on the Main Market Square, while local organisers said nearly 4,000 had. Poznań's rally drew roughly 1,500, by both sides' accounts.",
        "Interior Minister Marta Zielińska said that some 11,000 farmers had protested across the whole of Poland on Wednesday, a figure the union called \"an insult\".",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "count to 9,500", subject: "protesters", value: "[9500, 9500]", place: "Warsaw", attribution: "Police" },
        { id: "c2", quote: "to 9,500 participants", subject: "protesters", value: "[9500, 9500]", place: "Warsaw", attribution: "Warsaw police" },
        { id: "c3", quote: "up 1,500", subject: "protesters", value: "[1500, 1500]", change: true, place: "Warsaw", attribution: "Warsaw police" },
        { id: "c4", quote: "over 30,000", subject: "protesters", value: "(30000, ∞)", place: "Warsaw", attribution: "the union" },
        { id: "c5", quote: "rose to 23", subject: "arrests", value: "[23, 23]", asOf: "2035-03-15", attribution: "a police spokeswoman" },
        { id: "c6", quote: "1,800 people had rallied", subject: "protesters", value: "[1800, 1800]", place: "Kraków", attribution: "police" },
        { id: "c7", quote: "nearly 4,000 had", subject: "protesters", value: "[3600, 4000)", place: "Kraków", attribution: "local organisers" },
        { id: "c8", quote: "roughly 1,500", subject: "protesters", value: "[1350, 1650]", place: "Poznań" },
        { id: "c9", quote: "some 11,000 farmers had protested", subject: "protesters", value: "[9900, 12100]", place: "Poland", attribution: "Interior Minister Marta Zielińska" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2035-03-16",
      outlet: "Neue Zürcher Landpost",
      text: [
        "Nach Traktorprotest: 27 Festnahmen, Streit um Teilnehmerzahl",
        "Drei Tage nach der Großkundgebung der polnischen Landwirte ist die Zahl der Festnahmen auf 27 gestiegen. Das bestätigte die Warschauer Polizei am Freitag. Gegen acht Personen werde wegen Körperverletzung ermittelt, zwei Beamte seien leicht verletzt worden.",
        "Um die Größe des Protests wird weiter gestritten. Innenministerin Marta Zielińska bleibt dabei, landesweit hätten sich rund 11.000 Bauern beteiligt. Das Zählinstitut Liczba Tłumu allein für Warschau kam auf 14.000 bis 16.000. Der Bauernverband wies die Zahl der Ministerin zurück: Es seien nicht 11.000, sondern „mindestens viermal so viele“ gewesen.",
        "Die Stadt Warschau beziffert die Schäden an Straßen und Grünanlagen auf etwa 350.000 Złoty, rund 80.000 Euro. Verbandschef Rybak, der Ziemia Wspólna seit 2029 führt, kündigte an, in vier Wochen „mit doppelt so vielen Traktoren“ wiederzukommen.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "27 Festnahmen", subject: "arrests", value: "[27, 27]" },
        { id: "c2", quote: "auf 27 gestiegen", subject: "arrests", value: "[27, 27]", attribution: "die Warschauer Polizei" },
        { id: "c3", quote: "Gegen acht Personen", subject: "Person", qualifier: "investigated for assault", value: "[8, 8]", attribution: "die Warschauer Polizei" },
        { id: "c4", quote: "zwei Beamte", subject: "injured", qualifier: "police", value: "[2, 2]", attribution: "die Warschauer Polizei" },
        { id: "c5", quote: "rund 11.000 Bauern", subject: "protesters", value: "[9900, 12100]", place: "Poland", attribution: "Innenministerin Marta Zielińska" },
        { id: "c6", quote: "14.000 bis 16.000", subject: "protesters", value: "[14000, 16000]", place: "Warsaw", attribution: "Das Zählinstitut Liczba Tłumu" },
        { id: "c7", quote: "nicht 11.000", subject: "protesters", value: "[11000, 11000]", place: "Poland", attribution: "Der Bauernverband", certainty: "denied" },
        { id: "c8", quote: "etwa 350.000 Złoty", subject: "cost", value: "[315000, 385000]", unit: "PLN", place: "Warsaw", attribution: "Die Stadt Warschau" },
        { id: "c9", quote: "rund 80.000 Euro", subject: "cost", value: "[72000, 88000]", unit: "EUR", place: "Warsaw", attribution: "Die Stadt Warschau" },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c2", b: "en-1#c4", conflicting: true, why: "same march and day, police about 8,000 vs organisers more than 30,000" },
    { a: "de-1#c5", b: "de-1#c6", conflicting: true, why: "same tractors, police 1,200 vs union 2,500" },
    { a: "de-1#c5", b: "de-2#c3", conflicting: true, why: "same tractors on the same day, police 1,200 vs institute 1,600–1,700" },
    { a: "de-2#c2", b: "de-1#c4", conflicting: true, why: "same march, institute 14,000–16,000 vs union well over 30,000" },
    { a: "en-1#c2", b: "en-2#c2", conflicting: false, why: "the police revised its own estimate a day later" },
    { a: "de-2#c4", b: "en-2#c2", conflicting: false, why: "same revised police figure" },
    { a: "de-1#c7", b: "en-2#c6", conflicting: false, why: "rund 1.800 and 1,800 overlap" },
    { a: "en-2#c6", b: "en-2#c7", conflicting: true, why: "same rally in Kraków, police 1,800 vs organisers nearly 4,000" },
    { a: "de-1#c8", b: "en-2#c8", conflicting: false, why: "knapp 1.500 and roughly 1,500 overlap" },
    { a: "de-1#c7", b: "de-1#c9", conflicting: false, why: "Kraków's rally is a part of the national total" },
    { a: "en-2#c9", b: "de-2#c2", conflicting: true, why: "the ministry's national total is below the institute's figure for Warsaw alone" },
    { a: "de-1#c10", b: "en-2#c5", conflicting: false, why: "arrests rose from six on Wednesday to 23 on Thursday" },
    { a: "en-2#c5", b: "de-3#c2", conflicting: false, why: "arrests rose from 23 to 27 by Friday" },
    { a: "de-2#c5", b: "en-2#c5", conflicting: false, why: "19 during Thursday, 23 by 6 p.m.: a rising count" },
    { a: "en-2#c9", b: "de-3#c5", conflicting: false, why: "the minister's same figure repeated" },
    { a: "en-2#c3", b: "en-2#c2", conflicting: false, why: "a change vs a level" },
  ],
};
