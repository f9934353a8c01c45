import type { EvalEvent } from "../schema";

/**
 * Tuning event (disaster), written 2026-12-01 (fifth batch) without reading the rules and labelled
 * before the extractor read it: an earthquake in the Dalmatian hinterland near Sinj, Croatia, in the
 * night to Saturday, 5 February 2028, to the toll of Tuesday, 8 February. A real region and town with
 * invented people, figures, broadcaster and outlets. The toll rising over four days (time pairs), one
 * broadcaster contradicting the civil protection authority on the same day, Sinj next to the whole
 * quake (scope pairs), the homeless counted by the authority and the Red Cross, buildings collapsed or
 * damaged, the injured and the missing rising and falling, damage estimates that overlap, aid from
 * Zagreb and from the EU. Numbers in words ("zwölf Tote", "Fourteen of the injured", "Zwei Menschen").
 * Traps: magnitudes, times of day, ordinals in words ("der dritte Tag", "the second aftershock", "zum
 * dritten Mal"), the town's population and its fall since 1991 (background, not a figure the quake
 * raises), "30 km", "31 hours", ages, years.
 */
export const croatiaEarthquake: EvalEvent = {
  id: "tuning-disaster-croatia-earthquake-2028",
  kind: "disaster",
  title: "Earthquake near Sinj in Dalmatia, Croatia (February 2028)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2028-02-05",
      outlet: "Südost-Nachrichten",
      text: [
        "Erdbeben in Kroatien: Mindestens zwölf Tote",
        "Ein schweres Erdbeben hat in der Nacht zum Samstag das Hinterland der kroatischen Küstenstadt Split erschüttert. Mindestens zwölf Menschen kamen ums Leben, mehr als 70 wurden verletzt, wie der kroatische Zivilschutz mitteilte. Das Beben der Stärke 6,3 ereignete sich um 3.12 Uhr Ortszeit; sein Zentrum lag nahe der Kleinstadt Sinj.",
        "Allein in Sinj, das rund 11.000 Einwohner zählt, starben nach Angaben des Bürgermeisters acht Menschen. Dutzende Häuser in der Altstadt stürzten ein. Rettungskräfte suchten in den Trümmern nach mindestens neun Vermissten.",
        "Rund 2.500 Menschen wurden in Zelten und Turnhallen untergebracht. Das zweite Nachbeben um 6.40 Uhr erreichte eine Stärke von 4,8 und ließ weitere Gebäude einstürzen.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Mindestens zwölf Tote", subject: "dead", value: "[12, ∞)" },
        { id: "c2", quote: "in der Nacht zum Samstag", subject: "Erdbeben", value: "2028-02-05..2028-02-05 day" },
        { id: "c3", quote: "Mindestens zwölf Menschen", subject: "dead", value: "[12, ∞)", attribution: "kroatischer Zivilschutz" },
        { id: "c4", quote: "mehr als 70", subject: "injured", value: "(70, ∞)", attribution: "kroatischer Zivilschutz" },
        { id: "c5", quote: "acht Menschen", subject: "dead", value: "[8, 8]", place: "Sinj", attribution: "Bürgermeister" },
        { id: "c6", quote: "Dutzende Häuser", subject: "buildings", qualifier: "collapsed", value: "[24, 99]", place: "Sinj" },
        { id: "c7", quote: "mindestens neun Vermissten", subject: "missing", value: "[9, ∞)" },
        { id: "c8", quote: "Rund 2.500 Menschen", subject: "displaced", value: "[2250, 2750]" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2028-02-05",
      outlet: "Adriatic Press Agency",
      text: [
        "Croatia earthquake kills at least eight, dozens injured",
        "ZAGREB — A magnitude 6.3 earthquake struck inland from the Croatian port city of Split before dawn on Saturday, killing at least eight people and injuring dozens, Croatia's civil protection authority said.",
        "Most of the victims were in Sinj, a town of about 11,000 people some 30 km from Split, where dozens of old stone houses collapsed. Fourteen of the injured were in a serious condition, doctors at the regional hospital said.",
        "The second aftershock, of magnitude 4.8, hit shortly before 7 a.m. Prime Minister Ivana Kordić said 150 soldiers had been sent to help with the search.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "kills at least eight", subject: "dead", value: "[8, ∞)" },
        { id: "c2", quote: "dozens injured", subject: "injured", value: "[24, 99]" },
        { id: "c3", quote: "on Saturday", subject: "earthquake", value: "2028-02-05..2028-02-05 day" },
        { id: "c4", quote: "at least eight people", subject: "dead", value: "[8, ∞)", attribution: "civil protection authority" },
        { id: "c5", quote: "injuring dozens", subject: "injured", value: "[24, 99]", attribution: "civil protection authority" },
        { id: "c6", quote: "dozens of old stone houses", subject: "buildings", qualifier: "collapsed", value: "[24, 99]", place: "Sinj" },
        { id: "c7", quote: "Fourteen of the injured", subject: "injured", qualifier: "serious", value: "[14, 14]", attribution: "doctors at the regional hospital" },
        { id: "c8", quote: "150 soldiers", subject: "troops", value: "[150, 150]", attribution: "Prime Minister Ivana Kordić" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2028-02-06",
      outlet: "Alpen-Adria-Zeitung",
      text: [
        "Zahl der Erdbebentoten in Kroatien steigt auf 19",
        "Einen Tag nach dem schweren Erdbeben in Dalmatien ist die Zahl der Todesopfer nach Angaben des kroatischen Zivilschutzes auf 19 gestiegen. 112 Menschen wurden verletzt, 23 von ihnen schwer. Vier Menschen gelten noch als vermisst.",
        "Die Behörden zählen inzwischen 340 eingestürzte oder schwer beschädigte Gebäude, davon 210 allein in Sinj. Rund 4.000 Menschen können nicht in ihre Häuser zurück. Das Rote Kreuz spricht sogar von mehr als 6.000 Obdachlosen.",
        "Am Sonntagmorgen bebte die Erde zum dritten Mal stärker; Verletzte gab es dabei nicht. Die Regierung in Zagreb gab 25 Millionen Euro Soforthilfe frei.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "steigt auf 19", subject: "dead", value: "[19, 19]" },
        { id: "c2", quote: "auf 19 gestiegen", subject: "dead", value: "[19, 19]", attribution: "kroatischer Zivilschutz" },
        { id: "c3", quote: "112 Menschen wurden verletzt", subject: "injured", value: "[112, 112]" },
        { id: "c4", quote: "23 von ihnen schwer", subject: "injured", qualifier: "serious", value: "[23, 23]" },
        { id: "c5", quote: "Vier Menschen", subject: "missing", value: "[4, 4]" },
        { id: "c6", quote: "340 eingestürzte oder schwer beschädigte Gebäude", subject: "buildings", qualifier: "collapsed or badly damaged", value: "[340, 340]", attribution: "Behörden" },
        { id: "c7", quote: "davon 210 allein in Sinj", subject: "buildings", qualifier: "collapsed or badly damaged", value: "[210, 210]", place: "Sinj", attribution: "Behörden" },
        { id: "c8", quote: "Rund 4.000 Menschen", subject: "displaced", value: "[3600, 4400]" },
        { id: "c9", quote: "mehr als 6.000 Obdachlosen", subject: "displaced", value: "(6000, ∞)", attribution: "Rotes Kreuz" },
        { id: "c10", quote: "25 Millionen Euro Soforthilfe", subject: "aid", qualifier: "Croatian government", value: "[25000000, 25000000]", unit: "EUR" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2028-02-06",
      outlet: "Adriatic Press Agency",
      text: [
        "Croatia quake toll rises to 19; thousands homeless",
        "SINJ, Croatia — The death toll from Saturday's earthquake in Croatia's Dalmatia region rose to 19 on Sunday, the civil protection authority said, as rescuers pulled a woman alive from the rubble of a house in Sinj after 31 hours. Local broadcaster Dalmacija TV, citing hospital sources, reported 21 dead.",
        "Fifteen of the dead were in Sinj, the town's mayor Ante Bralić said. About 4,000 people have been forced from their homes, according to the authority. The Red Cross put the number of homeless at more than 6,000 and said 1,200 of them were sleeping in cars.",
        "The government has released €25m in emergency aid. The European Union's civil protection mechanism was activated for Croatia for the first time since 2020.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "rises to 19", subject: "dead", value: "[19, 19]" },
        { id: "c2", quote: "thousands homeless", subject: "displaced", value: "[2000, 9999]" },
        { id: "c3", quote: "Saturday's earthquake", subject: "earthquake", value: "2028-02-05..2028-02-05 day" },
        { id: "c4", quote: "rose to 19", subject: "dead", value: "[19, 19]", attribution: "civil protection authority" },
        { id: "c5", quote: "21 dead", subject: "dead", value: "[21, 21]", attribution: "Dalmacija TV" },
        { id: "c6", quote: "Fifteen of the dead", subject: "dead", value: "[15, 15]", place: "Sinj", attribution: "mayor Ante Bralić" },
        { id: "c7", quote: "About 4,000 people", subject: "displaced", value: "[3600, 4400]", attribution: "authority" },
        { id: "c8", quote: "more than 6,000", subject: "displaced", value: "(6000, ∞)", attribution: "Red Cross" },
        { id: "c9", quote: "1,200 of them", subject: "displaced", qualifier: "sleeping in cars", value: "[1200, 1200]", attribution: "Red Cross" },
        { id: "c10", quote: "€25m in emergency aid", subject: "aid", qualifier: "Croatian government", value: "[25000000, 25000000]", unit: "EUR" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2028-02-07",
      outlet: "Grazer Morgenpost",
      text: [
        "Dritter Tag nach dem Beben: Kroatien stellt Suche nach Verschütteten ein",
        "Am dritten Tag nach dem Erdbeben in Dalmatien haben die kroatischen Behörden die Suche nach Verschütteten eingestellt. Die Zahl der Toten stieg bis Montagmittag auf 23, wie Innenminister Dario Perić sagte. Zwei Menschen werden weiterhin vermisst. In Sinj wurden bislang 17 Tote geborgen.",
        "Insgesamt wurden nach Angaben des Gesundheitsministeriums 131 Menschen verletzt, 19 davon liegen noch auf Intensivstationen. Die Schäden schätzt die Regierung auf mindestens 800 Millionen Euro; der Bürgermeister von Sinj rechnet allein für seine Stadt mit 300 Millionen Euro.",
        "Rund 3.500 Menschen sind weiterhin in Notunterkünften untergebracht. Sinj hatte 1991 noch knapp 14.000 Einwohner; seither ist die Stadt stetig geschrumpft.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "auf 23", subject: "dead", value: "[23, 23]", asOf: "2028-02-07", attribution: "Innenminister Dario Perić" },
        { id: "c2", quote: "Zwei Menschen", subject: "missing", value: "[2, 2]" },
        { id: "c3", quote: "17 Tote", subject: "dead", value: "[17, 17]", place: "Sinj" },
        { id: "c4", quote: "131 Menschen verletzt", subject: "injured", value: "[131, 131]", attribution: "Gesundheitsministerium" },
        { id: "c5", quote: "19 davon", subject: "injured", qualifier: "intensive care", value: "[19, 19]", attribution: "Gesundheitsministerium" },
        { id: "c6", quote: "mindestens 800 Millionen Euro", subject: "cost", value: "[800000000, ∞)", unit: "EUR", attribution: "Regierung" },
        { id: "c7", quote: "300 Millionen Euro", subject: "cost", value: "[300000000, 300000000]", unit: "EUR", place: "Sinj", attribution: "Bürgermeister von Sinj" },
        { id: "c8", quote: "Rund 3.500 Menschen", subject: "displaced", value: "[3150, 3850]" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2028-02-08",
      outlet: "Southeast Europe Monitor",
      text: [
        "Croatia earthquake toll reaches 24 as damage estimate tops €1bn",
        "ZAGREB — The number of people killed in Saturday's earthquake in Dalmatia rose to 24 on Tuesday after a man injured in Sinj died in hospital in Split, the health ministry said. One person remains missing.",
        "A rapid assessment by the World Bank put the damage at about €1.1bn, above the government's earlier estimate of at least €800m. Some 380 buildings collapsed or must be demolished, 230 of them in Sinj.",
        "The European Commission pledged €40m in aid on Monday, on top of the €25m released by Zagreb. A 72-year-old survivor told local television she had also lived through the 1986 quake.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "reaches 24", subject: "dead", value: "[24, 24]" },
        { id: "c2", quote: "tops €1bn", subject: "cost", value: "(1000000000, ∞)", unit: "EUR" },
        { id: "c3", quote: "Saturday's earthquake", subject: "earthquake", value: "2028-02-05..2028-02-05 day" },
        { id: "c4", quote: "rose to 24", subject: "dead", value: "[24, 24]", attribution: "health ministry" },
        { id: "c5", quote: "One person", subject: "missing", value: "[1, 1]" },
        { id: "c6", quote: "about €1.1bn", subject: "cost", value: "[990000000, 1210000000]", unit: "EUR", attribution: "World Bank" },
        { id: "c7", quote: "at least €800m", subject: "cost", value: "[800000000, ∞)", unit: "EUR", attribution: "government" },
        { id: "c8", quote: "Some 380 buildings", subject: "buildings", qualifier: "collapsed or to be demolished", value: "[342, 418]" },
        { id: "c9", quote: "230 of them in Sinj", subject: "buildings", qualifier: "collapsed or to be demolished", value: "[230, 230]", place: "Sinj" },
        { id: "c10", quote: "€40m in aid", subject: "aid", qualifier: "EU", value: "[40000000, 40000000]", unit: "EUR" },
        { id: "c11", quote: "on Monday", subject: "aid", qualifier: "EU", value: "2028-02-07..2028-02-07 day" },
        { id: "c12", quote: "€25m", subject: "aid", qualifier: "Croatian government", value: "[25000000, 25000000]", unit: "EUR" },
      ],
    },
  ],
  pairs: [
    { a: "en-2#c4", b: "en-2#c5", conflicting: true, why: "toll on Sunday: civil protection 19 vs Dalmacija TV 21" },
    { a: "de-2#c8", b: "de-2#c9", conflicting: true, why: "homeless on Sunday: about 4,000 vs the Red Cross's more than 6,000" },
    { a: "en-2#c7", b: "en-2#c8", conflicting: true, why: "homeless on Sunday: authority about 4,000 vs Red Cross more than 6,000" },
    { a: "de-2#c2", b: "en-2#c5", conflicting: true, why: "toll on Sunday: civil protection 19 vs Dalmacija TV 21" },
    { a: "de-1#c3", b: "en-1#c4", conflicting: false, why: "overlapping: at least twelve vs at least eight" },
    { a: "de-1#c3", b: "de-2#c2", conflicting: false, why: "toll rose from Saturday to Sunday" },
    { a: "de-2#c2", b: "en-2#c4", conflicting: false, why: "same toll of 19" },
    { a: "de-2#c6", b: "de-2#c7", conflicting: false, why: "all buildings vs Sinj's" },
    { a: "de-1#c5", b: "en-2#c6", conflicting: false, why: "Sinj's dead on Saturday vs Sunday: rose over time" },
    { a: "de-3#c1", b: "de-3#c3", conflicting: false, why: "the whole toll vs Sinj's" },
    { a: "de-3#c6", b: "en-3#c6", conflicting: false, why: "overlapping: at least €800m vs about €1.1bn" },
    { a: "de-3#c6", b: "de-3#c7", conflicting: false, why: "the whole damage vs Sinj's" },
    { a: "de-2#c3", b: "de-3#c4", conflicting: false, why: "injured rose from Sunday to Monday" },
    { a: "de-2#c5", b: "de-3#c2", conflicting: false, why: "missing fell from four to two as people were found" },
    { a: "de-3#c1", b: "en-3#c4", conflicting: false, why: "toll rose from Monday to Tuesday" },
    { a: "de-2#c10", b: "en-3#c10", conflicting: false, why: "Croatian government's aid vs the EU's: different qualifiers" },
    { a: "de-2#c8", b: "de-3#c8", conflicting: false, why: "homeless on Sunday vs Monday: fell over time (and overlapping)" },
    { a: "en-1#c7", b: "de-2#c4", conflicting: false, why: "seriously injured on Saturday vs Sunday: rose over time" },
  ],
};
