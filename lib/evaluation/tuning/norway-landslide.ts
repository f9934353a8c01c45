import type { EvalEvent } from "../schema";

/**
 * Tuning event (disaster), written 2026-12-01 (sixth batch) without reading the rules and labelled
 * before the extractor read it: a quick-clay landslide in the municipality of Verdal in Trøndelag,
 * Norway, in the night to Wednesday, 12 April 2028, to the toll of Friday, 14 April. A real place with
 * invented people, figures, broadcaster and outlets. The toll rising over three days, given as a level
 * and as "more bodies" (changes); the police against a regional broadcaster on the same afternoon;
 * the evacuated counted by the authorities and by the Red Cross on the same day; the village of Vuku
 * inside the whole municipality (scope pairs); aid in kroner with a conversion to euros in brackets,
 * raised from NOK 250m to NOK 400m; two damage estimates that exclude each other. Numbers in words
 * ("Neun Verletzte", "Seventeen", "sieben"). Traps: times of day, the distance from Trondheim, the
 * municipality's population, a mayor's age, a county road number, the E6 motorway.
 */
export const norwayLandslide: EvalEvent = {
  id: "tuning-disaster-norway-landslide-2028",
  kind: "disaster",
  title: "Quick-clay landslide in Verdal, Norway (April 2028)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2028-04-12",
      outlet: "Skandinavien-Dienst",
      text: [
        "Erdrutsch in Norwegen: Mindestens drei Tote, elf Vermisste",
        "OSLO/VERDAL – Ein gewaltiger Erdrutsch hat in der Nacht zum Mittwoch in der mittelnorwegischen Gemeinde Verdal mehrere Wohnhäuser mit sich gerissen. Mindestens drei Menschen kamen ums Leben, elf weitere werden vermisst, wie die Polizei in Trøndelag am Morgen mitteilte. Neun Verletzte wurden in Krankenhäuser in Levanger und Trondheim gebracht.",
        "Der Hang aus sogenanntem Quickton geriet gegen 4.20 Uhr oberhalb des Flusses Verdalselva in Bewegung. Der Erdrutsch ist nach ersten Schätzungen rund 300 Meter breit. 14 Häuser wurden zerstört oder von den Schlammmassen fortgerissen.",
        "Rund 700 Menschen mussten ihre Häuser verlassen. Die Gemeinde, etwa 40 Kilometer nordöstlich von Trondheim gelegen, zählt knapp 15.000 Einwohner. Ministerpräsidentin Kari Holmen sprach von einem „schwarzen Tag“ und kündigte einen Besuch im Katastrophengebiet an.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Mindestens drei Tote", subject: "dead", value: "[3, ∞)" },
        { id: "c2", quote: "elf Vermisste", subject: "missing", value: "[11, 11]" },
        { id: "c3", quote: "in der Nacht zum Mittwoch", subject: "Erdrutsch", value: "2028-04-12..2028-04-12 day" },
        { id: "c4", quote: "Mindestens drei Menschen", subject: "dead", value: "[3, ∞)", attribution: "Polizei in Trøndelag" },
        { id: "c5", quote: "elf weitere", subject: "missing", value: "[11, 11]", attribution: "Polizei in Trøndelag" },
        { id: "c6", quote: "Neun Verletzte", subject: "injured", value: "[9, 9]" },
        { id: "c7", quote: "rund 300 Meter breit", subject: "Erdrutsch", qualifier: "width", value: "[270, 330]", unit: "m" },
        { id: "c8", quote: "14 Häuser", subject: "buildings", qualifier: "destroyed", value: "[14, 14]" },
        { id: "c9", quote: "Rund 700 Menschen", subject: "displaced", value: "[630, 770]" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2028-04-12",
      outlet: "Nordic Wire Service",
      text: [
        "Norway landslide leaves three dead, 11 missing",
        "VERDAL, Norway — A quick-clay landslide swept away homes in the central Norwegian municipality of Verdal early on Wednesday. Police in Trøndelag said in the afternoon that three people had been killed and 11 were missing.",
        "Regional broadcaster Trøndelag Radio, citing rescue workers, reported by midday that four people had died. Police would not confirm the figure.",
        "Nine people were injured, two of them seriously, and about 700 residents were evacuated, the municipality said. The slide, some 300 metres wide, tore away 14 houses and a stretch of county road 757. Mayor Arne Sundli, 58, said the valley had been \"cut in two\".",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "three dead", subject: "dead", value: "[3, 3]" },
        { id: "c2", quote: "11 missing", subject: "missing", value: "[11, 11]" },
        { id: "c3", quote: "early on Wednesday", subject: "landslide", value: "2028-04-12..2028-04-12 day" },
        { id: "c4", quote: "three people had been killed", subject: "dead", value: "[3, 3]", attribution: "Police in Trøndelag" },
        { id: "c5", quote: "11 were missing", subject: "missing", value: "[11, 11]", attribution: "Police in Trøndelag" },
        { id: "c6", quote: "four people had died", subject: "dead", value: "[4, 4]", asOf: "2028-04-12", attribution: "Trøndelag Radio" },
        { id: "c7", quote: "Nine people were injured", subject: "injured", value: "[9, 9]", attribution: "municipality" },
        { id: "c8", quote: "two of them seriously", subject: "injured", qualifier: "serious", value: "[2, 2]", attribution: "municipality" },
        { id: "c9", quote: "about 700 residents", subject: "displaced", value: "[630, 770]", attribution: "municipality" },
        { id: "c10", quote: "some 300 metres wide", subject: "slide", qualifier: "width", value: "[270, 330]", unit: "m" },
        { id: "c11", quote: "14 houses", subject: "buildings", qualifier: "destroyed", value: "[14, 14]" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2028-04-13",
      outlet: "Nordsee-Kurier",
      text: [
        "Zahl der Toten nach Erdrutsch in Norwegen steigt auf sieben",
        "Nach dem Erdrutsch in der norwegischen Gemeinde Verdal ist die Zahl der Todesopfer auf sieben gestiegen. Bis Mittwochabend hätten Rettungskräfte vier weitere Leichen aus den Schlammmassen geborgen, teilte die Polizei am Donnerstag mit. Sechs Menschen würden noch vermisst.",
        "Die Zahl der Evakuierten wurde auf rund 1.000 erhöht, weil Geologen weitere Bewegungen im Hang befürchten. Allein im Ortsteil Vuku mussten 620 Bewohner ihre Häuser verlassen. Das Rote Kreuz sprach dagegen von mehr als 1.400 Menschen, die bei Verwandten oder in Notunterkünften untergekommen seien.",
        "Die Zerstörung ist größer als zunächst angenommen: 23 Wohnhäuser wurden nach Angaben der Gemeinde zerstört. Ministerpräsidentin Kari Holmen sagte bei ihrem Besuch in Verdal Soforthilfen von 250 Millionen Kronen (rund 21 Millionen Euro) zu. Die Europastraße E6, die wichtigste Nord-Süd-Verbindung des Landes, bleibt gesperrt.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "steigt auf sieben", subject: "dead", value: "[7, 7]" },
        { id: "c2", quote: "auf sieben gestiegen", subject: "dead", value: "[7, 7]" },
        { id: "c3", quote: "vier weitere Leichen", subject: "dead", value: "[4, 4]", change: true, asOf: "2028-04-12", attribution: "Polizei" },
        { id: "c4", quote: "Sechs Menschen", subject: "missing", value: "[6, 6]", attribution: "Polizei" },
        { id: "c5", quote: "auf rund 1.000", subject: "displaced", value: "[900, 1100]" },
        { id: "c6", quote: "620 Bewohner", subject: "displaced", value: "[620, 620]", place: "Vuku" },
        { id: "c7", quote: "mehr als 1.400 Menschen", subject: "displaced", value: "(1400, ∞)", attribution: "Rotes Kreuz" },
        { id: "c8", quote: "23 Wohnhäuser", subject: "buildings", qualifier: "destroyed", value: "[23, 23]", attribution: "Gemeinde" },
        { id: "c9", quote: "250 Millionen Kronen", subject: "aid", qualifier: "Norwegian government", value: "[250000000, 250000000]", unit: "NOK", attribution: "Ministerpräsidentin Kari Holmen" },
        { id: "c10", quote: "rund 21 Millionen Euro", subject: "aid", qualifier: "Norwegian government", value: "[18900000, 23100000]", unit: "EUR", attribution: "Ministerpräsidentin Kari Holmen" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2028-04-14",
      outlet: "The Nordic Times",
      text: [
        "Verdal landslide toll rises to nine; damage put at NOK 1.2bn",
        "OSLO — Rescuers found two more bodies on Thursday in the mud left by Wednesday's landslide at Verdal, bringing the death toll to nine, police in Trøndelag said on Friday. Two people are still unaccounted for; the search will go on through the weekend, police chief Line Vestby said.",
        "The Norwegian insurers' association estimated the damage at NOK 1.2 billion, while the municipality put it at between NOK 800m and NOK 1bn. In all, 31 buildings were destroyed, 19 of them homes in the hamlet of Vuku.",
        "About 1,100 people remain evacuated, down from a peak of some 1,400 on Thursday, the Red Cross said. The government has raised its emergency aid to NOK 400m from the NOK 250m promised on Thursday. Seventeen of the evacuees are children from a nursery on Vukuveien 12, which was destroyed.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "rises to nine", subject: "dead", value: "[9, 9]" },
        { id: "c2", quote: "NOK 1.2bn", subject: "cost", value: "[1200000000, 1200000000]", unit: "NOK" },
        { id: "c3", quote: "two more bodies", subject: "dead", value: "[2, 2]", change: true, asOf: "2028-04-13", attribution: "police in Trøndelag" },
        { id: "c4", quote: "Wednesday's landslide", subject: "landslide", value: "2028-04-12..2028-04-12 day" },
        { id: "c5", quote: "bringing the death toll to nine", subject: "dead", value: "[9, 9]", attribution: "police in Trøndelag" },
        { id: "c6", quote: "Two people", subject: "missing", value: "[2, 2]" },
        { id: "c7", quote: "NOK 1.2 billion", subject: "cost", value: "[1200000000, 1200000000]", unit: "NOK", attribution: "Norwegian insurers' association" },
        { id: "c8", quote: "between NOK 800m and NOK 1bn", subject: "cost", value: "[800000000, 1000000000]", unit: "NOK", attribution: "municipality" },
        { id: "c9", quote: "31 buildings", subject: "buildings", qualifier: "destroyed", value: "[31, 31]" },
        { id: "c10", quote: "19 of them homes", subject: "buildings", qualifier: "destroyed", value: "[19, 19]", place: "Vuku" },
        { id: "c11", quote: "About 1,100 people", subject: "displaced", value: "[990, 1210]", attribution: "Red Cross" },
        { id: "c12", quote: "some 1,400 on Thursday", subject: "displaced", value: "[1260, 1540]", asOf: "2028-04-13", attribution: "Red Cross" },
        { id: "c13", quote: "NOK 400m", subject: "aid", qualifier: "Norwegian government", value: "[400000000, 400000000]", unit: "NOK" },
        { id: "c14", quote: "the NOK 250m promised on Thursday", subject: "aid", qualifier: "Norwegian government", value: "[250000000, 250000000]", unit: "NOK", asOf: "2028-04-13" },
        { id: "c15", quote: "Seventeen of the evacuees", subject: "displaced", qualifier: "children", value: "[17, 17]" },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c4", b: "en-1#c6", conflicting: true, why: "toll on Wednesday: police three vs Trøndelag Radio four" },
    { a: "de-2#c5", b: "de-2#c7", conflicting: true, why: "evacuated on Thursday: about 1,000 vs the Red Cross's more than 1,400" },
    { a: "en-2#c7", b: "en-2#c8", conflicting: true, why: "damage: insurers NOK 1.2bn vs the municipality's NOK 800m–1bn" },
    { a: "en-1#c1", b: "en-1#c6", conflicting: true, why: "toll on Wednesday: three vs the broadcaster's four" },
    { a: "de-1#c4", b: "en-1#c6", conflicting: false, why: "overlapping: at least three vs four" },
    { a: "de-1#c4", b: "de-2#c2", conflicting: false, why: "toll rose from Wednesday to Thursday" },
    { a: "de-2#c2", b: "en-2#c5", conflicting: false, why: "toll rose from seven on Thursday to nine on Friday" },
    { a: "de-1#c5", b: "de-2#c4", conflicting: false, why: "missing fell from eleven to six as bodies were found" },
    { a: "de-2#c5", b: "de-2#c6", conflicting: false, why: "the whole municipality vs Vuku alone" },
    { a: "en-2#c9", b: "en-2#c10", conflicting: false, why: "all destroyed buildings vs the homes in Vuku" },
    { a: "de-1#c8", b: "en-2#c9", conflicting: false, why: "destroyed buildings counted on Wednesday vs Friday: rose over time" },
    { a: "de-2#c9", b: "en-2#c13", conflicting: false, why: "aid raised from NOK 250m on Thursday to NOK 400m" },
    { a: "de-2#c9", b: "de-2#c10", conflicting: false, why: "the same aid in kroner and converted to euros" },
    { a: "de-2#c7", b: "en-2#c12", conflicting: false, why: "overlapping: more than 1,400 vs some 1,400 on Thursday" },
    { a: "de-1#c9", b: "de-2#c5", conflicting: false, why: "evacuated rose from about 700 to about 1,000 over a day" },
    { a: "de-2#c3", b: "de-2#c2", conflicting: false, why: "a change (four more bodies) vs the level (seven)" },
  ],
};
