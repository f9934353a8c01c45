import type { EvalEvent } from "../schema";

/** An earthquake in Izmir province (western Turkey), 2034: the toll rising over four days, AFAD against the health ministry, a district against the province. */
export const izmirEarthquake: EvalEvent = {
  id: "izmir-earthquake-2034",
  kind: "disaster",
  title: "Earthquake in Izmir province, March 2034",
  articles: [
    {
      id: "en-1",
      language: "en",
      publishedAt: "2034-03-12",
      outlet: "Levant Wire Service",
      text: `Strong quake hits Izmir province, at least 38 dead

IZMIR, March 12 – A magnitude 6.1 earthquake struck western Turkey's Izmir province before dawn on Sunday, killing at least 38 people and injuring more than 400, the disaster agency AFAD said. The shock came at 04:17 local time, when most families were asleep, and was followed by more than 60 aftershocks.

Most of the victims were in the coastal district of Bayraklı, where 21 people died, according to Izmir governor Kerem Aydın. He said 17 buildings had collapsed across the province, nine of them in Bayraklı alone, and a further 240 were damaged.

The health ministry gave a higher toll of 44 dead by Sunday afternoon, citing hospital records. An AFAD spokesman said the gap came from people who had suffered heart attacks during the shaking and whose deaths had not yet been reported to the agency.

About 2,200 people were forced from their homes and spent the night in tents set up in parks, AFAD said. It has sent 3,200 rescue workers into the province. A 72-year-old woman was pulled from the ruins of her flat after 14 hours.

The presidency said it had released TL 500 million in emergency aid. Schools in the province will stay closed until Wednesday.`,
      claims: [
        { id: "c1", quote: "at least 38 dead", subject: "dead", value: "[38, ∞)" },
        { id: "c2", quote: "before dawn on Sunday", subject: "earthquake", value: "2034-03-12..2034-03-12 day", attribution: "AFAD" },
        { id: "c3", quote: "killing at least 38 people", subject: "dead", value: "[38, ∞)", attribution: "AFAD" },
        { id: "c4", quote: "injuring more than 400", subject: "injured", value: "(400, ∞)", attribution: "AFAD" },
        { id: "c5", quote: "more than 60 aftershocks", subject: "aftershocks", value: "(60, ∞)" },
        { id: "c6", quote: "21 people died", subject: "dead", value: "[21, 21]", place: "Bayraklı", attribution: "Izmir governor Kerem Aydın" },
        { id: "c7", quote: "17 buildings had collapsed", subject: "buildings", qualifier: "collapsed", value: "[17, 17]", attribution: "Izmir governor Kerem Aydın" },
        { id: "c8", quote: "nine of them in Bayraklı alone", subject: "buildings", qualifier: "collapsed", value: "[9, 9]", place: "Bayraklı", attribution: "Izmir governor Kerem Aydın" },
        { id: "c9", quote: "a further 240 were damaged", subject: "buildings", qualifier: "damaged", value: "[240, 240]", attribution: "Izmir governor Kerem Aydın" },
        { id: "c10", quote: "44 dead", subject: "dead", value: "[44, 44]", asOf: "2034-03-12", attribution: "health ministry" },
        { id: "c11", quote: "About 2,200 people were forced from their homes", subject: "displaced", value: "[1980, 2420]", attribution: "AFAD" },
        { id: "c12", quote: "3,200 rescue workers", subject: "rescue workers", value: "[3200, 3200]", attribution: "AFAD" },
        { id: "c13", quote: "TL 500 million in emergency aid", subject: "aid", qualifier: "Turkish government", value: "[500000000, 500000000]", unit: "TRY", attribution: "presidency" },
      ],
    },
    {
      id: "de-1",
      language: "de",
      publishedAt: "2034-03-12",
      outlet: "Westfalen-Echo Online",
      text: `Erdbeben in Izmir: Zahl der Toten steigt auf 41 – der Tag im Ticker

06:05 – Ein Erdbeben der Stärke 6,1 hat in der Nacht die westtürkische Provinz Izmir erschüttert. Der Erdstoß ereignete sich um 4:17 Uhr Ortszeit, das Zentrum lag vor der Küste.

08:40 – Die Katastrophenschutzbehörde AFAD meldet 19 Tote und mehr als 150 Verletzte. Seit dem Hauptbeben wurden über 40 Nachbeben registriert.

11:12 – Laut Gouverneur Kerem Aydın sind im Bezirk Bayraklı mindestens elf Häuser eingestürzt. In Buca wurden rund 80 Gebäude beschädigt, teilt die Bezirksverwaltung mit.

13:30 – AFAD aktualisiert seine Zahlen: Inzwischen sind 33 Menschen ums Leben gekommen, 312 wurden verletzt.

14:32 – Das Gesundheitsministerium in Ankara spricht von 41 Toten. Woher die Differenz zu den AFAD-Zahlen kommt, konnte zunächst niemand erklären.

16:50 – Nach Angaben der Behörde haben etwa 2000 Menschen ihre Wohnungen verlassen müssen; sie übernachten in Zelten und Sporthallen. Das Rote Kreuz kündigt an, am Dienstag ein weiteres Team zu schicken.

18:15 – Die EU stellt 3 Mio. Euro Soforthilfe bereit, sagte ein Sprecher der Kommission in Brüssel. Ankara hat nach Angaben des Präsidialamts bereits 500 Millionen Lira freigegeben.

19:45 – Eine 72-jährige Frau ist nach 15 Stunden lebend aus einem eingestürzten Haus in der Şehitler-Straße 27 geborgen worden.`,
      claims: [
        { id: "c1", quote: "Zahl der Toten steigt auf 41", subject: "dead", value: "[41, 41]" },
        { id: "c2", quote: "in der Nacht", subject: "Erdbeben", value: "2034-03-12..2034-03-12 day" },
        { id: "c3", quote: "19 Tote", subject: "dead", value: "[19, 19]", attribution: "Katastrophenschutzbehörde AFAD" },
        { id: "c4", quote: "mehr als 150 Verletzte", subject: "injured", value: "(150, ∞)", attribution: "Katastrophenschutzbehörde AFAD" },
        { id: "c5", quote: "über 40 Nachbeben", subject: "aftershocks", value: "(40, ∞)" },
        { id: "c6", quote: "mindestens elf Häuser eingestürzt", subject: "buildings", qualifier: "collapsed", value: "[11, ∞)", place: "Bayraklı", attribution: "Gouverneur Kerem Aydın" },
        { id: "c7", quote: "rund 80 Gebäude beschädigt", subject: "buildings", qualifier: "damaged", value: "[72, 88]", place: "Buca", attribution: "Bezirksverwaltung" },
        { id: "c8", quote: "33 Menschen ums Leben gekommen", subject: "dead", value: "[33, 33]", attribution: "AFAD" },
        { id: "c9", quote: "312 wurden verletzt", subject: "injured", value: "[312, 312]", attribution: "AFAD" },
        { id: "c10", quote: "41 Toten", subject: "dead", value: "[41, 41]", attribution: "Gesundheitsministerium" },
        { id: "c11", quote: "etwa 2000 Menschen", subject: "displaced", value: "[1800, 2200]", attribution: "Behörde" },
        { id: "c12", quote: "3 Mio. Euro Soforthilfe", subject: "aid", qualifier: "EU", value: "[3000000, 3000000]", unit: "EUR", attribution: "Sprecher der Kommission" },
        { id: "c13", quote: "500 Millionen Lira", subject: "aid", qualifier: "Turkish government", value: "[500000000, 500000000]", unit: "TRY", attribution: "Präsidialamt" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2034-03-14",
      outlet: "Mitteldeutsche Nachrichtenagentur",
      text: `Beben in Izmir: Mehr als 90 Tote – Streit um die Zahlen

Izmir (MNA) – Zwei Tage nach dem Erdbeben im Westen der Türkei ist die Zahl der Todesopfer auf mehr als 90 gestiegen. Die Katastrophenschutzbehörde AFAD meldete am Dienstagmittag 93 Tote und 1.140 Verletzte. Das Gesundheitsministerium nannte dagegen 101 Todesopfer; es zählt auch Menschen, die im Krankenhaus ihren Verletzungen erlagen.

Am schwersten traf es den Bezirk Bayraklı. Dort starben nach Angaben des Bezirksbürgermeisters 58 Menschen. Er warf der Provinzregierung vor, die Lage kleinzureden – deren Zahl für Bayraklı liegt bei 49.

Durch den Erdstoß der Stärke 6,1 am Sonntag seien in der Provinz 64 Gebäude eingestürzt, teilte das Umweltministerium mit. Mehr als 1.900 weitere seien so schwer beschädigt, dass sie abgerissen werden müssten. Rund 14.000 Menschen sind obdachlos; viele schlafen in Autos oder Zelten.

Die Regierung erhöhte die Soforthilfe auf 2,5 Milliarden Lira, umgerechnet gut 70 Millionen Euro. Die EU-Kommission sagte weitere 10 Mio. Euro zu.

Gegen 14 Bauunternehmer wurden Haftbefehle erlassen, sechs von ihnen wurden festgenommen. Ihnen wird vorgeworfen, gegen das Gesetz Nr. 6306 über die Erneuerung erdbebengefährdeter Gebiete verstoßen zu haben, das seit 2012 gilt.`,
      claims: [
        { id: "c1", quote: "Mehr als 90 Tote", subject: "dead", value: "(90, ∞)" },
        { id: "c2", quote: "auf mehr als 90 gestiegen", subject: "dead", value: "(90, ∞)" },
        { id: "c3", quote: "93 Tote", subject: "dead", value: "[93, 93]", asOf: "2034-03-14", attribution: "Katastrophenschutzbehörde AFAD" },
        { id: "c4", quote: "1.140 Verletzte", subject: "injured", value: "[1140, 1140]", asOf: "2034-03-14", attribution: "Katastrophenschutzbehörde AFAD" },
        { id: "c5", quote: "101 Todesopfer", subject: "dead", value: "[101, 101]", attribution: "Gesundheitsministerium" },
        { id: "c6", quote: "58 Menschen", subject: "dead", value: "[58, 58]", place: "Bayraklı", attribution: "Bezirksbürgermeister" },
        { id: "c7", quote: "liegt bei 49", subject: "dead", value: "[49, 49]", place: "Bayraklı", attribution: "Provinzregierung" },
        { id: "c8", quote: "am Sonntag", subject: "Erdbeben", value: "2034-03-12..2034-03-12 day" },
        { id: "c9", quote: "64 Gebäude eingestürzt", subject: "buildings", qualifier: "collapsed", value: "[64, 64]", attribution: "Umweltministerium" },
        { id: "c10", quote: "Mehr als 1.900 weitere", subject: "buildings", qualifier: "damaged", value: "(1900, ∞)", attribution: "Umweltministerium" },
        { id: "c11", quote: "Rund 14.000 Menschen sind obdachlos", subject: "displaced", value: "[12600, 15400]" },
        { id: "c12", quote: "2,5 Milliarden Lira", subject: "aid", qualifier: "Turkish government", value: "[2500000000, 2500000000]", unit: "TRY" },
        { id: "c13", quote: "gut 70 Millionen Euro", subject: "aid", qualifier: "Turkish government", value: "(70000000, 77000000]", unit: "EUR" },
        { id: "c14", quote: "weitere 10 Mio. Euro", subject: "aid", qualifier: "EU", value: "[10000000, 10000000]", unit: "EUR", change: true },
        { id: "c15", quote: "14 Bauunternehmer", subject: "Bauunternehmer", value: "[14, 14]" },
        { id: "c16", quote: "sechs von ihnen wurden festgenommen", subject: "arrests", value: "[6, 6]" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2034-03-14",
      outlet: "The Northern Ledger",
      text: `Izmir earthquake: what we know so far

How many people have died?
The official toll stood at 93 on Tuesday morning, according to AFAD, the disaster agency. The health ministry puts it higher, at 101, because it also counts people who died in hospital after being pulled from the rubble. Local officials in Bayraklı, the hardest-hit district, say 58 of the dead were in their district alone.

How many are injured?
Nearly 1,200, AFAD says. About 260 remain in hospital, 40 of them in intensive care.

How many buildings came down?
The environment ministry counts 64 collapsed buildings and some 1,900 that are damaged beyond repair. Inspectors have checked roughly 31,000 buildings so far. In Buca, the district council says 12 apartment blocks collapsed, while the province lists only seven there.

Where are survivors staying?
Around 14,000 people have lost their homes. AFAD has put up 3,800 tents and opened 22 schools as shelters.

Who is paying?
Ankara has raised emergency aid to TL 2.5 billion (about €70m). The EU has pledged €13m in total.

Why was it so deadly?
The quake, of magnitude 6.1, struck at 4:17am, when most people were in bed. Many of the blocks that fell were built before 1999, when building rules were tightened.`,
      claims: [
        { id: "c1", quote: "stood at 93 on Tuesday morning", subject: "dead", value: "[93, 93]", asOf: "2034-03-14", attribution: "AFAD" },
        { id: "c2", quote: "at 101", subject: "dead", value: "[101, 101]", attribution: "health ministry" },
        { id: "c3", quote: "58 of the dead", subject: "dead", value: "[58, 58]", place: "Bayraklı", attribution: "local officials" },
        { id: "c4", quote: "Nearly 1,200", subject: "injured", value: "[1080, 1200)", attribution: "AFAD" },
        { id: "c5", quote: "About 260 remain in hospital", subject: "injured", qualifier: "hospitalised", value: "[234, 286]" },
        { id: "c6", quote: "40 of them in intensive care", subject: "injured", qualifier: "intensive care", value: "[40, 40]" },
        { id: "c7", quote: "64 collapsed buildings", subject: "buildings", qualifier: "collapsed", value: "[64, 64]", attribution: "environment ministry" },
        { id: "c8", quote: "some 1,900 that are damaged beyond repair", subject: "buildings", qualifier: "damaged", value: "[1710, 2090]", attribution: "environment ministry" },
        { id: "c9", quote: "roughly 31,000 buildings", subject: "buildings", qualifier: "inspected", value: "[27900, 34100]" },
        { id: "c10", quote: "12 apartment blocks collapsed", subject: "buildings", qualifier: "collapsed", value: "[12, 12]", place: "Buca", attribution: "district council" },
        { id: "c11", quote: "only seven there", subject: "buildings", qualifier: "collapsed", value: "[7, 7]", place: "Buca", attribution: "province" },
        { id: "c12", quote: "Around 14,000 people have lost their homes", subject: "displaced", value: "[12600, 15400]" },
        { id: "c13", quote: "3,800 tents", subject: "tents", value: "[3800, 3800]", attribution: "AFAD" },
        { id: "c14", quote: "22 schools", subject: "schools", value: "[22, 22]", attribution: "AFAD" },
        { id: "c15", quote: "TL 2.5 billion", subject: "aid", qualifier: "Turkish government", value: "[2500000000, 2500000000]", unit: "TRY" },
        { id: "c16", quote: "about €70m", subject: "aid", qualifier: "Turkish government", value: "[63000000, 77000000]", unit: "EUR" },
        { id: "c17", quote: "€13m in total", subject: "aid", qualifier: "EU", value: "[13000000, 13000000]", unit: "EUR" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2034-03-15",
      outlet: "Neue Alpenpresse",
      text: `Izmir: Bilanz nach drei Tagen – 117 Tote

Korrektur: In einer früheren Fassung dieses Artikels hieß es, im Bezirk Buca seien 21 Menschen gestorben. Richtig ist: Die Bezirksverwaltung meldet 12 Tote. Wir bitten, den Fehler zu entschuldigen.

Izmir – Drei Tage nach dem Beben hat die Katastrophenschutzbehörde AFAD die Suche in Bayraklı eingestellt. Bis Mittwochabend zählte sie 117 Tote, davon 66 in Bayraklı. Das Gesundheitsministerium meldet 124 Todesopfer. Noch immer werden laut Provinzregierung sieben Menschen vermisst.

Die Zahl der Verletzten gibt AFAD mit 1.263 an. Etwa 300 liegen noch im Krankenhaus. Rund 2.600 ausländische Helfer sind im Einsatz.

Am Dienstag war ein zweites, schwächeres Beben der Stärke 4,8 registriert worden; es richtete nach Angaben von AFAD keine neuen Schäden an.

Die Schäden schätzt der Industrieverband TÜSIAD vorläufig auf 1,8 bis 2,4 Milliarden Euro. Berichte, wonach die Zahl der Obdachlosen auf 30.000 gestiegen sei, wies der Gouverneur zurück: Es seien rund 16.000. Die Regierung will bis zum Sommer Containerdörfer für alle Betroffenen errichten.`,
      claims: [
        { id: "c1", quote: "117 Tote", occurrence: 1, subject: "dead", value: "[117, 117]" },
        { id: "c2", quote: "im Bezirk Buca seien 21 Menschen gestorben", subject: "dead", value: "[21, 21]", place: "Buca", certainty: "denied" },
        { id: "c3", quote: "12 Tote", subject: "dead", value: "[12, 12]", place: "Buca", attribution: "Bezirksverwaltung" },
        { id: "c4", quote: "117 Tote", occurrence: 2, subject: "dead", value: "[117, 117]", asOf: "2034-03-15", attribution: "Katastrophenschutzbehörde AFAD" },
        { id: "c5", quote: "davon 66 in Bayraklı", subject: "dead", value: "[66, 66]", place: "Bayraklı", asOf: "2034-03-15", attribution: "Katastrophenschutzbehörde AFAD" },
        { id: "c6", quote: "124 Todesopfer", subject: "dead", value: "[124, 124]", attribution: "Gesundheitsministerium" },
        { id: "c7", quote: "sieben Menschen vermisst", subject: "missing", value: "[7, 7]", attribution: "Provinzregierung" },
        { id: "c8", quote: "mit 1.263 an", subject: "injured", value: "[1263, 1263]", attribution: "AFAD" },
        { id: "c9", quote: "Etwa 300 liegen noch im Krankenhaus", subject: "injured", qualifier: "hospitalised", value: "[270, 330]" },
        { id: "c10", quote: "Rund 2.600 ausländische Helfer", subject: "Helfer", qualifier: "foreign", value: "[2340, 2860]" },
        { id: "c11", quote: "Am Dienstag", subject: "Beben", qualifier: "second", value: "2034-03-14..2034-03-14 day" },
        { id: "c12", quote: "1,8 bis 2,4 Milliarden Euro", subject: "cost", value: "[1800000000, 2400000000]", unit: "EUR", attribution: "Industrieverband TÜSIAD" },
        { id: "c13", quote: "auf 30.000 gestiegen", subject: "displaced", value: "[30000, 30000]", attribution: "Gouverneur", certainty: "denied" },
        { id: "c14", quote: "rund 16.000", subject: "displaced", value: "[14400, 17600]", attribution: "Gouverneur" },
      ],
    },
  ],
  pairs: [
    { a: "de-2#c3", b: "de-2#c5", conflicting: true, why: "same day, AFAD 93 vs health ministry 101 dead" },
    { a: "de-2#c6", b: "de-2#c7", conflicting: true, why: "same day and district, mayor 58 vs province 49 dead" },
    { a: "en-2#c10", b: "en-2#c11", conflicting: true, why: "same day and district, council 12 vs province 7 collapsed blocks" },
    { a: "de-1#c6", b: "en-1#c8", conflicting: true, why: "same day, the governor's collapsed houses in Bayraklı: at least 11 vs nine" },
    { a: "de-3#c13", b: "de-3#c14", conflicting: true, why: "reported 30,000 homeless set aside by the governor's 16,000, same day" },
    { a: "en-1#c3", b: "de-3#c4", conflicting: false, why: "toll rose from at least 38 on Sunday to 117 by Wednesday" },
    { a: "en-1#c6", b: "en-1#c3", conflicting: false, why: "a district's dead vs the province's toll" },
    { a: "de-3#c5", b: "de-3#c4", conflicting: false, why: "part (Bayraklı) vs whole" },
    { a: "de-2#c9", b: "en-2#c7", conflicting: false, why: "same figure, 64 collapsed buildings" },
    { a: "en-1#c7", b: "de-2#c9", conflicting: false, why: "collapsed buildings counted over two more days: 17 on Sunday, 64 on Tuesday" },
    { a: "de-2#c11", b: "en-2#c12", conflicting: false, why: "same estimate, about 14,000 homeless" },
    { a: "en-1#c11", b: "de-1#c11", conflicting: false, why: "overlapping estimates of the displaced on the first day" },
    { a: "en-1#c13", b: "de-2#c12", conflicting: false, why: "aid raised from TL 500 million to TL 2.5 billion" },
    { a: "de-2#c5", b: "de-3#c6", conflicting: false, why: "health ministry toll rose from Tuesday to Wednesday" },
    { a: "en-2#c4", b: "de-2#c4", conflicting: false, why: "overlapping values: nearly 1,200 vs 1,140 injured" },
    { a: "en-1#c9", b: "en-1#c7", conflicting: false, why: "damaged vs collapsed buildings" },
  ],
};
