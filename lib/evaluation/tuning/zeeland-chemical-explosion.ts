import type { EvalEvent } from "../schema";

/**
 * Tuning event (disaster), written 2026-12-03 (twelfth batch) without reading the rules and labelled
 * before the extractor read it: an explosion at an invented chemical works in the Dutch port of
 * Terneuzen (Zeeland) on the afternoon of Tuesday, 14 June 2033, to an explainer of Friday, 17 June.
 * Real towns with an invented company, people, broadcaster and outlets. A German live ticker whose
 * entries run newest first (the toll rising within one day), an agency wire whose headline disagrees
 * with a broadcaster on the same day, a British paper reporting eight dead on the day a German wire
 * corrects the toll down to seven (a toll that falls), evacuations on both sides of the border
 * (Sluiskil next to Zelzate in Belgium: scope pairs, and two counts for Zelzate on one day), the
 * injured rising and those in intensive care falling, a German-language Belgian regional paper with
 * local detail from Zelzate (beds set up and used, donations), an explainer in questions and answers with a
 * damage range and a hedged loss. Traps: times of day ("15.31 Uhr", "3.31 p.m."), ages, a plant unit
 * number, years, durations.
 */
export const zeelandChemicalExplosion: EvalEvent = {
  id: "tuning-disaster-zeeland-chemical-explosion-2033",
  kind: "disaster",
  title: "Explosion at a chemical works in Terneuzen, Zeeland, Netherlands (June 2033)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2033-06-14",
      outlet: "Nordwest-Ticker",
      text: [
        "Explosion in Chemiewerk bei Terneuzen: Mindestens vier Tote – der Liveticker",
        "+++ 18:40 Uhr +++ Die Sicherheitsregion Zeeland meldet inzwischen mindestens vier Tote. Mehr als 30 Menschen seien verletzt worden, acht davon lebensgefährlich, sagte eine Sprecherin. Zwei Arbeiter werden noch vermisst.",
        "+++ 17:15 Uhr +++ Nach Angaben der Feuerwehr sind rund 120 Einsatzkräfte vor Ort, auch aus dem benachbarten Belgien. Der Bürgermeister von Terneuzen spricht von der „schwärzesten Stunde unserer Stadt“.",
        "+++ 16:20 Uhr +++ Die Behörden bestätigen zwei Tote. Anwohner sollen Fenster und Türen geschlossen halten und die Klimaanlage ausschalten.",
        "+++ 15:47 Uhr +++ Im Werk der Firma Scheldechem am Kanal nach Gent hat es um 15.31 Uhr eine schwere Explosion gegeben. Über dem Hafen steht eine schwarze Rauchsäule. Augenzeugen berichten von einem zweiten Knall etwa zehn Minuten später.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Mindestens vier Tote", subject: "dead", value: "[4, ∞)" },
        { id: "c2", quote: "mindestens vier Tote", subject: "dead", value: "[4, ∞)", attribution: "Sicherheitsregion Zeeland" },
        { id: "c3", quote: "Mehr als 30 Menschen", subject: "injured", value: "(30, ∞)", attribution: "Sprecherin" },
        { id: "c4", quote: "acht davon lebensgefährlich", subject: "injured", qualifier: "critical", value: "[8, 8]", attribution: "Sprecherin" },
        { id: "c5", quote: "Zwei Arbeiter", subject: "missing", value: "[2, 2]" },
        { id: "c6", quote: "rund 120 Einsatzkräfte", subject: "Einsatzkräfte", value: "[108, 132]", attribution: "Feuerwehr" },
        { id: "c7", quote: "zwei Tote", subject: "dead", value: "[2, 2]", attribution: "Behörden" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2033-06-14",
      outlet: "Low Countries Wire",
      text: [
        "Blast at Dutch chemical plant kills three, injures dozens",
        "TERNEUZEN, Netherlands (LCW) – An explosion tore through a chemical plant in the Dutch port of Terneuzen on Tuesday afternoon, killing at least three workers and injuring 27 others, emergency services said.",
        "The blast at the Scheldechem site, a few kilometres from the Belgian border, happened at around 3.30 p.m. in a unit making chlorine compounds, a company spokesman said. Fire crews had the blaze under control by 7 p.m.",
        "Regional broadcaster Omroep Zeeland, citing hospital staff, reported five dead. The regional safety authority said two people remained unaccounted for.",
        "About 400 residents of the nearby village of Sluiskil were evacuated as a precaution, the municipality said. The plant, opened in 1968, was last inspected in 2031.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "kills three", subject: "dead", value: "[3, 3]" },
        { id: "c2", quote: "injures dozens", subject: "injured", value: "[24, 99]" },
        { id: "c3", quote: "on Tuesday afternoon", subject: "explosion", value: "2033-06-14..2033-06-14 day" },
        { id: "c4", quote: "at least three workers", subject: "dead", value: "[3, ∞)", attribution: "emergency services" },
        { id: "c5", quote: "27 others", subject: "injured", value: "[27, 27]", attribution: "emergency services" },
        { id: "c6", quote: "five dead", subject: "dead", value: "[5, 5]", attribution: "Omroep Zeeland" },
        { id: "c7", quote: "two people", subject: "missing", value: "[2, 2]", attribution: "regional safety authority" },
        { id: "c8", quote: "About 400 residents", subject: "displaced", value: "[360, 440]", place: "Sluiskil", attribution: "municipality" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2033-06-15",
      outlet: "The Northern Courier",
      text: [
        "Dutch chemical blast: death toll rises to eight as smoke drifts into Belgium",
        "The number of people killed in Tuesday's explosion at a chemical works in the Netherlands has risen to eight, Dutch authorities said on Wednesday, after rescuers recovered the bodies of both missing workers and a man died of his burns overnight.",
        "Some 40 people were treated in hospital, nine of them in intensive care, the Zeeland safety region said. Among the injured were 11 firefighters, most of whom had breathed in fumes.",
        "Across the border, Belgian authorities evacuated around 1,500 residents of Zelzate as the plume drifted south on Tuesday night. The 58-year-old who died overnight had worked at the plant for 31 years, his union said.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "rises to eight", subject: "dead", value: "[8, 8]" },
        { id: "c2", quote: "Tuesday's explosion", subject: "explosion", value: "2033-06-14..2033-06-14 day" },
        { id: "c3", quote: "risen to eight", subject: "dead", value: "[8, 8]", attribution: "Dutch authorities" },
        { id: "c4", quote: "Some 40 people", subject: "injured", value: "[36, 44]", attribution: "Zeeland safety region" },
        { id: "c5", quote: "nine of them in intensive care", subject: "injured", qualifier: "intensive care", value: "[9, 9]", attribution: "Zeeland safety region" },
        { id: "c6", quote: "11 firefighters", subject: "injured", qualifier: "firefighters", value: "[11, 11]" },
        { id: "c7", quote: "around 1,500 residents", subject: "displaced", value: "[1350, 1650]", place: "Zelzate", attribution: "Belgian authorities" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2033-06-15",
      outlet: "Niederlande-Dienst (nla)",
      text: [
        "Chemieunglück in Terneuzen: Sieben Tote, Ermittlungen gegen Betreiber",
        "Den Haag/Terneuzen (nla) – Einen Tag nach der Explosion im Chemiewerk von Terneuzen hat die niederländische Staatsanwaltschaft Ermittlungen gegen den Betreiber Scheldechem eingeleitet. Bei dem Unglück am Dienstagnachmittag kamen nach jüngsten Angaben der Sicherheitsregion Zeeland sieben Menschen ums Leben. 43 Menschen wurden verletzt; neun schweben nach Auskunft der Ärzte noch in Lebensgefahr.",
        "Die Umweltbehörde maß am Mittwochmorgen in Sluiskil erhöhte Chlorwerte; die rund 400 evakuierten Anwohner dürfen vorerst nicht zurück. In Belgien wurden nach Angaben der Provinz Ostflandern etwa 1.200 Menschen aus Zelzate in Sicherheit gebracht.",
        "Der Werksleiter, 54, sprach von einem „technischen Versagen in Anlage 3“. Es sei der erste schwere Unfall seit der Eröffnung des Werks.",
        "Korrektur: In einer früheren Fassung dieser Meldung hieß es, acht Menschen seien ums Leben gekommen. Die Sicherheitsregion hat die Zahl auf sieben korrigiert, weil ein Opfer doppelt erfasst worden war.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Sieben Tote", subject: "dead", value: "[7, 7]" },
        { id: "c2", quote: "am Dienstagnachmittag", subject: "Unglück", value: "2033-06-14..2033-06-14 day" },
        { id: "c3", quote: "sieben Menschen ums Leben", subject: "dead", value: "[7, 7]", attribution: "Sicherheitsregion Zeeland" },
        { id: "c4", quote: "43 Menschen wurden verletzt", subject: "injured", value: "[43, 43]" },
        { id: "c5", quote: "neun schweben", subject: "injured", qualifier: "critical", value: "[9, 9]", attribution: "Ärzte" },
        { id: "c6", quote: "rund 400 evakuierten Anwohner", subject: "displaced", value: "[360, 440]", place: "Sluiskil" },
        { id: "c7", quote: "etwa 1.200 Menschen", subject: "displaced", value: "[1080, 1320]", place: "Zelzate", attribution: "Provinz Ostflandern" },
        { id: "c8", quote: "acht Menschen", subject: "dead", value: "[8, 8]", attribution: "Sicherheitsregion", certainty: "denied" },
        { id: "c9", quote: "auf sieben korrigiert", subject: "dead", value: "[7, 7]", attribution: "Sicherheitsregion" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2033-06-16",
      outlet: "Ostbelgien-Kurier",
      text: [
        "Zelzate atmet auf: Die meisten Evakuierten sind zurück",
        "Zelzate/Eupen – Zwei Tage nach der Explosion im niederländischen Terneuzen sind die meisten der rund 1.300 evakuierten Einwohner von Zelzate seit dem Vormittag wieder in ihren Häusern. Nur in der Nähe des Kanals bleiben nach Angaben der Gemeinde noch 85 Menschen in der Sporthalle an der Stationsstraat untergebracht.",
        "Bürgermeisterin Inge Vermeulen, 47, sagte, die Messwerte lägen wieder im Normalbereich. „Wir haben in der ersten Nacht mehr als 600 Betten aufgestellt. Gebraucht wurden am Ende 410.“",
        "Auch auf belgischer Seite gab es Verletzte: Zwölf Menschen aus Zelzate wurden mit gereizten Atemwegen im Krankenhaus von Gent behandelt, alle sind inzwischen entlassen.",
        "Die Zahl der Toten in Terneuzen gibt die niederländische Sicherheitsregion weiterhin mit sieben an. Belgische Hilfsorganisationen haben für Betroffene auf beiden Seiten der Grenze bislang 240.000 Euro an Spenden gesammelt.",
        "Die Gemeinde hat für Fragen ein Bürgertelefon eingerichtet: 09 342 00 00.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "rund 1.300 evakuierten Einwohner", subject: "displaced", value: "[1170, 1430]", place: "Zelzate" },
        { id: "c2", quote: "85 Menschen", subject: "displaced", qualifier: "still in shelter", value: "[85, 85]", place: "Zelzate", attribution: "Gemeinde" },
        { id: "c3", quote: "mehr als 600 Betten", subject: "Betten", value: "(600, ∞)", place: "Zelzate", attribution: "Bürgermeisterin Inge Vermeulen" },
        { id: "c4", quote: "Gebraucht wurden am Ende 410", subject: "Betten", qualifier: "used", value: "[410, 410]", place: "Zelzate", attribution: "Bürgermeisterin Inge Vermeulen" },
        { id: "c5", quote: "Zwölf Menschen aus Zelzate", subject: "injured", value: "[12, 12]", place: "Zelzate" },
        { id: "c6", quote: "mit sieben", subject: "dead", value: "[7, 7]", attribution: "niederländische Sicherheitsregion" },
        { id: "c7", quote: "240.000 Euro an Spenden", subject: "aid", qualifier: "donations", value: "[240000, 240000]", unit: "EUR", attribution: "Belgische Hilfsorganisationen" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2033-06-17",
      outlet: "Benelux Briefing",
      text: [
        "Terneuzen explosion: what we know so far",
        "How many people died? Seven, according to the Zeeland safety region, which on Wednesday lowered its count from eight after one victim had been registered twice. Five of the dead were Scheldechem employees; two worked for a cleaning contractor.",
        "How many were hurt? 46 people needed hospital treatment, up from 43 on Wednesday, because several firefighters reported breathing problems only later. Six are still in intensive care.",
        "Who had to leave home? Around 400 people in Sluiskil and about 1,300 in Zelzate, across the Belgian border. Most of the Belgian evacuees were allowed back on Thursday.",
        "How much damage? The company's insurer puts it at between €150m and €200m. The port authority says losses from closing the canal for two days could add up to €40m more.",
        "When did it happen? At 3.31 p.m. on Tuesday 14 June, in the plant's unit 3. The Dutch Safety Board expects to publish its report within 12 months.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Seven", subject: "dead", value: "[7, 7]", attribution: "Zeeland safety region" },
        { id: "c2", quote: "from eight", subject: "dead", value: "[8, 8]", attribution: "Zeeland safety region", certainty: "denied" },
        { id: "c3", quote: "Five of the dead", subject: "dead", qualifier: "employees", value: "[5, 5]" },
        { id: "c4", quote: "two worked for a cleaning contractor", subject: "dead", qualifier: "contractor", value: "[2, 2]" },
        { id: "c5", quote: "46 people", subject: "injured", value: "[46, 46]" },
        { id: "c6", quote: "up from 43", subject: "injured", value: "[43, 43]", asOf: "2033-06-15" },
        { id: "c7", quote: "Six are still in intensive care", subject: "injured", qualifier: "intensive care", value: "[6, 6]" },
        { id: "c8", quote: "Around 400 people", subject: "displaced", value: "[360, 440]", place: "Sluiskil" },
        { id: "c9", quote: "about 1,300", subject: "displaced", value: "[1170, 1430]", place: "Zelzate" },
        { id: "c10", quote: "between €150m and €200m", subject: "cost", value: "[150000000, 200000000]", unit: "EUR", attribution: "company's insurer" },
        { id: "c11", quote: "up to €40m", subject: "cost", qualifier: "canal closure", value: "[0, 40000000]", unit: "EUR", attribution: "port authority", certainty: "hedged" },
        { id: "c12", quote: "on Tuesday 14 June", subject: "explosion", value: "2033-06-14..2033-06-14 day" },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c1", b: "en-1#c6", conflicting: true, why: "toll on Tuesday: three in the headline vs Omroep Zeeland's five" },
    { a: "en-2#c3", b: "de-2#c3", conflicting: true, why: "toll on Wednesday: eight vs the corrected seven (a toll that falls)" },
    { a: "en-2#c7", b: "de-2#c7", conflicting: true, why: "Zelzate evacuees on the same day: around 1,500 vs about 1,200" },
    { a: "de-1#c7", b: "de-1#c2", conflicting: false, why: "toll rose during Tuesday afternoon from two to at least four" },
    { a: "de-1#c2", b: "en-1#c4", conflicting: false, why: "overlapping: at least four vs at least three" },
    { a: "en-1#c8", b: "en-2#c7", conflicting: false, why: "different places: Sluiskil vs Zelzate" },
    { a: "en-1#c5", b: "de-2#c4", conflicting: false, why: "injured rose from Tuesday to Wednesday" },
    { a: "de-2#c4", b: "en-3#c5", conflicting: false, why: "injured rose from 43 to 46 by Friday" },
    { a: "en-3#c3", b: "en-3#c4", conflicting: false, why: "different qualifiers: employees vs contractor's staff" },
    { a: "en-3#c1", b: "en-3#c3", conflicting: false, why: "the whole toll vs the employees among it" },
    { a: "en-2#c5", b: "en-3#c7", conflicting: false, why: "intensive care fell from nine to six over two days" },
    { a: "de-1#c5", b: "en-1#c7", conflicting: false, why: "same two missing" },
    { a: "en-1#c8", b: "de-2#c6", conflicting: false, why: "same Sluiskil evacuees, overlapping" },
    { a: "de-2#c7", b: "de-3#c1", conflicting: false, why: "overlapping Zelzate evacuee counts: about 1,200 vs about 1,300" },
    { a: "de-3#c1", b: "de-3#c2", conflicting: false, why: "all evacuees vs those still in shelter: different qualifiers and days" },
    { a: "de-3#c5", b: "en-3#c5", conflicting: false, why: "injured from Zelzate vs all injured: a part and its whole" },
    { a: "de-3#c6", b: "en-3#c1", conflicting: false, why: "same toll of seven" },
    { a: "en-3#c10", b: "en-3#c11", conflicting: false, why: "plant damage vs canal-closure losses: different qualifiers" },
  ],
};
