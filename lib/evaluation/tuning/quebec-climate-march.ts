import type { EvalEvent } from "../schema";

/**
 * Tuning event (protest), written 2026-12-03 (twelfth batch) without reading the rules and labelled
 * before the extractor read it: a climate march in Montreal on Saturday, 24 September 2033, with side
 * marches in Quebec City and Sherbrooke, to an interview with the organisers of Monday, 26 September.
 * Real cities with an invented coalition, people, survey and outlets. A Canadian wire with police and
 * organisers' counts on the same day, a Swiss live ticker (Swiss spelling, "30'000", entries newest
 * first, a count that grows during the afternoon, a registered figure, the length of the march), a
 * police news release written in the police's own voice (arrests split by offence, officers hurt,
 * officers deployed), a German commentary with shares of the crowd in words ("Vier von zehn", "Die
 * Hälfte") and a province-wide count smaller than the organisers' count for Montreal alone (a part
 * exceeding its whole), and a question-and-answer interview in which the organisers raise their own
 * figure and pronouns point back to them, and a local paper from Sherbrooke where the organizers
 * revise their count up (setting their first figure aside) and the police give a lower one. Traps: times of day, durations, an age, a year, a phone number.
 */
export const quebecClimateMarch: EvalEvent = {
  id: "tuning-protest-quebec-climate-march-2033",
  kind: "protest",
  title: "Climate march in Montreal with side marches in Quebec City and Sherbrooke (September 2033)",
  articles: [
    {
      id: "en-1",
      language: "en",
      publishedAt: "2033-09-24",
      outlet: "Canadian Wire Service",
      text: [
        "Tens of thousands march for the climate in Montreal",
        "MONTREAL (CWS) — Tens of thousands of people marched through downtown Montreal on Saturday to demand faster cuts in greenhouse gas emissions, in what organizers called the largest climate protest in Quebec in a decade.",
        "Police put the crowd at around 35,000 at its peak shortly after 2 p.m. The Coalition Climat Québec, which organized the march, said more than 100,000 had taken part.",
        "Smaller marches were held the same day in Quebec City, where police counted about 8,000 people, and in Sherbrooke, where organizers reported 2,500 participants.",
        "Police said 12 people were arrested after a group broke away from the march and blocked the Jacques Cartier Bridge for about 40 minutes. The march ended at 5:30 p.m. near the Old Port.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Tens of thousands march", subject: "protesters", value: "[20000, 99999]" },
        { id: "c2", quote: "Tens of thousands of people", subject: "protesters", value: "[20000, 99999]" },
        { id: "c3", quote: "on Saturday", subject: "march", value: "2033-09-24..2033-09-24 day" },
        { id: "c4", quote: "around 35,000", subject: "protesters", value: "[31500, 38500]", attribution: "Police" },
        { id: "c5", quote: "more than 100,000", subject: "protesters", value: "(100000, ∞)", attribution: "Coalition Climat Québec" },
        { id: "c6", quote: "about 8,000 people", subject: "protesters", value: "[7200, 8800]", place: "Quebec City", attribution: "police" },
        { id: "c7", quote: "2,500 participants", subject: "protesters", value: "[2500, 2500]", place: "Sherbrooke", attribution: "organizers" },
        { id: "c8", quote: "12 people were arrested", subject: "arrests", value: "[12, 12]", attribution: "Police" },
      ],
    },
    {
      id: "de-1",
      language: "de",
      publishedAt: "2033-09-24",
      outlet: "Limmat-Kurier Online",
      text: [
        "Klimamarsch in Montreal: Zehntausende auf der Strasse – der Ticker",
        "Update 21.10 Uhr: Die Polizei meldet zum Abschluss 12 Festnahmen. Die Veranstalter sprechen inzwischen von über 100'000 Teilnehmenden, die Polizei bleibt bei ihrer Schätzung von rund 35'000.",
        "Update 19.30 Uhr: Wegen der Hitze mussten nach Angaben der Rettungsdienste 23 Menschen behandelt werden, zwei kamen ins Spital.",
        "Update 17.45 Uhr: In Québec, der Hauptstadt der Provinz, sind laut Polizei etwa 8000 Menschen mitgelaufen, in Sherbrooke nach Angaben der Organisatoren rund 2500.",
        "Update 15.20 Uhr: Die Polizei schätzt die Menge jetzt auf 30'000 Personen. Der Zug ist inzwischen über zwei Kilometer lang; an der Spitze laufen Schulklassen.",
        "Update 13.05 Uhr: Der Marsch hat am Fuss des Mont Royal begonnen. Die Veranstalter hatten bei der Stadt 50'000 Teilnehmende angemeldet. Es ist heiss, die Stadt hat Wasserstellen aufgebaut.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Zehntausende auf der Strasse", subject: "protesters", value: "[20000, 99999]" },
        { id: "c2", quote: "12 Festnahmen", subject: "arrests", value: "[12, 12]", attribution: "Polizei" },
        { id: "c3", quote: "über 100'000 Teilnehmenden", subject: "protesters", value: "(100000, ∞)", attribution: "Veranstalter" },
        { id: "c4", quote: "rund 35'000", subject: "protesters", value: "[31500, 38500]", attribution: "Polizei" },
        { id: "c5", quote: "etwa 8000 Menschen", subject: "protesters", value: "[7200, 8800]", place: "Quebec City", attribution: "Polizei" },
        { id: "c6", quote: "rund 2500", subject: "protesters", value: "[2250, 2750]", place: "Sherbrooke", attribution: "Organisatoren" },
        { id: "c7", quote: "30'000 Personen", subject: "protesters", value: "[30000, 30000]", attribution: "Polizei" },
        { id: "c8", quote: "über zwei Kilometer", subject: "Zug", value: "(2, ∞)", unit: "km" },
        { id: "c10", quote: "23 Menschen behandelt", subject: "injured", qualifier: "heat", value: "[23, 23]", attribution: "Rettungsdienste" },
        { id: "c11", quote: "zwei kamen ins Spital", subject: "injured", qualifier: "hospitalised", value: "[2, 2]", attribution: "Rettungsdienste" },
        { id: "c9", quote: "50'000 Teilnehmende", subject: "protesters", qualifier: "registered", value: "[50000, 50000]", attribution: "Veranstalter" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2033-09-25",
      outlet: "Service de police de la Ville de Montréal",
      text: [
        "News release: climate march of September 24 – the SPVM's assessment",
        "MONTREAL, September 25, 2033 – The Service de police de la Ville de Montréal (SPVM) estimates that about 36,000 people took part in Saturday's climate march in downtown Montreal, based on aerial images taken when the march was at its largest.",
        "In total, 14 people were arrested: 12 for mischief after the occupation of the Jacques Cartier Bridge, and two for assaulting a police officer. Eleven of those arrested were released the same evening on a promise to appear in court on January 12, 2034. Three officers sustained minor injuries. Some 900 officers were deployed over the day.",
        "Traffic on the bridge was restored at 3:12 p.m. The SPVM thanks the public for its cooperation.",
        "Media enquiries: 514 555-0134",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "about 36,000 people", subject: "protesters", value: "[32400, 39600]", attribution: "SPVM" },
        { id: "c2", quote: "Saturday's climate march", subject: "march", value: "2033-09-24..2033-09-24 day" },
        { id: "c3", quote: "14 people were arrested", subject: "arrests", value: "[14, 14]" },
        { id: "c4", quote: "12 for mischief", subject: "arrests", qualifier: "mischief", value: "[12, 12]" },
        { id: "c5", quote: "two for assaulting a police officer", subject: "arrests", qualifier: "assault", value: "[2, 2]" },
        { id: "c8", quote: "Eleven of those arrested", subject: "arrests", qualifier: "released", value: "[11, 11]" },
        { id: "c6", quote: "Three officers", subject: "injured", qualifier: "police", value: "[3, 3]" },
        { id: "c7", quote: "Some 900 officers", subject: "police", value: "[810, 990]" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2033-09-25",
      outlet: "Hanseatische Abendzeitung",
      text: [
        "Kommentar: Die Zahlenschlacht von Montreal",
        "Wie viele Menschen waren es nun? Die Polizei von Montreal kommt auf rund 36.000, die Veranstalter auf 110.000 – eine Differenz, die größer ist als jeder Messfehler. Dass beide Seiten zählen, was ihnen nützt, ist nicht neu. Doch diesmal stimmt nicht einmal die Arithmetik: Das Umweltministerium der Provinz Québec sprach am Sonntag von insgesamt etwa 70.000 Teilnehmenden in der ganzen Provinz. Die Veranstalter wollen allein in Montreal mehr gezählt haben.",
        "Aufschlussreicher ist eine Umfrage, die Forscher der Concordia-Universität während des Marsches machten: Vier von zehn Teilnehmenden waren jünger als 25 Jahre. Die Hälfte kam zum ersten Mal zu einer Klimademo.",
        "Bei 14 Festnahmen und drei leicht verletzten Beamten blieb der Tag friedlich. Wie groß der Marsch auch war – die Botschaft an die Regierung in Ottawa ist dieselbe.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "rund 36.000", subject: "protesters", value: "[32400, 39600]", attribution: "Polizei von Montreal" },
        { id: "c2", quote: "auf 110.000", subject: "protesters", value: "[110000, 110000]", attribution: "Veranstalter" },
        { id: "c3", quote: "etwa 70.000 Teilnehmenden", subject: "protesters", value: "[63000, 77000]", place: "Quebec", attribution: "Umweltministerium der Provinz Québec" },
        { id: "c4", quote: "Vier von zehn Teilnehmenden", subject: "protesters", qualifier: "under 25", value: "[40, 40]", unit: "%", attribution: "Forscher der Concordia-Universität" },
        { id: "c5", quote: "Die Hälfte", subject: "protesters", qualifier: "first-time", value: "[50, 50]", unit: "%", attribution: "Forscher der Concordia-Universität" },
        { id: "c6", quote: "14 Festnahmen", subject: "arrests", value: "[14, 14]" },
        { id: "c7", quote: "drei leicht verletzten Beamten", subject: "injured", qualifier: "police", value: "[3, 3]" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2033-09-26",
      outlet: "The Montreal Standard",
      text: [
        "'We were 112,000 in Montreal alone': climate coalition stands by its count",
        "Two days after Saturday's climate march, the Coalition Climat Québec has raised its estimate of the crowd. We asked its spokesperson, Élodie Marchand, where the numbers come from.",
        "You first said more than 100,000. Now it is 112,000. Why?\n'We had volunteers with hand counters at points all along the route. When we added up their tallies on Sunday night, we came to 112,000 in Montreal alone. Across Quebec, with Quebec City, Sherbrooke, Gatineau and the smaller towns, it was close to 140,000.'",
        "The police say about 36,000.\n'The police counted from one set of photographs in the early afternoon. People joined and left all day. I don't say they lie. I say they counted a moment, not a day.'",
        "The province's environment ministry says 70,000 across Quebec.\n'That figure cannot be right if Montreal alone had more. We have asked them how they arrived at it.'",
        "How many volunteers did you have?\n'About 300, most of them students.'",
        "Marchand, 29, has been the coalition's spokesperson since 2031.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "112,000 in Montreal alone", occurrence: 1, subject: "protesters", value: "[112000, 112000]", place: "Montreal", attribution: "climate coalition" },
        { id: "c2", quote: "Saturday's climate march", subject: "march", value: "2033-09-24..2033-09-24 day" },
        { id: "c3", quote: "more than 100,000", subject: "protesters", value: "(100000, ∞)", attribution: "Élodie Marchand" },
        { id: "c4", quote: "Now it is 112,000", subject: "protesters", value: "[112000, 112000]", attribution: "Élodie Marchand" },
        { id: "c5", quote: "112,000 in Montreal alone", occurrence: 2, subject: "protesters", value: "[112000, 112000]", place: "Montreal", attribution: "Élodie Marchand" },
        { id: "c6", quote: "close to 140,000", subject: "protesters", value: "[126000, 140000)", place: "Quebec", attribution: "Élodie Marchand" },
        { id: "c7", quote: "about 36,000", subject: "protesters", value: "[32400, 39600]", attribution: "police" },
        { id: "c8", quote: "70,000 across Quebec", subject: "protesters", value: "[70000, 70000]", place: "Quebec", attribution: "province's environment ministry" },
        { id: "c9", quote: "About 300", subject: "volunteers", value: "[270, 330]", attribution: "Élodie Marchand" },
      ],
    },
    {
      id: "en-4",
      language: "en",
      publishedAt: "2033-09-26",
      outlet: "Townships Gazette",
      text: [
        "Sherbrooke march bigger than first thought, organizers say",
        "SHERBROOKE — The local climate march on Saturday drew 3,200 people, organizers said Monday, revising their first estimate of 2,500 after comparing photos taken from the roof of city hall. Sherbrooke police, who did not publish a figure over the weekend, now put the crowd at about 1,800.",
        "\"Even the lower number is a record for this city,\" said Mathieu Paquette, 34, a graduate student who helped organize the march. In a city of some 175,000 people, that may well be true.",
        "Not everyone marched at home. The coalition chartered 14 buses that took around 700 people from Sherbrooke to the main march in Montreal.",
        "Police reported no arrests in Sherbrooke. The march set off at 11 a.m. from the university campus and ended two hours later outside city hall.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "on Saturday", subject: "march", value: "2033-09-24..2033-09-24 day" },
        { id: "c2", quote: "3,200 people", subject: "protesters", value: "[3200, 3200]", place: "Sherbrooke", attribution: "organizers" },
        { id: "c3", quote: "first estimate of 2,500", subject: "protesters", value: "[2500, 2500]", place: "Sherbrooke", attribution: "organizers", certainty: "denied" },
        { id: "c4", quote: "about 1,800", subject: "protesters", value: "[1620, 1980]", place: "Sherbrooke", attribution: "Sherbrooke police" },
        { id: "c5", quote: "14 buses", subject: "buses", value: "[14, 14]" },
        { id: "c6", quote: "around 700 people", subject: "protesters", qualifier: "from Sherbrooke in Montreal", value: "[630, 770]" },
        { id: "c7", quote: "no arrests", subject: "arrests", value: "[0, 0]", place: "Sherbrooke", attribution: "Police" },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c4", b: "en-1#c5", conflicting: true, why: "same march: police around 35,000 vs organizers more than 100,000" },
    { a: "de-1#c4", b: "de-1#c3", conflicting: true, why: "same march: police about 35,000 vs organisers over 100,000" },
    { a: "de-2#c2", b: "de-2#c3", conflicting: true, why: "organisers' 110,000 in Montreal exceeds the ministry's 70,000 for the whole province" },
    { a: "en-3#c5", b: "en-3#c8", conflicting: true, why: "a part exceeding its whole: 112,000 in Montreal vs 70,000 across Quebec" },
    { a: "en-3#c6", b: "de-2#c3", conflicting: true, why: "whole province on the same day of marching: close to 140,000 vs about 70,000" },
    { a: "de-2#c1", b: "de-2#c2", conflicting: true, why: "same march: police about 36,000 vs organisers 110,000" },
    { a: "en-4#c2", b: "en-4#c4", conflicting: true, why: "Sherbrooke march: organizers 3,200 vs police about 1,800" },
    { a: "en-1#c7", b: "en-4#c2", conflicting: true, why: "Sherbrooke march: the organizers' first count of 2,500 vs their revised 3,200" },
    { a: "de-1#c6", b: "en-4#c4", conflicting: true, why: "Sherbrooke march: organisers about 2,500 vs police about 1,800" },
    { a: "en-4#c4", b: "en-1#c6", conflicting: false, why: "different places: Sherbrooke vs Quebec City" },
    { a: "en-4#c6", b: "en-4#c2", conflicting: false, why: "Sherbrooke people who marched in Montreal vs the march at home: different qualifiers" },
    { a: "en-1#c6", b: "en-1#c4", conflicting: false, why: "different places: Quebec City vs the Montreal march" },
    { a: "en-1#c4", b: "en-2#c1", conflicting: false, why: "overlapping police figures: around 35,000 vs about 36,000" },
    { a: "de-1#c7", b: "de-1#c4", conflicting: false, why: "crowd grew during the afternoon: 30,000 at 15.20 vs about 35,000 in the evening" },
    { a: "en-1#c8", b: "en-2#c3", conflicting: false, why: "arrests rose from 12 on Saturday to 14 in the final count" },
    { a: "en-2#c4", b: "en-2#c5", conflicting: false, why: "different qualifiers: mischief vs assault" },
    { a: "en-1#c5", b: "en-3#c4", conflicting: false, why: "overlapping: more than 100,000 vs 112,000" },
    { a: "de-1#c9", b: "de-1#c3", conflicting: false, why: "registered figure vs the organisers' count: different qualifiers" },
    { a: "de-2#c4", b: "de-2#c5", conflicting: false, why: "different qualifiers: under 25 vs first-time marchers" },
    { a: "en-1#c7", b: "de-1#c6", conflicting: false, why: "same Sherbrooke march, overlapping" },
  ],
};
