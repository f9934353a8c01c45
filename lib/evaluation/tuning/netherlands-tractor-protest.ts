import type { EvalEvent } from "../schema";

/**
 * Tuning event (protest), written 2026-12-01 (seventh batch) without reading the rules and labelled
 * before the extractor read it: Dutch farmers' tractor protests against nitrogen rules, in The Hague on
 * Wednesday, 12 February 2031, and in Groningen a week later, on Thursday, 20 February. Real places
 * with an invented alliance, broadcaster, people, figures and outlets. People and tractors counted by
 * the police and the organisers (both exclude each other, on both days), and by a broadcaster from
 * aerial photos; The Hague next to the whole country and to Zwolle and Groningen; the organisers
 * raising their own figure a day later ("fast 30.000"); arrests rising from 37 to 41 ("vier weitere");
 * traffic jams in kilometres; a buy-out fund cut "von 12 auf 9 Mrd. Euro" ("um 3 Mrd. Euro"); the
 * nitrogen target as a fall in percent. Traps: "bis 2035", a minister's age, the A12, "Eine Woche".
 */
export const dutchTractorProtest: EvalEvent = {
  id: "tuning-protest-netherlands-tractors-2031",
  kind: "protest",
  title: "Farmers' tractor protests in the Netherlands (February 2031)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2031-02-12",
      outlet: "Benelux-Dienst",
      text: [
        "Tausende Traktoren in Den Haag: Bauern protestieren gegen Stickstoffregeln",
        "DEN HAAG – Mit Tausenden Traktoren sind niederländische Landwirte am Mittwoch nach Den Haag gezogen, um gegen neue Auflagen zum Stickstoffausstoß zu protestieren. Auf dem Malieveld versammelten sich nach Angaben der Polizei etwa 9.000 Menschen und 1.800 Traktoren. Der Veranstalter, das Bündnis Boerenbond Nederland, sprach von 25.000 Teilnehmern und mehr als 3.500 Traktoren.",
        "Auf den Autobahnen rund um Den Haag, Utrecht und Zwolle kam es zu langen Staus. Der Verkehrsclub ANWB meldete am Morgen Staus von insgesamt 1.100 Kilometern, so viel wie noch nie. Die Polizei nahm 37 Menschen fest, unter anderem weil sie mit Traktoren Absperrungen durchbrachen.",
        "Die Regierung will den Stickstoffausstoß der Landwirtschaft bis 2035 um 40 Prozent senken und dafür bis zu 12 Mrd. Euro für den Aufkauf von Höfen bereitstellen. Landwirtschaftsministerin Femke de Ruiter, 46, bot den Bauern Gespräche an.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Tausende Traktoren", subject: "Traktor", value: "[2000, 9999]", place: "The Hague" },
        { id: "c2", quote: "Tausenden Traktoren", subject: "Traktor", value: "[2000, 9999]", place: "The Hague" },
        { id: "c3", quote: "am Mittwoch", subject: "Protest", value: "2031-02-12..2031-02-12 day" },
        { id: "c4", quote: "etwa 9.000 Menschen", subject: "protesters", value: "[8100, 9900]", place: "The Hague", attribution: "Polizei" },
        { id: "c5", quote: "1.800 Traktoren", subject: "Traktor", value: "[1800, 1800]", place: "The Hague", attribution: "Polizei" },
        { id: "c6", quote: "25.000 Teilnehmern", subject: "protesters", value: "[25000, 25000]", place: "The Hague", attribution: "Bündnis Boerenbond Nederland" },
        { id: "c7", quote: "mehr als 3.500 Traktoren", subject: "Traktor", value: "(3500, ∞)", place: "The Hague", attribution: "Bündnis Boerenbond Nederland" },
        { id: "c8", quote: "1.100 Kilometern", subject: "Stau", value: "[1100, 1100]", unit: "km", attribution: "ANWB" },
        { id: "c9", quote: "37 Menschen", subject: "arrests", value: "[37, 37]", attribution: "Polizei" },
        { id: "c10", quote: "um 40 Prozent", subject: "Stickstoffausstoß", value: "[-40, -40]", unit: "%", change: true },
        { id: "c11", quote: "bis zu 12 Mrd. Euro", subject: "spending", qualifier: "buying out farms", value: "[0, 12000000000]", unit: "EUR" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2031-02-12",
      outlet: "Low Countries Wire",
      text: [
        "Dutch farmers drive thousands of tractors into The Hague",
        "THE HAGUE — Thousands of Dutch farmers drove their tractors into The Hague on Wednesday to protest against plans to cut nitrogen emissions by 40% by 2035. Police estimated the crowd at the Malieveld park at 9,000 people with about 1,800 tractors; the organisers, Boerenbond Nederland, claimed 25,000 and more than 3,500 tractors.",
        "Smaller convoys blocked motorways near Zwolle and Groningen, where police counted some 600 tractors. The motoring association ANWB reported a record 1,100 km of traffic jams during the morning rush hour.",
        "Police arrested 37 people, most of them for driving tractors through barriers, and said four officers were slightly injured. The government has set aside up to €12bn to buy out livestock farms near protected nature areas.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "thousands of tractors", subject: "tractor", value: "[2000, 9999]", place: "The Hague" },
        { id: "c2", quote: "Thousands of Dutch farmers", subject: "protesters", value: "[2000, 9999]", place: "The Hague" },
        { id: "c3", quote: "on Wednesday", subject: "protest", value: "2031-02-12..2031-02-12 day" },
        { id: "c4", quote: "by 40%", subject: "nitrogen emissions", value: "[-40, -40]", unit: "%", change: true },
        { id: "c5", quote: "9,000 people", subject: "protesters", value: "[9000, 9000]", place: "The Hague", attribution: "Police" },
        { id: "c6", quote: "about 1,800 tractors", subject: "tractor", value: "[1620, 1980]", place: "The Hague", attribution: "Police" },
        { id: "c7", quote: "claimed 25,000", subject: "protesters", value: "[25000, 25000]", place: "The Hague", attribution: "Boerenbond Nederland" },
        { id: "c8", quote: "more than 3,500 tractors", subject: "tractor", value: "(3500, ∞)", place: "The Hague", attribution: "Boerenbond Nederland" },
        { id: "c9", quote: "some 600 tractors", subject: "tractor", value: "[540, 660]", place: "Zwolle and Groningen", attribution: "police" },
        { id: "c10", quote: "1,100 km", subject: "traffic jams", value: "[1100, 1100]", unit: "km", attribution: "ANWB" },
        { id: "c11", quote: "37 people", subject: "arrests", value: "[37, 37]", attribution: "Police" },
        { id: "c12", quote: "four officers", subject: "injured", qualifier: "police officers", value: "[4, 4]", attribution: "Police" },
        { id: "c13", quote: "up to €12bn", subject: "spending", qualifier: "buying out farms", value: "[0, 12000000000]", unit: "EUR" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2031-02-13",
      outlet: "Niederrhein-Zeitung",
      text: [
        "Nach Bauernprotest: Streit um Teilnehmerzahl in Den Haag",
        "DEN HAAG – Nach der Großkundgebung niederländischer Landwirte vom Mittwoch streiten Polizei und Veranstalter über die Zahl der Teilnehmer. Die Polizei Den Haag bleibt bei 9.000 Demonstranten auf dem Malieveld; Boerenbond Nederland spricht nun sogar von „fast 30.000“. Auf Luftbildern seien nach Zählung des Senders Omroep West-Holland rund 2.100 Traktoren zu sehen.",
        "Landesweit waren nach Angaben des Veranstalters am Mittwoch mehr als 5.000 Traktoren unterwegs, davon 3.500 in Den Haag. Die Polizei sprach von insgesamt 2.600 Traktoren.",
        "Die Zahl der Festnahmen stieg auf 41, nachdem vier weitere Landwirte eine Auffahrt der Autobahn A12 blockiert hatten. Die Schäden am Rasen des Malieveld schätzt die Stadt auf 180.000 Euro. Der Bürgermeister von Den Haag nannte den Protest dennoch „weitgehend friedlich“.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "vom Mittwoch", subject: "Großkundgebung", value: "2031-02-12..2031-02-12 day" },
        { id: "c2", quote: "9.000 Demonstranten", subject: "protesters", value: "[9000, 9000]", place: "The Hague", attribution: "Polizei Den Haag" },
        { id: "c3", quote: "fast 30.000", subject: "protesters", value: "[27000, 30000)", place: "The Hague", attribution: "Boerenbond Nederland" },
        { id: "c4", quote: "rund 2.100 Traktoren", subject: "Traktor", value: "[1890, 2310]", place: "The Hague", attribution: "Omroep West-Holland" },
        { id: "c5", quote: "mehr als 5.000 Traktoren", subject: "Traktor", value: "(5000, ∞)", asOf: "2031-02-12", attribution: "Veranstalter" },
        { id: "c6", quote: "3.500 in Den Haag", subject: "Traktor", value: "[3500, 3500]", place: "The Hague", asOf: "2031-02-12", attribution: "Veranstalter" },
        { id: "c7", quote: "2.600 Traktoren", subject: "Traktor", value: "[2600, 2600]", attribution: "Polizei" },
        { id: "c8", quote: "auf 41", subject: "arrests", value: "[41, 41]" },
        { id: "c9", quote: "vier weitere Landwirte", subject: "arrests", value: "[4, 4]", change: true },
        { id: "c10", quote: "180.000 Euro", subject: "cost", qualifier: "Malieveld lawn", value: "[180000, 180000]", unit: "EUR", attribution: "Stadt" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2031-02-13",
      outlet: "Dutch News Review",
      text: [
        "Farmers' protest: arrests rise to 41 as police and organisers trade figures",
        "THE HAGUE — Police in The Hague said on Thursday that 41 people had been arrested in connection with Wednesday's farmers' protest, up from 37 announced on Wednesday night. Most were released by the morning.",
        "The two sides remain far apart on the size of the rally. Police put attendance at the Malieveld at 9,000; Boerenbond Nederland says nearly 30,000 took part, and that more than 5,000 tractors were on the road nationwide, 3,500 of them in The Hague. Police counted 2,600 tractors across the country.",
        "Regional broadcaster Omroep West-Holland, which analysed aerial photos, counted around 2,100 tractors in and around the city. The city council estimated the damage to the Malieveld's lawn at €180,000. Another protest is planned for February 20 in Groningen.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "rise to 41", subject: "arrests", value: "[41, 41]" },
        { id: "c2", quote: "41 people", subject: "arrests", value: "[41, 41]", attribution: "Police in The Hague" },
        { id: "c3", quote: "Wednesday's farmers' protest", subject: "protest", value: "2031-02-12..2031-02-12 day" },
        { id: "c4", quote: "37 announced on Wednesday night", subject: "arrests", value: "[37, 37]", asOf: "2031-02-12" },
        { id: "c5", quote: "at 9,000", subject: "protesters", value: "[9000, 9000]", place: "The Hague", attribution: "Police" },
        { id: "c6", quote: "nearly 30,000", subject: "protesters", value: "[27000, 30000)", place: "The Hague", attribution: "Boerenbond Nederland" },
        { id: "c7", quote: "more than 5,000 tractors", subject: "tractor", value: "(5000, ∞)", attribution: "Boerenbond Nederland" },
        { id: "c8", quote: "3,500 of them in The Hague", subject: "tractor", value: "[3500, 3500]", place: "The Hague", attribution: "Boerenbond Nederland" },
        { id: "c9", quote: "2,600 tractors", subject: "tractor", value: "[2600, 2600]", attribution: "Police" },
        { id: "c10", quote: "around 2,100 tractors", subject: "tractor", value: "[1890, 2310]", place: "The Hague", attribution: "Omroep West-Holland" },
        { id: "c11", quote: "€180,000", subject: "cost", qualifier: "Malieveld lawn", value: "[180000, 180000]", unit: "EUR", attribution: "city council" },
        { id: "c12", quote: "for February 20", subject: "protest", qualifier: "second", value: "2031-02-20..2031-02-20 day", place: "Groningen" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2031-02-20",
      outlet: "Benelux-Dienst",
      text: [
        "Zweiter Bauernprotest: Rund 1.200 Traktoren in Groningen",
        "GRONINGEN – Eine Woche nach der Großkundgebung in Den Haag haben niederländische Landwirte am Donnerstag erneut protestiert. In Groningen zählte die Polizei am Mittag rund 1.200 Traktoren und etwa 4.000 Demonstranten; der Veranstalter sprach von 2.000 Traktoren und 10.000 Teilnehmern.",
        "Die Kundgebung verlief friedlich. Zuvor hatte das Kabinett angekündigt, den Fonds für den Aufkauf von Höfen von 12 auf 9 Mrd. Euro zu kürzen und den Bauern mehr Zeit für die Umstellung zu geben.",
        "Landwirtschaftsministerin Femke de Ruiter sagte, die Kürzung um 3 Mrd. Euro sei „schmerzhaft, aber nötig“. Boerenbond Nederland kündigte weitere Aktionen an. Viele Landwirte waren mit ihren Familien angereist; auf Transparenten forderten sie „Perspektive statt Verbote“. Die Polizei leitete den Verkehr rund um die Innenstadt großräumig um.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Rund 1.200 Traktoren", subject: "Traktor", value: "[1080, 1320]", place: "Groningen" },
        { id: "c2", quote: "am Donnerstag", subject: "Protest", qualifier: "second", value: "2031-02-20..2031-02-20 day", place: "Groningen" },
        { id: "c3", quote: "rund 1.200 Traktoren", subject: "Traktor", value: "[1080, 1320]", place: "Groningen", asOf: "2031-02-20", attribution: "Polizei" },
        { id: "c4", quote: "etwa 4.000 Demonstranten", subject: "protesters", value: "[3600, 4400]", place: "Groningen", asOf: "2031-02-20", attribution: "Polizei" },
        { id: "c5", quote: "2.000 Traktoren", subject: "Traktor", value: "[2000, 2000]", place: "Groningen", attribution: "Veranstalter" },
        { id: "c6", quote: "10.000 Teilnehmern", subject: "protesters", value: "[10000, 10000]", place: "Groningen", attribution: "Veranstalter" },
        { id: "c7", quote: "von 12", subject: "spending", qualifier: "buying out farms", value: "[12000000000, 12000000000]", unit: "EUR", attribution: "Kabinett" },
        { id: "c8", quote: "9 Mrd. Euro", subject: "spending", qualifier: "buying out farms", value: "[9000000000, 9000000000]", unit: "EUR", attribution: "Kabinett" },
        { id: "c9", quote: "um 3 Mrd. Euro", subject: "spending", qualifier: "buying out farms", value: "[-3000000000, -3000000000]", unit: "EUR", change: true, attribution: "Landwirtschaftsministerin Femke de Ruiter" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c4", b: "de-1#c6", conflicting: true, why: "The Hague on Wednesday: police about 9,000 vs organisers 25,000" },
    { a: "de-1#c5", b: "de-1#c7", conflicting: true, why: "tractors in The Hague: police 1,800 vs organisers more than 3,500" },
    { a: "de-2#c5", b: "de-2#c7", conflicting: true, why: "tractors nationwide: organisers more than 5,000 vs police 2,600" },
    { a: "en-2#c8", b: "en-2#c10", conflicting: true, why: "tractors in The Hague: organisers 3,500 vs the broadcaster's about 2,100" },
    { a: "de-3#c3", b: "de-3#c5", conflicting: true, why: "tractors in Groningen: police about 1,200 vs organisers 2,000" },
    { a: "de-3#c4", b: "de-3#c6", conflicting: true, why: "people in Groningen: police about 4,000 vs organisers 10,000" },
    { a: "de-1#c6", b: "de-2#c3", conflicting: false, why: "the organisers raised their own figure a day later" },
    { a: "de-1#c9", b: "de-2#c8", conflicting: false, why: "arrests rose from 37 to 41" },
    { a: "de-2#c8", b: "de-2#c9", conflicting: false, why: "a level (41) vs a change (four more)" },
    { a: "en-1#c9", b: "en-1#c6", conflicting: false, why: "Zwolle and Groningen vs The Hague" },
    { a: "de-2#c6", b: "de-2#c5", conflicting: false, why: "The Hague vs the whole country" },
    { a: "en-1#c5", b: "de-2#c2", conflicting: false, why: "the same police figure" },
    { a: "en-1#c6", b: "de-2#c4", conflicting: false, why: "overlapping: about 1,800 vs about 2,100 tractors" },
    { a: "de-1#c11", b: "de-3#c8", conflicting: false, why: "the buy-out fund was cut from €12bn to €9bn" },
    { a: "de-3#c8", b: "de-3#c9", conflicting: false, why: "a level (9bn) vs a change (3bn less)" },
    { a: "de-1#c4", b: "de-3#c4", conflicting: false, why: "The Hague vs Groningen, a week apart" },
  ],
};
