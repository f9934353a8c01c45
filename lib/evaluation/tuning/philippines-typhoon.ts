import type { EvalEvent } from "../schema";

/**
 * Tuning event (disaster), written 2026-12-01 (seventh batch) without reading the rules and labelled
 * before the extractor read it: super typhoon "Lando" over the eastern Philippines from its landfall
 * on Thursday, 7 November 2030, to the toll of Tuesday, 12 November, reported by German and English
 * outlets. Real provinces with invented people, figures, broadcaster and outlets. The toll rising over
 * five days and then corrected down (81 → 76: a toll that falls later); a province's toll above the
 * national one on the same evening (a part exceeding its whole) and a province against the agency on
 * the same day; sustained winds next to gusts; evacuees peaking and falling; farm damage in pesos
 * raised and converted to dollars; EU, German and US aid in "2 Mio. Euro", "€2m", "$5m"; a World Bank
 * range "350 bis 420 Mio. US-Dollar". Traps: a city's population, "Kategorie 5", "der 14. Wirbelsturm",
 * the 14th storm, "since 2013", a president's age, "Einen Tag".
 */
export const philippinesTyphoon: EvalEvent = {
  id: "tuning-disaster-philippines-typhoon-2030",
  kind: "disaster",
  title: "Super typhoon Lando in the Philippines (November 2030)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2030-11-07",
      outlet: "Asien-Dienst",
      text: [
        "Taifun „Lando“ trifft die Philippinen: Mindestens zwölf Tote",
        "MANILA – Der Taifun „Lando“ ist am Donnerstagmorgen mit Spitzenböen von bis zu 240 Kilometern pro Stunde auf die Ostküste der Philippinen getroffen. Mindestens zwölf Menschen kamen nach Angaben des nationalen Katastrophenschutzes ums Leben, die meisten von ihnen in der Provinz Eastern Samar.",
        "Bereits vor dem Eintreffen des Sturms hatten die Behörden mehr als 300.000 Menschen in Sicherheit gebracht. In weiten Teilen der Inselgruppe Visayas fiel der Strom aus; in Tacloban, einer Stadt mit rund 250.000 Einwohnern, standen ganze Viertel unter Wasser.",
        "Der Wetterdienst stufte „Lando“ als Supertaifun der höchsten Kategorie 5 ein. Es ist bereits der 14. Wirbelsturm der Saison. Präsident Ramon Villareal ordnete an, 3.000 Soldaten in die betroffenen Gebiete zu schicken.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Mindestens zwölf Tote", subject: "dead", value: "[12, ∞)" },
        { id: "c2", quote: "am Donnerstagmorgen", subject: "Taifun", value: "2030-11-07..2030-11-07 day" },
        { id: "c3", quote: "bis zu 240 Kilometern pro Stunde", subject: "Spitzenböen", value: "[0, 240]", unit: "km/h" },
        { id: "c4", quote: "Mindestens zwölf Menschen", subject: "dead", value: "[12, ∞)", attribution: "nationaler Katastrophenschutz" },
        { id: "c5", quote: "mehr als 300.000 Menschen", subject: "displaced", value: "(300000, ∞)", attribution: "Behörden" },
        { id: "c6", quote: "3.000 Soldaten", subject: "troops", value: "[3000, 3000]", attribution: "Präsident Ramon Villareal" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2030-11-07",
      outlet: "Pacific Wire",
      text: [
        "Super typhoon Lando slams into eastern Philippines, at least 12 dead",
        "TACLOBAN, Philippines — Super Typhoon Lando made landfall in Eastern Samar province early on Thursday, with sustained winds of 205 km/h. The national disaster agency confirmed 12 deaths by Thursday evening, but the governor of Eastern Samar, Teresita Abad, said 21 people had died in her province alone.",
        "More than 320,000 people had been moved to evacuation centres before the storm hit, the agency said. Flights to Tacloban were suspended and some 4,500 passengers were stranded at ports across the Visayas after the coast guard halted sea travel. Hospitals in Tacloban ran on generators, and several roads south of the city were cut off by landslides.",
        "Lando is the 14th storm to hit the country this year and the strongest since 2013.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "at least 12 dead", subject: "dead", value: "[12, ∞)" },
        { id: "c2", quote: "early on Thursday", subject: "typhoon", value: "2030-11-07..2030-11-07 day" },
        { id: "c3", quote: "205 km/h", subject: "sustained winds", value: "[205, 205]", unit: "km/h" },
        { id: "c4", quote: "12 deaths", subject: "dead", value: "[12, 12]", asOf: "2030-11-07", attribution: "national disaster agency" },
        { id: "c5", quote: "21 people had died", subject: "dead", value: "[21, 21]", place: "Eastern Samar", attribution: "Teresita Abad" },
        { id: "c6", quote: "More than 320,000 people", subject: "displaced", value: "(320000, ∞)", attribution: "agency" },
        { id: "c7", quote: "some 4,500 passengers", subject: "passenger", qualifier: "stranded", value: "[4050, 4950]" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2030-11-08",
      outlet: "Ostasien-Korrespondenz",
      text: [
        "Philippinen: Zahl der Taifun-Toten steigt auf 48",
        "MANILA – Einen Tag nach dem Durchzug des Taifuns „Lando“ ist die Zahl der Todesopfer auf den Philippinen auf 48 gestiegen. Allein in der Provinz Eastern Samar starben nach Behördenangaben 31 Menschen. Mindestens 60 weitere werden vermisst, vor allem Fischer, die trotz der Warnungen ausgelaufen waren.",
        "Nach einer ersten Bilanz wurden rund 38.000 Häuser beschädigt und 6.200 vollständig zerstört. Etwa 450.000 Menschen harren in Notunterkünften aus. Die Schäden an Reisfeldern und Kokosplantagen beziffert das Landwirtschaftsministerium auf 4,2 Mrd. Pesos. Viele Dörfer an der Küste sind nur noch per Hubschrauber oder Boot erreichbar; Hilfsorganisationen warnen vor verunreinigtem Trinkwasser.",
        "Die EU sagte eine Soforthilfe von 2 Mio. Euro zu, Deutschland stellt über das Auswärtige Amt weitere 1,5 Mio. Euro bereit.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "steigt auf 48", subject: "dead", value: "[48, 48]" },
        { id: "c2", quote: "auf 48 gestiegen", subject: "dead", value: "[48, 48]" },
        { id: "c3", quote: "31 Menschen", subject: "dead", value: "[31, 31]", place: "Eastern Samar", attribution: "Behörden" },
        { id: "c4", quote: "Mindestens 60 weitere", subject: "missing", value: "[60, ∞)" },
        { id: "c5", quote: "rund 38.000 Häuser", subject: "buildings", qualifier: "damaged", value: "[34200, 41800]" },
        { id: "c6", quote: "6.200 vollständig zerstört", subject: "buildings", qualifier: "destroyed", value: "[6200, 6200]" },
        { id: "c7", quote: "Etwa 450.000 Menschen", subject: "displaced", value: "[405000, 495000]" },
        { id: "c8", quote: "4,2 Mrd. Pesos", subject: "cost", qualifier: "agriculture", value: "[4200000000, 4200000000]", unit: "PHP", attribution: "Landwirtschaftsministerium" },
        { id: "c9", quote: "2 Mio. Euro", subject: "aid", qualifier: "EU", value: "[2000000, 2000000]", unit: "EUR" },
        { id: "c10", quote: "1,5 Mio. Euro", subject: "aid", qualifier: "Germany", value: "[1500000, 1500000]", unit: "EUR" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2030-11-09",
      outlet: "Asia Pacific Report",
      text: [
        "Typhoon Lando toll climbs to 73; 1.5m people affected",
        "MANILA — The death toll from Typhoon Lando rose to 73 on Saturday, the national disaster agency said, with 29 people still missing. Nearly half of the dead, 35, were in Eastern Samar.",
        "About 1.5m people in 2,100 villages have been affected, and 410,000 remain in evacuation centres, down from a peak of 465,000 on Friday. Damage to farms is now put at PHP 5.8bn ($100m), up from the PHP 4.2bn first estimated.",
        "The European Union has pledged €2m in emergency aid and the United States $5m. President Ramon Villareal, 63, toured Tacloban by helicopter, where aid groups warned that clean water was running short, and promised that \"no family will be left behind\".",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "climbs to 73", subject: "dead", value: "[73, 73]" },
        { id: "c2", quote: "1.5m people affected", subject: "affected", value: "[1500000, 1500000]" },
        { id: "c3", quote: "rose to 73", subject: "dead", value: "[73, 73]", attribution: "national disaster agency" },
        { id: "c4", quote: "29 people", subject: "missing", value: "[29, 29]", attribution: "national disaster agency" },
        { id: "c5", quote: "35, were in Eastern Samar", subject: "dead", value: "[35, 35]", place: "Eastern Samar" },
        { id: "c6", quote: "About 1.5m people", subject: "affected", value: "[1350000, 1650000]" },
        { id: "c7", quote: "2,100 villages", subject: "village", qualifier: "affected", value: "[2100, 2100]" },
        { id: "c8", quote: "410,000", subject: "displaced", value: "[410000, 410000]" },
        { id: "c9", quote: "465,000 on Friday", subject: "displaced", value: "[465000, 465000]", asOf: "2030-11-08" },
        { id: "c10", quote: "PHP 5.8bn", subject: "cost", qualifier: "agriculture", value: "[5800000000, 5800000000]", unit: "PHP" },
        { id: "c11", quote: "$100m", subject: "cost", qualifier: "agriculture", value: "[100000000, 100000000]", unit: "USD" },
        { id: "c12", quote: "the PHP 4.2bn first estimated", subject: "cost", qualifier: "agriculture", value: "[4200000000, 4200000000]", unit: "PHP" },
        { id: "c13", quote: "€2m", subject: "aid", qualifier: "EU", value: "[2000000, 2000000]", unit: "EUR" },
        { id: "c14", quote: "$5m", subject: "aid", qualifier: "United States", value: "[5000000, 5000000]", unit: "USD" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2030-11-12",
      outlet: "Asien-Dienst",
      text: [
        "Taifun „Lando“: Behörden korrigieren Opferzahl auf 76",
        "MANILA – Die philippinischen Behörden haben die Zahl der Todesopfer des Taifuns „Lando“ nach unten korrigiert. Statt 81 Toten, die der Katastrophenschutz am Montag gemeldet hatte, seien es 76, teilte die Behörde am Dienstag mit. Fünf Opfer seien doppelt gezählt worden. Vermisst werden noch 17 Menschen.",
        "Die Provinzregierung von Eastern Samar hält dagegen an ihrer Zahl von 44 Toten allein in ihrer Provinz fest; der Katastrophenschutz nennt für die Provinz 39. Rund 120.000 Menschen leben noch in Notunterkünften.",
        "Die Weltbank schätzt die Gesamtschäden auf 350 bis 420 Mio. US-Dollar. Die Regierung in Manila hat einen Wiederaufbaufonds von 10 Mrd. Pesos aufgelegt. In den Küstendörfern beginnen die Bewohner mit dem Wiederaufbau ihrer Häuser, oft aus Trümmerholz; Hilfsorganisationen mahnen, die Verteilung von Trinkwasser zu beschleunigen.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "auf 76", subject: "dead", value: "[76, 76]", attribution: "Behörden" },
        { id: "c2", quote: "Statt 81 Toten", subject: "dead", value: "[81, 81]", asOf: "2030-11-11", attribution: "Katastrophenschutz" },
        { id: "c3", quote: "seien es 76", subject: "dead", value: "[76, 76]", attribution: "Behörde" },
        { id: "c4", quote: "Fünf Opfer", subject: "dead", qualifier: "counted twice", value: "[5, 5]" },
        { id: "c5", quote: "17 Menschen", subject: "missing", value: "[17, 17]" },
        { id: "c6", quote: "44 Toten", subject: "dead", value: "[44, 44]", place: "Eastern Samar", attribution: "Provinzregierung von Eastern Samar" },
        { id: "c7", quote: "Provinz 39", subject: "dead", value: "[39, 39]", place: "Eastern Samar", attribution: "Katastrophenschutz" },
        { id: "c8", quote: "Rund 120.000 Menschen", subject: "displaced", value: "[108000, 132000]" },
        { id: "c9", quote: "350 bis 420 Mio. US-Dollar", subject: "cost", value: "[350000000, 420000000]", unit: "USD", attribution: "Weltbank" },
        { id: "c10", quote: "10 Mrd. Pesos", subject: "aid", qualifier: "reconstruction fund", value: "[10000000000, 10000000000]", unit: "PHP" },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c4", b: "en-1#c5", conflicting: true, why: "Thursday evening: 12 dead nationwide vs 21 in one province alone (a part above its whole)" },
    { a: "de-3#c2", b: "de-3#c3", conflicting: true, why: "the toll fell from 81 on Monday to 76 on Tuesday: a correction, not a rise" },
    { a: "de-3#c6", b: "de-3#c7", conflicting: true, why: "Eastern Samar on Tuesday: the province's 44 vs the agency's 39" },
    { a: "de-1#c4", b: "en-1#c4", conflicting: false, why: "overlapping: at least twelve vs 12" },
    { a: "de-2#c2", b: "en-2#c3", conflicting: false, why: "toll rose from 48 on Friday to 73 on Saturday" },
    { a: "de-2#c3", b: "de-2#c2", conflicting: false, why: "Eastern Samar alone vs the whole country" },
    { a: "en-2#c8", b: "en-2#c9", conflicting: false, why: "evacuees fell from 465,000 on Friday to 410,000" },
    { a: "de-2#c7", b: "en-2#c9", conflicting: false, why: "overlapping: about 450,000 vs 465,000 on Friday" },
    { a: "de-2#c8", b: "en-2#c10", conflicting: false, why: "farm damage estimate raised from PHP 4.2bn to PHP 5.8bn" },
    { a: "en-2#c10", b: "en-2#c11", conflicting: false, why: "the same damage in pesos and converted to dollars" },
    { a: "de-2#c9", b: "en-2#c13", conflicting: false, why: "the same EU aid" },
    { a: "en-2#c13", b: "en-2#c14", conflicting: false, why: "aid from two donors" },
    { a: "en-1#c3", b: "de-1#c3", conflicting: false, why: "sustained winds vs gusts" },
    { a: "en-2#c4", b: "de-3#c5", conflicting: false, why: "missing fell from 29 on Saturday to 17 on Tuesday" },
    { a: "de-2#c3", b: "en-2#c5", conflicting: false, why: "Eastern Samar's toll rose from 31 to 35" },
  ],
};
