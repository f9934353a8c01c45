import type { EvalEvent } from "../schema";

/**
 * Tuning event (disaster), written 2026-12-02 (ninth batch) without reading the rules and labelled
 * before the extractor read it: thunderstorms with hail and flash floods in the Austrian state of Styria
 * on Sunday evening, 13 July 2031, to the damage estimates of Thursday, 17 July. A real state, districts
 * and towns (Southeast Styria, Leibnitz, Feldbach, Gleisdorf) with invented people, figures and outlets.
 * The state is named in a sentence or two; most figures then stand bare ("Insgesamt 2.300 Einsätzen",
 * "rose to four"), next to figures for districts and towns. Police against the state government on the
 * first day (two dead against three); the toll rising to four and five; firefighters' call-outs rising
 * from more than 1,100 to 3,150; households without power at the peak (24,000 against 31,000); evacuees
 * in Gleisdorf (150 against about 200); the mayor of Feldbach's damaged houses above the state's count
 * for the whole state on the same day, and his town's damage above the state's estimate (parts
 * exceeding their whole); the state against a hail insurer and an insurers' association on damage;
 * injured counted by the Red Cross and by rescue services; emergency aid raised from €5m to €12m.
 * Traps: a 67-year-old, a 23-year-old, a 71-year-old, a 54-year-old, a phone number, the road "L 201",
 * a hotline's hours, a house number, the "Disaster Relief Act of 1986", "Vier Tage nach".
 */
export const styriaStorm: EvalEvent = {
  id: "tuning-disaster-styria-storm-2031",
  kind: "disaster",
  title: "Storms and flash floods in Styria, Austria (July 2031)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2031-07-14",
      outlet: "Alpenland-Presse",
      text: [
        "Unwetter in der Steiermark: Zwei Tote, mehr als 1.100 Einsätze",
        "GRAZ – Schwere Gewitter mit Hagel und Starkregen haben am Sonntagabend weite Teile der Steiermark getroffen. Zwei Menschen kamen ums Leben, wie die Landespolizeidirektion am Montag mitteilte: Ein 67-jähriger Mann wurde in Feldbach von einem umstürzenden Baum erschlagen, eine Autofahrerin ertrank in einer überfluteten Unterführung bei Leibnitz.",
        "Der Landesfeuerwehrverband zählte bis Montagfrüh mehr als 1.100 Einsätze. Rund 6.500 Feuerwehrleute aus 380 Wehren waren unterwegs. Am stärksten betroffen ist der Bezirk Südoststeiermark mit allein 420 Einsätzen.",
        "In der Spitze waren in der Nacht etwa 24.000 Haushalte ohne Strom, teilte der Energieversorger mit. In Gleisdorf mussten 150 Menschen ihre Häuser verlassen, weil die Raab über die Ufer trat.",
        "Hinweise nimmt die Polizei unter 059 133 6000 entgegen. Die Landesstraße L 201 bleibt bis auf Weiteres gesperrt.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Zwei Tote", subject: "dead", value: "[2, 2]" },
        { id: "c2", quote: "mehr als 1.100 Einsätze", occurrence: 1, subject: "Einsatz", value: "(1100, ∞)" },
        { id: "c3", quote: "am Sonntagabend", subject: "Gewitter", value: "2031-07-13..2031-07-13 day" },
        { id: "c4", quote: "Zwei Menschen kamen ums Leben", subject: "dead", value: "[2, 2]", attribution: "Landespolizeidirektion" },
        { id: "c5", quote: "mehr als 1.100 Einsätze", occurrence: 2, subject: "Einsatz", value: "(1100, ∞)", asOf: "2031-07-14", attribution: "Landesfeuerwehrverband" },
        { id: "c6", quote: "Rund 6.500 Feuerwehrleute", subject: "Feuerwehrleute", value: "[5850, 7150]" },
        { id: "c7", quote: "380 Wehren", subject: "Wehr", value: "[380, 380]" },
        { id: "c8", quote: "allein 420 Einsätzen", subject: "Einsatz", value: "[420, 420]", place: "Southeast Styria" },
        { id: "c9", quote: "etwa 24.000 Haushalte ohne Strom", subject: "households", qualifier: "without power", value: "[21600, 26400]", asOf: "2031-07-13..2031-07-14", attribution: "Energieversorger" },
        { id: "c10", quote: "150 Menschen ihre Häuser verlassen", subject: "displaced", value: "[150, 150]", place: "Gleisdorf" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2031-07-14",
      outlet: "Central Europe Wire",
      text: [
        "Storms kill three in Austria's Styria as firefighters answer 1,400 call-outs",
        "VIENNA — Violent thunderstorms with hail and flash floods killed three people in the Austrian state of Styria on Sunday evening and overnight, the state government said on Monday. Besides a man hit by a falling tree in Feldbach and a driver who drowned near Leibnitz, a 23-year-old cyclist was swept away by a swollen stream near Weiz and found dead on Monday morning.",
        "Firefighters had answered about 1,400 call-outs by Monday noon, a spokesman for the state fire brigade association said. Around 7,000 firefighters were deployed. In the district of Leibnitz alone there were 510 call-outs.",
        "The regional power utility said 31,000 households had lost power at the peak of the storm, at 10.40 p.m. on Sunday. Some 200 residents of Gleisdorf were evacuated as the Raab river burst its banks.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "kill three", subject: "dead", value: "[3, 3]" },
        { id: "c2", quote: "1,400 call-outs", occurrence: 1, subject: "call-out", value: "[1400, 1400]" },
        { id: "c3", quote: "on Sunday evening", subject: "thunderstorm", value: "2031-07-13..2031-07-13 day" },
        { id: "c4", quote: "killed three people", subject: "dead", value: "[3, 3]", attribution: "state government" },
        { id: "c5", quote: "about 1,400 call-outs", subject: "call-out", value: "[1260, 1540]", asOf: "2031-07-14", attribution: "state fire brigade association" },
        { id: "c6", quote: "Around 7,000 firefighters", subject: "firefighter", value: "[6300, 7700]" },
        { id: "c7", quote: "510 call-outs", subject: "call-out", value: "[510, 510]", place: "Leibnitz" },
        { id: "c8", quote: "31,000 households", subject: "households", qualifier: "without power", value: "[31000, 31000]", asOf: "2031-07-13", attribution: "regional power utility" },
        { id: "c9", quote: "Some 200 residents of Gleisdorf were evacuated", subject: "displaced", value: "[180, 220]", place: "Gleisdorf" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2031-07-15",
      outlet: "Grazer Morgenpost",
      text: [
        "Unwetter-Bilanz: Zahl der Toten steigt auf vier",
        "GRAZ – Zwei Tage nach den schweren Gewittern in der Steiermark ist die Zahl der Todesopfer auf vier gestiegen. Ein vermisster 71-Jähriger wurde tot aus der Raab bei Fehring geborgen, teilte die Polizei mit. Ein weiterer Mann wird noch vermisst. Das Bundesheer stellte Soldaten für die Aufräumarbeiten bereit.",
        "Die Feuerwehren rückten bis Dienstagmittag zu insgesamt 2.300 Einsätzen aus. Laut Landeswarnzentrale wurden bislang 480 beschädigte Gebäude gemeldet. Der Bürgermeister von Feldbach, Anton Pichler, sagte dagegen, allein in seiner Stadt seien mehr als 600 Häuser beschädigt, viele Keller stünden noch unter Wasser.",
        "Die Landesregierung schätzt den Schaden auf mindestens 40 Millionen Euro und beschloss eine Soforthilfe von fünf Millionen Euro. Die Hotline für Betroffene ist werktags von 8 bis 16 Uhr erreichbar.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "steigt auf vier", subject: "dead", value: "[4, 4]" },
        { id: "c2", quote: "auf vier gestiegen", subject: "dead", value: "[4, 4]" },
        { id: "c3", quote: "Ein weiterer Mann wird noch vermisst", subject: "missing", value: "[1, 1]" },
        { id: "c4", quote: "insgesamt 2.300 Einsätzen", subject: "Einsatz", value: "[2300, 2300]", asOf: "2031-07-15" },
        { id: "c5", quote: "480 beschädigte Gebäude", subject: "buildings", qualifier: "damaged", value: "[480, 480]", attribution: "Landeswarnzentrale" },
        { id: "c6", quote: "mehr als 600 Häuser beschädigt", subject: "buildings", qualifier: "damaged", value: "(600, ∞)", place: "Feldbach", attribution: "Bürgermeister von Feldbach, Anton Pichler" },
        { id: "c7", quote: "mindestens 40 Millionen Euro", subject: "cost", value: "[40000000, ∞)", unit: "EUR", attribution: "Landesregierung" },
        { id: "c8", quote: "Soforthilfe von fünf Millionen Euro", subject: "aid", value: "[5000000, 5000000]", unit: "EUR" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2031-07-15",
      outlet: "Alpine Times",
      text: [
        "Styria storm toll rises to 4 as damage put at €40m",
        "GRAZ — The death toll from Sunday's storms in southeastern Austria rose to four on Tuesday after the body of a 71-year-old man was recovered from the Raab river near Fehring. One man remains missing.",
        "The state government put the damage at €40 million or more and approved €5 million in emergency aid. Firefighters had been called out more than 2,600 times by Tuesday evening, 1,050 of them in the district of Southeast Styria.",
        "About 520 buildings had been reported damaged, the state warning centre said, among them 90 farms. In Feldbach, where the mayor spoke of more than 600 damaged homes, volunteers cleared mud from the main square; the town's school at Ringstraße 7 will serve as a shelter until Friday.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "toll rises to 4", subject: "dead", value: "[4, 4]" },
        { id: "c2", quote: "€40m", subject: "cost", value: "[40000000, 40000000]", unit: "EUR" },
        { id: "c3", quote: "Sunday's storms", subject: "storm", value: "2031-07-13..2031-07-13 day" },
        { id: "c4", quote: "rose to four", subject: "dead", value: "[4, 4]" },
        { id: "c5", quote: "One man remains missing", subject: "missing", value: "[1, 1]" },
        { id: "c6", quote: "€40 million or more", subject: "cost", value: "[40000000, ∞)", unit: "EUR", attribution: "state government" },
        { id: "c7", quote: "€5 million in emergency aid", subject: "aid", value: "[5000000, 5000000]", unit: "EUR", attribution: "state government" },
        { id: "c8", quote: "more than 2,600 times", subject: "call-out", value: "(2600, ∞)", asOf: "2031-07-15" },
        { id: "c9", quote: "1,050 of them", subject: "call-out", value: "[1050, 1050]", place: "Southeast Styria", asOf: "2031-07-15" },
        { id: "c10", quote: "About 520 buildings", subject: "buildings", qualifier: "damaged", value: "[468, 572]", attribution: "state warning centre" },
        { id: "c11", quote: "90 farms", subject: "farm", qualifier: "damaged", value: "[90, 90]", attribution: "state warning centre" },
        { id: "c12", quote: "more than 600 damaged homes", subject: "buildings", qualifier: "damaged", value: "(600, ∞)", place: "Feldbach", attribution: "mayor" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2031-07-17",
      outlet: "Kleine Landeszeitung",
      text: [
        "Nach dem Unwetter: Fünf Tote, Schaden bei 62 Millionen Euro",
        "GRAZ – Vier Tage nach den Gewittern in der Steiermark ist auch der zuletzt vermisste Mann tot aufgefunden worden. Die Leiche des 54-Jährigen lag in einem Maisfeld bei Feldbach. Damit kamen insgesamt fünf Menschen ums Leben, zwei davon im Bezirk Südoststeiermark.",
        "Die Landesregierung bezifferte den Schaden am Donnerstag auf rund 62 Millionen Euro, davon 25 Millionen Euro in der Landwirtschaft. Die Hagelversicherung schätzt allein die Schäden in der Landwirtschaft dagegen auf 30 Millionen Euro. Die Soforthilfe wird auf zwölf Millionen Euro aufgestockt.",
        "Seit Sonntag rückten die Feuerwehren zu 3.150 Einsätzen aus, mehr als 9.000 Feuerwehrleute standen im Dienst. Nach Angaben des Roten Kreuzes wurden 38 Menschen verletzt, die meisten leicht.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Fünf Tote", subject: "dead", value: "[5, 5]" },
        { id: "c2", quote: "Schaden bei 62 Millionen Euro", subject: "cost", value: "[62000000, 62000000]", unit: "EUR" },
        { id: "c3", quote: "insgesamt fünf Menschen ums Leben", subject: "dead", value: "[5, 5]" },
        { id: "c4", quote: "zwei davon im Bezirk Südoststeiermark", subject: "dead", value: "[2, 2]", place: "Southeast Styria" },
        { id: "c5", quote: "rund 62 Millionen Euro", subject: "cost", value: "[55800000, 68200000]", unit: "EUR", attribution: "Landesregierung" },
        { id: "c6", quote: "davon 25 Millionen Euro in der Landwirtschaft", subject: "cost", qualifier: "agriculture", value: "[25000000, 25000000]", unit: "EUR", attribution: "Landesregierung" },
        { id: "c7", quote: "auf 30 Millionen Euro", subject: "cost", qualifier: "agriculture", value: "[30000000, 30000000]", unit: "EUR", attribution: "Hagelversicherung" },
        { id: "c8", quote: "auf zwölf Millionen Euro aufgestockt", subject: "aid", value: "[12000000, 12000000]", unit: "EUR" },
        { id: "c9", quote: "zu 3.150 Einsätzen", subject: "Einsatz", value: "[3150, 3150]", asOf: "2031-07-13..2031-07-17" },
        { id: "c10", quote: "mehr als 9.000 Feuerwehrleute", subject: "Feuerwehrleute", value: "(9000, ∞)" },
        { id: "c11", quote: "38 Menschen verletzt", subject: "injured", value: "[38, 38]", attribution: "Rotes Kreuz" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2031-07-17",
      outlet: "Vienna Report",
      text: [
        "Austrian storm damage put at more than €80m as farmers count losses",
        "GRAZ — Insurers estimate that the hail and flooding in Styria caused more than €80 million in damage, well above the state government's figure, the Austrian Insurance Association said on Thursday. Farm damage alone accounts for €30 million, it said.",
        "Five people died in the storms, the last of them a 54-year-old man whose body was found near Feldbach. Rescue services said 41 people were injured, six of them seriously.",
        "Feldbach's mayor put the damage in his town alone at €70 million, a sum the state's disaster fund, set up under the Disaster Relief Act of 1986, cannot cover. The state has raised its emergency aid to €12 million.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "more than €80m", subject: "cost", value: "(80000000, ∞)", unit: "EUR" },
        { id: "c2", quote: "more than €80 million in damage", subject: "cost", value: "(80000000, ∞)", unit: "EUR", attribution: "Austrian Insurance Association" },
        { id: "c3", quote: "€30 million", subject: "cost", qualifier: "agriculture", value: "[30000000, 30000000]", unit: "EUR", attribution: "Austrian Insurance Association" },
        { id: "c4", quote: "Five people died", subject: "dead", value: "[5, 5]" },
        { id: "c5", quote: "41 people were injured", subject: "injured", value: "[41, 41]", attribution: "Rescue services" },
        { id: "c6", quote: "six of them seriously", subject: "injured", qualifier: "seriously", value: "[6, 6]", attribution: "Rescue services" },
        { id: "c7", quote: "€70 million", subject: "cost", value: "[70000000, 70000000]", unit: "EUR", place: "Feldbach", attribution: "Feldbach's mayor" },
        { id: "c8", quote: "€12 million", subject: "aid", value: "[12000000, 12000000]", unit: "EUR" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c4", b: "en-1#c4", conflicting: true, why: "same day, police two dead vs state government three" },
    { a: "de-1#c5", b: "en-1#c5", conflicting: false, why: "overlapping values: more than 1,100 vs about 1,400 call-outs" },
    { a: "de-1#c9", b: "en-1#c8", conflicting: true, why: "households without power at the same peak, about 24,000 vs 31,000" },
    { a: "de-1#c10", b: "en-1#c9", conflicting: true, why: "same town, same day: 150 vs some 200 evacuated" },
    { a: "de-1#c8", b: "en-1#c7", conflicting: false, why: "different districts (Southeast Styria vs Leibnitz)" },
    { a: "en-1#c4", b: "de-2#c2", conflicting: false, why: "toll rose from three on Monday to four on Tuesday" },
    { a: "de-2#c6", b: "de-2#c5", conflicting: true, why: "a town's damaged houses exceed the state's count for the whole state on the same day" },
    { a: "de-2#c5", b: "en-2#c10", conflicting: false, why: "overlapping values: 480 vs about 520 damaged buildings" },
    { a: "en-2#c12", b: "en-2#c10", conflicting: true, why: "part (Feldbach, more than 600) exceeds the whole (about 520)" },
    { a: "en-2#c9", b: "en-2#c8", conflicting: false, why: "a district's call-outs are part of the state's total" },
    { a: "de-2#c4", b: "en-2#c8", conflicting: false, why: "different times: 2,300 by Tuesday noon, more than 2,600 by Tuesday evening" },
    { a: "de-1#c8", b: "en-2#c9", conflicting: false, why: "the district's call-outs rose from 420 on Monday to 1,050 on Tuesday" },
    { a: "de-3#c6", b: "de-3#c7", conflicting: true, why: "same day, farm damage €25m (state) vs €30m (hail insurer)" },
    { a: "de-3#c5", b: "en-3#c2", conflicting: true, why: "same day, damage about €62m (state) vs more than €80m (insurers)" },
    { a: "en-3#c7", b: "de-3#c5", conflicting: true, why: "one town's damage (€70m) exceeds the state's estimate for the whole state on the same day" },
    { a: "en-3#c7", b: "en-3#c2", conflicting: false, why: "a town's damage is part of the insurers' total" },
    { a: "de-3#c11", b: "en-3#c5", conflicting: true, why: "same day, 38 injured (Red Cross) vs 41 (rescue services)" },
    { a: "en-3#c5", b: "en-3#c6", conflicting: false, why: "different qualifiers: all injured vs seriously injured" },
    { a: "de-3#c3", b: "de-3#c4", conflicting: false, why: "a district's dead are part of the total" },
    { a: "de-2#c8", b: "de-3#c8", conflicting: false, why: "aid raised from €5m on Tuesday to €12m on Thursday" },
    { a: "de-2#c7", b: "de-3#c5", conflicting: false, why: "the state's estimate rose over two days" },
    { a: "de-3#c1", b: "en-3#c4", conflicting: false, why: "identical: five dead" },
  ],
};
