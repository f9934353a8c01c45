import type { EvalEvent } from "../schema";

/**
 * Tuning event (protest), written 2026-12-01 (fifth batch) without reading the rules and labelled
 * before the extractor read it: a weekend of protests in Austria against a planned rent law, from the
 * eve of the march (Friday, 8 October 2027) to the weekend's balance (Monday, 11 October 2027). Real
 * cities with an invented alliance, people, figures and outlets. Police and organisers count the
 * Vienna march and the nationwide total differently (the organisers' Vienna figure exceeds the
 * ministry's nationwide one), peaks given with the time after the figure ("a peak of 24,000 on
 * Saturday evening", "rund 8.000 am Sonntagnachmittag"), arrests and injured officers rising from
 * Saturday night to the weekend's balance (time pairs), Vienna next to Graz, Linz and all of Austria
 * (scope pairs), the rent rise disputed between the Chamber of Labour and the ministry; traps: "der
 * zweite Tag", times of day, "revised ... up to 7,200" (not "bis zu"), "seit 2015", durations.
 */
export const viennaRentProtest: EvalEvent = {
  id: "tuning-protest-austria-rent-2027",
  kind: "protest",
  title: "Protests in Austria against a planned rent law (October 2027)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2027-10-08",
      outlet: "Wiener Tagesbote",
      text: [
        "Mietenprotest: Polizei bereitet sich mit 1.800 Beamten auf Großdemo vor",
        "Das Bündnis „Wohnen darf nicht arm machen“ rechnet für die Großdemonstration am Samstag mit bis zu 50.000 Teilnehmern in Wien. Der Zug soll um 13 Uhr am Westbahnhof starten und über die Mariahilfer Straße zum Ballhausplatz führen. Angemeldet sind außerdem Kundgebungen in Graz, Linz, Salzburg und Innsbruck.",
        "Anlass ist die Mietrechtsnovelle der Bundesregierung, über die der Nationalrat am 20. Oktober abstimmen soll. Nach Berechnungen der Arbeiterkammer würden die Mieten in Altbauwohnungen dadurch im Schnitt um 9 Prozent steigen, das Wohnministerium spricht von höchstens 4 Prozent.",
        "Rund 1.800 Beamte sollen am Samstag in Wien im Dienst sein, sagte Landespolizeivizepräsident Martin Aichinger. Die Kundgebung am Ballhausplatz ist bis 22 Uhr angemeldet.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "1.800 Beamten", subject: "police", value: "[1800, 1800]" },
        { id: "c2", quote: "am Samstag", occurrence: 1, subject: "Großdemonstration", value: "2027-10-09..2027-10-09 day" },
        { id: "c3", quote: "bis zu 50.000 Teilnehmern", subject: "protesters", value: "[0, 50000]", place: "Vienna", asOf: "2027-10-09", attribution: "Bündnis „Wohnen darf nicht arm machen“" },
        { id: "c4", quote: "am 20. Oktober", subject: "Mietrechtsnovelle", value: "2027-10-20..2027-10-20 day" },
        { id: "c5", quote: "um 9 Prozent", subject: "Miete", value: "[9, 9]", unit: "%", change: true, attribution: "Arbeiterkammer" },
        { id: "c6", quote: "höchstens 4 Prozent", subject: "Miete", value: "[0, 4]", unit: "%", change: true, attribution: "Wohnministerium" },
        { id: "c7", quote: "Rund 1.800 Beamte", subject: "police", value: "[1620, 1980]", place: "Vienna", asOf: "2027-10-09", attribution: "Landespolizeivizepräsident Martin Aichinger" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2027-10-09",
      outlet: "Danube Wire",
      text: [
        "Tens of thousands march in Vienna against rent law",
        "VIENNA — Tens of thousands of people marched through central Vienna on Saturday to protest against the Austrian government's planned overhaul of rent rules, in one of the largest demonstrations the capital has seen in a decade.",
        "Police said the crowd reached a peak of 24,000 on Saturday evening as marchers filled Heldenplatz. Organisers put the turnout at 60,000. Smaller rallies were held in Linz, Salzburg and Innsbruck; in Graz, police counted about 6,500 people.",
        "Police in Vienna said 14 people were arrested after a group threw bottles and flares at officers near the parliament building, and five officers were slightly injured. Officers used pepper spray and a water cannon for about 20 minutes.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Tens of thousands march", subject: "protesters", value: "[20000, 99999]", place: "Vienna" },
        { id: "c2", quote: "Tens of thousands of people", subject: "protesters", value: "[20000, 99999]", place: "Vienna" },
        { id: "c3", quote: "on Saturday", occurrence: 1, subject: "march", value: "2027-10-09..2027-10-09 day" },
        { id: "c4", quote: "a peak of 24,000 on Saturday evening", subject: "protesters", value: "[24000, 24000]", place: "Vienna", asOf: "2027-10-09", attribution: "Police" },
        { id: "c5", quote: "60,000", subject: "protesters", value: "[60000, 60000]", place: "Vienna", attribution: "Organisers" },
        { id: "c6", quote: "about 6,500 people", subject: "protesters", value: "[5850, 7150]", place: "Graz", attribution: "police" },
        { id: "c7", quote: "14 people were arrested", subject: "arrests", value: "[14, 14]", place: "Vienna", attribution: "Police in Vienna" },
        { id: "c8", quote: "five officers were slightly injured", subject: "injured", qualifier: "police", value: "[5, 5]", place: "Vienna", attribution: "Police in Vienna" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2027-10-10",
      outlet: "Neue Wiener Abendpost",
      text: [
        "Mieten-Demo: Polizei zählt 24.000, Veranstalter 60.000",
        "Der Protest gegen die Mietrechtsnovelle hat am Samstag in Wien deutlich mehr Menschen auf die Straße gebracht als erwartet. Die Polizei zählte am Samstagabend in der Spitze 24.000 Demonstrierende, das Bündnis sprach von 60.000. Österreichweit beteiligten sich am Samstag nach Angaben des Innenministeriums rund 38.000 Menschen an den Kundgebungen, die Veranstalter nannten knapp 90.000.",
        "In Graz zählte die Polizei 6.500 Teilnehmer, in Linz rund 3.000. Für Sonntag kündigte das Bündnis einen Sitzstreik auf dem Heldenplatz an.",
        "Bei Auseinandersetzungen am Rande der Wiener Demonstration nahm die Polizei 17 Personen fest, sieben Beamte wurden verletzt. Die Landespolizeidirektion hatte am Samstagabend zunächst von 14 Festnahmen gesprochen. Die Schäden an Geschäften auf der Mariahilfer Straße beziffert die Wirtschaftskammer Wien auf rund 250.000 Euro.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Polizei zählt 24.000", subject: "protesters", value: "[24000, 24000]", attribution: "Polizei" },
        { id: "c2", quote: "Veranstalter 60.000", subject: "protesters", value: "[60000, 60000]", attribution: "Veranstalter" },
        { id: "c3", quote: "am Samstag", occurrence: 1, subject: "Protest", value: "2027-10-09..2027-10-09 day" },
        { id: "c4", quote: "in der Spitze 24.000 Demonstrierende", subject: "protesters", value: "[24000, 24000]", place: "Vienna", asOf: "2027-10-09", attribution: "Polizei" },
        { id: "c5", quote: "sprach von 60.000", subject: "protesters", value: "[60000, 60000]", place: "Vienna", asOf: "2027-10-09", attribution: "Bündnis" },
        { id: "c6", quote: "rund 38.000 Menschen", subject: "protesters", value: "[34200, 41800]", asOf: "2027-10-09", attribution: "Innenministerium" },
        { id: "c7", quote: "knapp 90.000", subject: "protesters", value: "[81000, 90000)", asOf: "2027-10-09", attribution: "Veranstalter" },
        { id: "c8", quote: "6.500 Teilnehmer", subject: "protesters", value: "[6500, 6500]", place: "Graz", attribution: "Polizei" },
        { id: "c9", quote: "rund 3.000", subject: "protesters", value: "[2700, 3300]", place: "Linz", attribution: "Polizei" },
        { id: "c10", quote: "17 Personen fest", subject: "arrests", value: "[17, 17]", place: "Vienna" },
        { id: "c11", quote: "sieben Beamte wurden verletzt", subject: "injured", qualifier: "police", value: "[7, 7]", place: "Vienna" },
        { id: "c12", quote: "von 14 Festnahmen", subject: "arrests", value: "[14, 14]", place: "Vienna", asOf: "2027-10-09", attribution: "Landespolizeidirektion" },
        { id: "c13", quote: "rund 250.000 Euro", subject: "cost", value: "[225000, 275000]", unit: "EUR", place: "Vienna", attribution: "Wirtschaftskammer Wien" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2027-10-10",
      outlet: "Central Europe Monitor",
      text: [
        "Austria rent protest: police count 38,000 nationwide, organisers nearly 90,000",
        "VIENNA — Police and organisers gave sharply different figures on Sunday for Saturday's protests against Austria's planned rent law. The interior ministry said around 38,000 people took part nationwide on Saturday, including 24,000 in Vienna at the peak of the march. The alliance behind the protests, Wohnen darf nicht arm machen, put Saturday's nationwide total at nearly 90,000.",
        "In Vienna, 17 people were detained and seven police officers injured, police said on Sunday morning. Shops on Mariahilfer Strasse reported damage of about €250,000, according to the Vienna Chamber of Commerce, whose head, 64-year-old Renate Lichtl, called the looting \"a disgrace\".",
        "Rents in older flats would rise by 9% on average under the bill, according to the Chamber of Labour; the housing ministry says the rise would be no more than 4%.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "count 38,000 nationwide", subject: "protesters", value: "[38000, 38000]", attribution: "police" },
        { id: "c2", quote: "organisers nearly 90,000", subject: "protesters", value: "[81000, 90000)", attribution: "organisers" },
        { id: "c3", quote: "around 38,000 people", subject: "protesters", value: "[34200, 41800]", asOf: "2027-10-09", attribution: "interior ministry" },
        { id: "c4", quote: "24,000 in Vienna", subject: "protesters", value: "[24000, 24000]", place: "Vienna", asOf: "2027-10-09", attribution: "interior ministry" },
        { id: "c5", quote: "at nearly 90,000", subject: "protesters", value: "[81000, 90000)", asOf: "2027-10-09", attribution: "alliance" },
        { id: "c6", quote: "17 people were detained", subject: "arrests", value: "[17, 17]", place: "Vienna", attribution: "police" },
        { id: "c7", quote: "seven police officers injured", subject: "injured", qualifier: "police", value: "[7, 7]", place: "Vienna", attribution: "police" },
        { id: "c8", quote: "about €250,000", subject: "cost", value: "[225000, 275000]", unit: "EUR", place: "Vienna", attribution: "Vienna Chamber of Commerce" },
        { id: "c9", quote: "by 9% on average", subject: "rent", value: "[9, 9]", unit: "%", change: true, attribution: "Chamber of Labour" },
        { id: "c10", quote: "no more than 4%", subject: "rent", value: "[0, 4]", unit: "%", change: true, attribution: "housing ministry" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2027-10-11",
      outlet: "Oberösterreichisches Tagblatt",
      text: [
        "Mietenprotest geht weiter: Rund 8.000 Menschen am Sonntag auf dem Heldenplatz",
        "Auch am zweiten Tag des Protests gegen die Mietrechtsnovelle sind in Wien Tausende auf die Straße gegangen. Die Polizei zählte beim Sitzstreik auf dem Heldenplatz rund 8.000 am Sonntagnachmittag, das Bündnis „Wohnen darf nicht arm machen“ sprach von mehr als 15.000.",
        "Die Bilanz des Wochenendes fällt nach Polizeiangaben so aus: In Wien wurden insgesamt 23 Personen festgenommen, elf Beamte erlitten leichte Verletzungen. Österreichweit nahm die Polizei am Wochenende 29 Menschen fest.",
        "Innenminister Gerald Hainzl sprach am Montag von „weitgehend friedlichen“ Protesten. Die Demonstration vom Samstag sei mit 38.000 Teilnehmern österreichweit die größte seit 2015 gewesen. Das Bündnis spricht inzwischen von mehr als 100.000 Teilnehmern an beiden Tagen.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Rund 8.000 Menschen am Sonntag", subject: "protesters", value: "[7200, 8800]", place: "Vienna", asOf: "2027-10-10" },
        { id: "c2", quote: "Tausende", subject: "protesters", value: "[2000, 9999]", place: "Vienna", asOf: "2027-10-10" },
        { id: "c3", quote: "rund 8.000 am Sonntagnachmittag", subject: "protesters", value: "[7200, 8800]", place: "Vienna", asOf: "2027-10-10", attribution: "Polizei" },
        { id: "c4", quote: "mehr als 15.000", subject: "protesters", value: "(15000, ∞)", place: "Vienna", asOf: "2027-10-10", attribution: "Bündnis „Wohnen darf nicht arm machen“" },
        { id: "c5", quote: "insgesamt 23 Personen festgenommen", subject: "arrests", value: "[23, 23]", place: "Vienna", asOf: "2027-10-09..2027-10-10", attribution: "Polizei" },
        { id: "c6", quote: "elf Beamte", subject: "injured", qualifier: "police", value: "[11, 11]", place: "Vienna", asOf: "2027-10-09..2027-10-10", attribution: "Polizei" },
        { id: "c7", quote: "29 Menschen fest", subject: "arrests", value: "[29, 29]", asOf: "2027-10-09..2027-10-10" },
        { id: "c8", quote: "mit 38.000 Teilnehmern", subject: "protesters", value: "[38000, 38000]", asOf: "2027-10-09", attribution: "Innenminister Gerald Hainzl" },
        { id: "c9", quote: "mehr als 100.000 Teilnehmern", subject: "protesters", value: "(100000, ∞)", asOf: "2027-10-09..2027-10-10", attribution: "Bündnis" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2027-10-11",
      outlet: "Vienna Ledger",
      text: [
        "Vienna rent protests end with 23 arrests over weekend",
        "VIENNA — Austria's weekend of protests against a planned rent law ended on Sunday with a sit-in on Heldenplatz that police said drew about 8,000 people, after a Saturday march that organisers claim was the country's biggest in years.",
        "Interior Minister Gerald Hainzl said 38,000 people had joined rallies nationwide on Saturday, a figure the organisers dispute: they say 60,000 marched in Vienna alone. Police in Vienna said 23 people were arrested over the two days and 11 officers were hurt, up from 14 arrests and five injured officers reported on Saturday night.",
        "Graz police revised their count for Saturday's rally in the city up to 7,200 from 6,500. Parliament is due to vote on the bill on Oct. 20.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "23 arrests", subject: "arrests", value: "[23, 23]", place: "Vienna", asOf: "2027-10-09..2027-10-10" },
        { id: "c2", quote: "on Sunday", subject: "sit-in", value: "2027-10-10..2027-10-10 day" },
        { id: "c3", quote: "about 8,000 people", subject: "protesters", value: "[7200, 8800]", place: "Vienna", asOf: "2027-10-10", attribution: "police" },
        { id: "c4", quote: "38,000 people", subject: "protesters", value: "[38000, 38000]", asOf: "2027-10-09", attribution: "Interior Minister Gerald Hainzl" },
        { id: "c5", quote: "60,000 marched in Vienna alone", subject: "protesters", value: "[60000, 60000]", place: "Vienna", asOf: "2027-10-09", attribution: "organisers" },
        { id: "c6", quote: "23 people were arrested", subject: "arrests", value: "[23, 23]", place: "Vienna", asOf: "2027-10-09..2027-10-10", attribution: "Police in Vienna" },
        { id: "c7", quote: "11 officers were hurt", subject: "injured", qualifier: "police", value: "[11, 11]", place: "Vienna", asOf: "2027-10-09..2027-10-10", attribution: "Police in Vienna" },
        { id: "c8", quote: "14 arrests", subject: "arrests", value: "[14, 14]", place: "Vienna", asOf: "2027-10-09", attribution: "Police in Vienna" },
        { id: "c9", quote: "five injured officers", subject: "injured", qualifier: "police", value: "[5, 5]", place: "Vienna", asOf: "2027-10-09", attribution: "Police in Vienna" },
        { id: "c10", quote: "up to 7,200", subject: "protesters", value: "[7200, 7200]", place: "Graz", asOf: "2027-10-09", attribution: "Graz police" },
        { id: "c11", quote: "from 6,500", subject: "protesters", value: "[6500, 6500]", place: "Graz", asOf: "2027-10-09", attribution: "Graz police" },
        { id: "c12", quote: "Oct. 20", subject: "vote", value: "2027-10-20..2027-10-20 day" },
      ],
    },
  ],
  pairs: [
    { a: "de-2#c4", b: "de-2#c5", conflicting: true, why: "the Vienna march on Saturday: police 24,000 at the peak vs the alliance 60,000" },
    { a: "en-1#c4", b: "en-1#c5", conflicting: true, why: "the Vienna march on Saturday: police 24,000 vs organisers 60,000" },
    { a: "de-2#c6", b: "de-2#c7", conflicting: true, why: "Saturday's nationwide total: ministry about 38,000 vs organisers almost 90,000" },
    { a: "en-2#c3", b: "en-2#c5", conflicting: true, why: "Saturday's nationwide total: ministry about 38,000 vs alliance nearly 90,000" },
    { a: "en-3#c4", b: "en-3#c5", conflicting: true, why: "a part exceeds its whole: organisers' 60,000 in Vienna alone vs the minister's 38,000 nationwide" },
    { a: "de-3#c3", b: "de-3#c4", conflicting: true, why: "the sit-in on Sunday afternoon: police about 8,000 vs alliance more than 15,000" },
    { a: "de-1#c5", b: "de-1#c6", conflicting: true, why: "rent rise under the bill: Chamber of Labour 9% vs ministry at most 4%" },
    { a: "de-2#c4", b: "de-2#c6", conflicting: false, why: "Vienna vs all of Austria (the ministry's whole includes Vienna)" },
    { a: "en-1#c4", b: "de-3#c3", conflicting: false, why: "Saturday evening's peak vs Sunday afternoon's sit-in: different days" },
    { a: "en-1#c7", b: "en-3#c6", conflicting: false, why: "arrests on Saturday vs over the whole weekend: rose over time" },
    { a: "de-3#c5", b: "de-3#c7", conflicting: false, why: "arrests in Vienna vs in all of Austria" },
    { a: "de-2#c8", b: "en-1#c6", conflicting: false, why: "overlapping: 6,500 vs about 6,500 in Graz" },
    { a: "de-2#c8", b: "de-2#c9", conflicting: false, why: "different places: Graz vs Linz" },
    { a: "de-2#c10", b: "en-2#c6", conflicting: false, why: "same arrests in Vienna" },
    { a: "en-1#c8", b: "en-3#c7", conflicting: false, why: "injured officers on Saturday vs over the weekend: rose over time" },
    { a: "de-3#c9", b: "de-2#c7", conflicting: false, why: "both days vs Saturday alone: different times" },
    { a: "de-2#c6", b: "de-3#c8", conflicting: false, why: "overlapping: about 38,000 vs 38,000" },
  ],
};
