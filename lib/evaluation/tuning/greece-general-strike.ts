import type { EvalEvent } from "../schema";

/**
 * Tuning event (protest), written 2026-12-02 (ninth batch) without reading the rules and labelled
 * before the extractor read it: a 48-hour general strike with marches in Greek cities against a labour
 * bill, Wednesday 11 and Thursday 12 February 2032, with a summary on Friday, 13 February. Real cities
 * and union confederations (GSEE, ADEDY) with invented people, figures and outlets. Police against
 * unions in Athens and Thessaloniki; two outlets giving different police counts for the same march on
 * the same day (Athens 18,000 vs 25,000, then 30,000 vs 41,000); the unions' share of public-sector
 * staff on strike against the interior ministry's (80%/85% vs 31%/29%); a nationwide police figure
 * against a larger union count for Athens alone; crowds growing on the second day and a two-day total;
 * arrests and injured police officers; cancelled flights; the cost to the economy by the industry
 * federation and by the finance ministry. Traps: the law number "5211/2032", "um 11 Uhr", "48-hour",
 * "2.30 p.m.", a 61-year-old minister, a 17-year-old, the "300-seat parliament", "24-stündigen", "zweiten Tag".
 */
export const greeceGeneralStrike: EvalEvent = {
  id: "tuning-protest-greece-general-strike-2032",
  kind: "protest",
  title: "General strike and marches against a labour bill in Greece (February 2032)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2032-02-11",
      outlet: "Balkan-Rundschau",
      text: [
        "Generalstreik in Griechenland: Zehntausende protestieren gegen Arbeitsgesetz",
        "ATHEN – Mit einem landesweiten Generalstreik haben Griechenlands Gewerkschaften am Mittwoch gegen das geplante Arbeitsgesetz der Regierung protestiert. In Athen zogen nach Polizeiangaben rund 18.000 Menschen vor das Parlament, der Gewerkschaftsbund GSEE sprach von mehr als 60.000 Demonstrierenden. In Thessaloniki zählte die Polizei 7.500 Teilnehmer, in Patras etwa 3.000.",
        "Landesweit legten nach Angaben der Gewerkschaften rund 80 Prozent der Beschäftigten im öffentlichen Dienst die Arbeit nieder. Das Innenministerium bezifferte die Streikbeteiligung dagegen auf 31 Prozent. Fähren blieben in den Häfen, 140 Flüge wurden gestrichen. Auch Schulen und Behörden blieben geschlossen, Krankenhäuser arbeiteten im Notbetrieb.",
        "Das Gesetz 5211/2032 sieht unter anderem längere Arbeitszeiten und einen gelockerten Kündigungsschutz vor. Die Demonstration in Athen begann um 11 Uhr am Omonia-Platz.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Zehntausende protestieren", subject: "protesters", value: "[20000, 99999]" },
        { id: "c2", quote: "am Mittwoch", subject: "Generalstreik", value: "2032-02-11..2032-02-11 day" },
        { id: "c3", quote: "rund 18.000 Menschen", subject: "protesters", value: "[16200, 19800]", place: "Athens", attribution: "Polizei" },
        { id: "c4", quote: "mehr als 60.000 Demonstrierenden", subject: "protesters", value: "(60000, ∞)", place: "Athens", attribution: "Gewerkschaftsbund GSEE" },
        { id: "c5", quote: "7.500 Teilnehmer", subject: "protesters", value: "[7500, 7500]", place: "Thessaloniki", attribution: "Polizei" },
        { id: "c6", quote: "etwa 3.000", subject: "protesters", value: "[2700, 3300]", place: "Patras", attribution: "Polizei" },
        { id: "c7", quote: "rund 80 Prozent der Beschäftigten", subject: "strikers", qualifier: "public sector", value: "[72, 88]", unit: "%", attribution: "Gewerkschaften" },
        { id: "c8", quote: "31 Prozent", subject: "strikers", qualifier: "public sector", value: "[31, 31]", unit: "%", attribution: "Innenministerium" },
        { id: "c9", quote: "140 Flüge wurden gestrichen", subject: "Flug", qualifier: "cancelled", value: "[140, 140]" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2032-02-11",
      outlet: "Aegean Dispatch",
      text: [
        "Greek general strike: 25,000 march in Athens as unions claim record turnout",
        "ATHENS — Tens of thousands of people marched in Greek cities on Wednesday, the first day of a 48-hour general strike against the government's labour bill. Police estimated the crowd outside parliament in Athens at 25,000; the public-sector union ADEDY put it at 70,000.",
        "In Thessaloniki, organisers counted 20,000 marchers, in Heraklion on Crete about 4,000. Nationwide, police said some 45,000 people took part in rallies in 38 cities.",
        "The unions said 85% of public-sector staff had joined the walkout, while the interior ministry said only 29% had. Clashes broke out at 2.30 p.m. near Syntagma Square; police said 12 people were detained and 7 officers hurt. About 160 flights were cancelled, according to the civil aviation authority.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "25,000 march in Athens", subject: "protesters", value: "[25000, 25000]", place: "Athens" },
        { id: "c2", quote: "Tens of thousands of people marched", subject: "protesters", value: "[20000, 99999]" },
        { id: "c3", quote: "on Wednesday", subject: "general strike", value: "2032-02-11..2032-02-11 day" },
        { id: "c4", quote: "at 25,000", subject: "protesters", value: "[25000, 25000]", place: "Athens", attribution: "Police" },
        { id: "c5", quote: "put it at 70,000", subject: "protesters", value: "[70000, 70000]", place: "Athens", attribution: "ADEDY" },
        { id: "c6", quote: "20,000 marchers", subject: "protesters", value: "[20000, 20000]", place: "Thessaloniki", attribution: "organisers" },
        { id: "c7", quote: "about 4,000", subject: "protesters", value: "[3600, 4400]", place: "Heraklion", attribution: "organisers" },
        { id: "c8", quote: "some 45,000 people", subject: "protesters", value: "[40500, 49500]", attribution: "police" },
        { id: "c9", quote: "38 cities", subject: "city", value: "[38, 38]", attribution: "police" },
        { id: "c10", quote: "85% of public-sector staff", subject: "strikers", qualifier: "public sector", value: "[85, 85]", unit: "%", attribution: "unions" },
        { id: "c11", quote: "only 29%", subject: "strikers", qualifier: "public sector", value: "[29, 29]", unit: "%", attribution: "interior ministry" },
        { id: "c12", quote: "12 people were detained", subject: "arrests", value: "[12, 12]", attribution: "police" },
        { id: "c13", quote: "7 officers hurt", subject: "injured", qualifier: "police", value: "[7, 7]", attribution: "police" },
        { id: "c14", quote: "About 160 flights were cancelled", subject: "flight", qualifier: "cancelled", value: "[144, 176]", attribution: "civil aviation authority" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2032-02-12",
      outlet: "Mittelmeer-Dienst",
      text: [
        "Zweiter Streiktag in Griechenland: Mehr als 100.000 Menschen auf den Straßen",
        "ATHEN – Am zweiten Tag des Generalstreiks sind in Griechenland nach Angaben der Gewerkschaften mehr als 100.000 Menschen auf die Straße gegangen, deutlich mehr als am Vortag. Die Polizei sprach von landesweit 62.000 Demonstrierenden. Allein in Athen waren es laut Polizei 30.000, in Thessaloniki 11.000.",
        "Die Regierung bezeichnete den Streik als gescheitert: Im öffentlichen Dienst hätten sich am Donnerstag nur 24 Prozent der Beschäftigten beteiligt. Bei Zusammenstößen am Syntagma-Platz wurden 19 Menschen festgenommen, 14 Polizisten wurden verletzt.",
        "Arbeitsminister Nikos Vlachos, 61, hielt am Gesetz fest. Im Zentrum der Hauptstadt blieben Geschäfte und Ministerien geschlossen, der Nahverkehr stand still. Die Gewerkschaften kündigten für den Tag der Abstimmung einen weiteren 24-stündigen Ausstand an.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Mehr als 100.000 Menschen", subject: "protesters", value: "(100000, ∞)" },
        { id: "c2", quote: "mehr als 100.000 Menschen", subject: "protesters", value: "(100000, ∞)", attribution: "Gewerkschaften" },
        { id: "c3", quote: "landesweit 62.000 Demonstrierenden", subject: "protesters", value: "[62000, 62000]", attribution: "Polizei" },
        { id: "c4", quote: "30.000", subject: "protesters", value: "[30000, 30000]", place: "Athens", attribution: "Polizei" },
        { id: "c5", quote: "in Thessaloniki 11.000", subject: "protesters", value: "[11000, 11000]", place: "Thessaloniki", attribution: "Polizei" },
        { id: "c6", quote: "nur 24 Prozent der Beschäftigten", subject: "strikers", qualifier: "public sector", value: "[24, 24]", unit: "%", asOf: "2032-02-12", attribution: "Regierung" },
        { id: "c7", quote: "19 Menschen festgenommen", subject: "arrests", value: "[19, 19]" },
        { id: "c8", quote: "14 Polizisten wurden verletzt", subject: "injured", qualifier: "police", value: "[14, 14]" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2032-02-12",
      outlet: "Southern Europe Bulletin",
      text: [
        "Second day of Greek strike draws bigger crowds; police put Athens march at 41,000",
        "ATHENS — Crowds swelled on the second day of Greece's general strike on Thursday, with police estimating 41,000 people in central Athens, up from 25,000 a day earlier. Organisers said more than 90,000 marched in the capital.",
        "Across the country, rallies in more than 40 cities drew 58,000 people, according to the citizen protection ministry. The GSEE said the true figure was close to 150,000.",
        "Police detained 23 people after clashes near parliament; a 17-year-old was among them. Hospitals treated 16 people, including 11 police officers. Public transport in the capital was halted for a second day, and state schools stayed shut. The bill goes to a vote in the 300-seat parliament next week.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "march at 41,000", subject: "protesters", value: "[41000, 41000]", place: "Athens", attribution: "police" },
        { id: "c2", quote: "41,000 people", subject: "protesters", value: "[41000, 41000]", place: "Athens", attribution: "police" },
        { id: "c3", quote: "up from 25,000 a day earlier", subject: "protesters", value: "[25000, 25000]", place: "Athens", asOf: "2032-02-11", attribution: "police" },
        { id: "c4", quote: "more than 90,000", subject: "protesters", value: "(90000, ∞)", place: "Athens", attribution: "Organisers" },
        { id: "c5", quote: "more than 40 cities", subject: "city", value: "(40, ∞)", attribution: "citizen protection ministry" },
        { id: "c6", quote: "58,000 people", subject: "protesters", value: "[58000, 58000]", attribution: "citizen protection ministry" },
        { id: "c7", quote: "close to 150,000", subject: "protesters", value: "[135000, 150000)", attribution: "GSEE" },
        { id: "c8", quote: "detained 23 people", subject: "arrests", value: "[23, 23]", attribution: "Police" },
        { id: "c9", quote: "treated 16 people", subject: "injured", value: "[16, 16]", attribution: "Hospitals" },
        { id: "c10", quote: "11 police officers", subject: "injured", qualifier: "police", value: "[11, 11]", attribution: "Hospitals" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2032-02-13",
      outlet: "Wirtschaftsblatt Süd",
      text: [
        "Bilanz des Generalstreiks: Wirtschaft beziffert Ausfall auf 400 Millionen Euro",
        "ATHEN – Der 48-stündige Generalstreik in Griechenland hat die Wirtschaft nach Schätzung des Industrieverbands SEV rund 400 Millionen Euro gekostet. Das Finanzministerium nannte eine Zahl von höchstens 250 Millionen Euro.",
        "Nach Zählung der Polizei nahmen an beiden Tagen zusammen rund 110.000 Menschen an Kundgebungen teil, die Gewerkschaften sprechen von mehr als 250.000. Insgesamt wurden 42 Menschen festgenommen.",
        "Auf Kreta blieben am Mittwoch und Donnerstag alle 23 Fähren im Hafen von Heraklion. Der Tourismusverband warnte, bereits 1.800 Buchungen für März seien storniert worden. Hoteliers auf den Inseln klagten über Gäste, die ihre Reise absagten.",
        "Die Regierung will das Gesetz trotz der Proteste unverändert zur Abstimmung stellen. Die Gewerkschaften drohen mit weiteren Arbeitsniederlegungen im Frühjahr, falls das Parlament zustimmt.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Ausfall auf 400 Millionen Euro", subject: "cost", value: "[400000000, 400000000]", unit: "EUR" },
        { id: "c2", quote: "rund 400 Millionen Euro", subject: "cost", value: "[360000000, 440000000]", unit: "EUR", attribution: "Industrieverband SEV" },
        { id: "c3", quote: "höchstens 250 Millionen Euro", subject: "cost", value: "[0, 250000000]", unit: "EUR", attribution: "Finanzministerium" },
        { id: "c4", quote: "rund 110.000 Menschen", subject: "protesters", value: "[99000, 121000]", asOf: "2032-02-11..2032-02-12", attribution: "Polizei" },
        { id: "c5", quote: "mehr als 250.000", subject: "protesters", value: "(250000, ∞)", asOf: "2032-02-11..2032-02-12", attribution: "Gewerkschaften" },
        { id: "c6", quote: "42 Menschen festgenommen", subject: "arrests", value: "[42, 42]", asOf: "2032-02-11..2032-02-12" },
        { id: "c7", quote: "alle 23 Fähren", subject: "ships", qualifier: "in port", value: "[23, 23]", place: "Heraklion", asOf: "2032-02-11..2032-02-12" },
        { id: "c8", quote: "1.800 Buchungen", subject: "Buchung", qualifier: "cancelled", value: "[1800, 1800]", attribution: "Tourismusverband" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c3", b: "en-1#c4", conflicting: true, why: "same march, same day, two outlets' police counts: about 18,000 vs 25,000" },
    { a: "de-1#c3", b: "de-1#c4", conflicting: true, why: "same march, same day, police vs union" },
    { a: "de-1#c4", b: "en-1#c5", conflicting: false, why: "overlapping values: more than 60,000 vs 70,000 (two unions)" },
    { a: "de-1#c5", b: "en-1#c6", conflicting: true, why: "Thessaloniki the same day, police 7,500 vs organisers 20,000" },
    { a: "de-1#c7", b: "en-1#c10", conflicting: false, why: "overlapping values: about 80% vs 85% (unions)" },
    { a: "de-1#c8", b: "en-1#c11", conflicting: true, why: "same day, same ministry: 31% vs 29%" },
    { a: "de-1#c9", b: "en-1#c14", conflicting: true, why: "same day, 140 vs about 160 cancelled flights" },
    { a: "en-1#c8", b: "en-1#c7", conflicting: false, why: "a city's crowd is part of the nationwide figure" },
    { a: "en-1#c5", b: "en-1#c8", conflicting: true, why: "Athens alone (70,000, ADEDY) exceeds the nationwide figure (some 45,000, police) the same day" },
    { a: "de-1#c6", b: "en-1#c7", conflicting: false, why: "different cities (Patras vs Heraklion)" },
    { a: "de-2#c4", b: "en-2#c2", conflicting: true, why: "Athens on Thursday, two outlets' police counts: 30,000 vs 41,000" },
    { a: "de-2#c3", b: "en-2#c6", conflicting: true, why: "nationwide on Thursday, 62,000 (police) vs 58,000 (ministry)" },
    { a: "de-2#c2", b: "en-2#c7", conflicting: false, why: "overlapping values: more than 100,000 vs close to 150,000 (unions)" },
    { a: "de-2#c7", b: "en-2#c8", conflicting: true, why: "arrests on Thursday, 19 vs 23" },
    { a: "en-1#c4", b: "en-2#c2", conflicting: false, why: "different days: 25,000 on Wednesday, 41,000 on Thursday" },
    { a: "en-1#c4", b: "en-2#c3", conflicting: false, why: "identical: 25,000 on Wednesday" },
    { a: "en-2#c2", b: "en-2#c6", conflicting: false, why: "Athens is part of the nationwide figure" },
    { a: "de-1#c8", b: "de-2#c6", conflicting: false, why: "different days: 31% on Wednesday, 24% on Thursday" },
    { a: "de-3#c2", b: "de-3#c3", conflicting: true, why: "same cost, industry federation about €400m vs finance ministry at most €250m" },
    { a: "de-3#c4", b: "de-3#c5", conflicting: true, why: "two-day total, police vs unions" },
    { a: "de-3#c4", b: "de-2#c3", conflicting: false, why: "a two-day total vs one day" },
    { a: "de-3#c6", b: "de-2#c7", conflicting: false, why: "a two-day total of arrests vs Thursday's" },
  ],
};
