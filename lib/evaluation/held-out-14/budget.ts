import type { EvalEvent } from "../schema";

/** Munich's 2034 budget, from the treasurer's draft in October 2033 to its passage in the city council in December; the opposition and the chamber of commerce dispute the debt and the deficit. */
export const munichBudget: EvalEvent = {
  id: "munich-budget-2034",
  kind: "budget",
  title: "City of Munich budget 2034",
  articles: [
    {
      id: "en-1",
      language: "en",
      publishedAt: "2033-10-12",
      outlet: "The Munich Courier",
      text: `Munich unveils €10.4bn budget for 2034, debt to climb

MUNICH, Oct 12 – Munich's treasurer presented a draft budget of €10.4 billion for 2034 on Wednesday, with record investment and a deficit the city says it can carry.

"We are investing €1.9bn next year, more than ever before, while cutting €180m elsewhere," treasurer Julia Brandl said in a statement released by City Hall. Schools receive €1.1bn, the largest single item, followed by public transport with €480m and housing with €390m.

The city expects a deficit of €620 million. Its debt is set to rise from €6.1bn at the end of this year to €7.3bn by the end of 2034, the statement said. Business tax, Munich's largest source of income, is forecast to bring in €3.6bn, up 4% on this year.

The draft also creates 1,250 new posts, most of them in childcare. The council's finance committee will debate it on 21 November; the full council is due to vote on 14 December.

Brandl, 51, has been treasurer since 2029 and is the first woman in the post.`,
      claims: [
        { id: "c1", quote: "€10.4bn budget", subject: "budget", value: "[10400000000, 10400000000]", unit: "EUR" },
        { id: "c2", quote: "draft budget of €10.4 billion", subject: "budget", value: "[10400000000, 10400000000]", unit: "EUR" },
        { id: "c3", quote: "for 2034 on Wednesday", subject: "draft budget", value: "2033-10-12..2033-10-12 day" },
        { id: "c4", quote: "investing €1.9bn", subject: "investment", value: "[1900000000, 1900000000]", unit: "EUR", attribution: "treasurer Julia Brandl" },
        { id: "c5", quote: "cutting €180m", subject: "spending", value: "[-180000000, -180000000]", unit: "EUR", change: true, attribution: "treasurer Julia Brandl" },
        { id: "c6", quote: "Schools receive €1.1bn", subject: "spending", qualifier: "schools", value: "[1100000000, 1100000000]", unit: "EUR" },
        { id: "c7", quote: "public transport with €480m", subject: "spending", qualifier: "public transport", value: "[480000000, 480000000]", unit: "EUR" },
        { id: "c8", quote: "housing with €390m", subject: "spending", qualifier: "housing", value: "[390000000, 390000000]", unit: "EUR" },
        { id: "c9", quote: "deficit of €620 million", subject: "deficit", value: "[620000000, 620000000]", unit: "EUR", attribution: "city" },
        { id: "c10", quote: "€6.1bn at the end of this year", subject: "debt", value: "[6100000000, 6100000000]", unit: "EUR", asOf: "2033-12-31", attribution: "statement" },
        { id: "c11", quote: "€7.3bn by the end of 2034", subject: "debt", value: "[7300000000, 7300000000]", unit: "EUR", asOf: "2034-12-31", attribution: "statement" },
        { id: "c12", quote: "€3.6bn", subject: "revenue", qualifier: "business tax", value: "[3600000000, 3600000000]", unit: "EUR" },
        { id: "c13", quote: "up 4% on this year", subject: "revenue", qualifier: "business tax", value: "[4, 4]", unit: "%", change: true },
        { id: "c14", quote: "1,250 new posts", subject: "posts", value: "[1250, 1250]" },
      ],
    },
    {
      id: "de-1",
      language: "de",
      publishedAt: "2033-10-12",
      outlet: "Isar-Presse",
      text: `München plant Rekordhaushalt von 10,4 Milliarden Euro

München (IP) – Die Stadt München will im kommenden Jahr so viel Geld ausgeben wie nie zuvor. Stadtkämmerin Julia Brandl legte am Mittwoch den Entwurf für den Haushalt 2034 vor: Er umfasst 10,4 Mrd. Euro, rund 5 Prozent mehr als der laufende Etat. Für Investitionen sind 1,9 Milliarden Euro vorgesehen.

Größter Einzelposten sind die Schulen mit 1,1 Mrd. Euro; in den Nahverkehr fließen 480 Mio. Euro, in den Wohnungsbau 390 Millionen. An anderer Stelle sollen gut 180 Millionen Euro eingespart werden, unter anderem bei Zuschüssen für Vereine. Zudem sind rund 1.250 neue Stellen geplant, vor allem in Kitas.

Das Defizit beziffert die Kämmerei auf 620 Mio. Euro. Die Schulden der Stadt (ohne Stadtwerke) steigen damit bis Ende 2034 auf 7,3 Milliarden Euro. Die CSU-Fraktion im Stadtrat sprach von einer „Schuldenlawine“: Ihr Finanzsprecher Thomas Reiter rechnete vor, die Verschuldung werde Ende 2034 eher bei 7,9 Mrd. Euro liegen, wenn man die Kredite für den Bau der U-Bahn-Linie U9 einbeziehe.

Die Gewerbesteuer soll 3,6 Milliarden Euro einbringen. Der Stadtrat stimmt am 14. Dezember ab; die Sitzung beginnt um 9 Uhr im Großen Sitzungssaal des Rathauses am Marienplatz 8.`,
      claims: [
        { id: "c1", quote: "Rekordhaushalt von 10,4 Milliarden Euro", subject: "budget", value: "[10400000000, 10400000000]", unit: "EUR" },
        { id: "c2", quote: "legte am Mittwoch den Entwurf", subject: "Entwurf", value: "2033-10-12..2033-10-12 day" },
        { id: "c3", quote: "10,4 Mrd. Euro", subject: "budget", value: "[10400000000, 10400000000]", unit: "EUR" },
        { id: "c4", quote: "rund 5 Prozent mehr", subject: "budget", value: "[4.5, 5.5]", unit: "%", change: true },
        { id: "c5", quote: "1,9 Milliarden Euro", subject: "investment", value: "[1900000000, 1900000000]", unit: "EUR" },
        { id: "c6", quote: "Schulen mit 1,1 Mrd. Euro", subject: "spending", qualifier: "schools", value: "[1100000000, 1100000000]", unit: "EUR" },
        { id: "c7", quote: "480 Mio. Euro", subject: "spending", qualifier: "public transport", value: "[480000000, 480000000]", unit: "EUR" },
        { id: "c8", quote: "in den Wohnungsbau 390 Millionen", subject: "spending", qualifier: "housing", value: "[390000000, 390000000]", unit: "EUR" },
        { id: "c9", quote: "gut 180 Millionen Euro eingespart", subject: "spending", value: "[-198000000, -180000000)", unit: "EUR", change: true },
        { id: "c10", quote: "rund 1.250 neue Stellen", subject: "Stellen", value: "[1125, 1375]" },
        { id: "c11", quote: "620 Mio. Euro", subject: "deficit", value: "[620000000, 620000000]", unit: "EUR", attribution: "Kämmerei" },
        { id: "c12", quote: "auf 7,3 Milliarden Euro", subject: "debt", value: "[7300000000, 7300000000]", unit: "EUR", asOf: "2034-12-31" },
        { id: "c13", quote: "eher bei 7,9 Mrd. Euro", subject: "debt", value: "[7900000000, 7900000000]", unit: "EUR", asOf: "2034-12-31", attribution: "Finanzsprecher Thomas Reiter" },
        { id: "c14", quote: "3,6 Milliarden Euro", subject: "revenue", qualifier: "business tax", value: "[3600000000, 3600000000]", unit: "EUR" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2033-11-22",
      outlet: "The Bavarian Business Review",
      text: `"The real debt figure is €8.1bn": Munich chamber economist on the draft budget

Munich's chamber of commerce (IHK) has challenged the city's budget arithmetic. We asked its chief economist, Stefan Albrecht, 62, about the numbers.

The city says its debt will reach €7.3bn by the end of 2034. You say that is too low.
Yes. The treasurer leaves out €800m of loans the city will guarantee for the U9 underground line. If you add those, Munich's debt is about €8.1bn at the end of 2034, not €7.3bn.

The finance committee has since changed the draft. Does that help?
It made things worse. The committee added €150m in spending, including €40m more for housing and €50m for schools. The total now stands at €10.55bn, and the deficit grows to around €690m.

What about investment?
€2bn is a good number in itself, up from €1.9bn in the first draft. The question is whether the city can spend it: building firms are booked out until 2036.

And business tax?
The city expects €3.6bn. We think €3.3bn to €3.4bn is more realistic. Our autumn survey was the gloomiest since 2009.`,
      claims: [
        { id: "c1", quote: "The real debt figure is €8.1bn", subject: "debt", value: "[8100000000, 8100000000]", unit: "EUR", attribution: "Munich chamber economist" },
        { id: "c2", quote: "€7.3bn by the end of 2034", subject: "debt", value: "[7300000000, 7300000000]", unit: "EUR", asOf: "2034-12-31", attribution: "city" },
        { id: "c3", quote: "€800m of loans", subject: "loans", value: "[800000000, 800000000]", unit: "EUR", attribution: "Stefan Albrecht" },
        { id: "c4", quote: "about €8.1bn at the end of 2034", subject: "debt", value: "[7290000000, 8910000000]", unit: "EUR", asOf: "2034-12-31", attribution: "Stefan Albrecht" },
        { id: "c5", quote: "not €7.3bn", subject: "debt", value: "[7300000000, 7300000000]", unit: "EUR", asOf: "2034-12-31", attribution: "Stefan Albrecht", certainty: "denied" },
        { id: "c6", quote: "€150m in spending", subject: "spending", value: "[150000000, 150000000]", unit: "EUR", change: true, attribution: "Stefan Albrecht" },
        { id: "c7", quote: "€40m more for housing", subject: "spending", qualifier: "housing", value: "[40000000, 40000000]", unit: "EUR", change: true, attribution: "Stefan Albrecht" },
        { id: "c8", quote: "€50m for schools", subject: "spending", qualifier: "schools", value: "[50000000, 50000000]", unit: "EUR", change: true, attribution: "Stefan Albrecht" },
        { id: "c9", quote: "€10.55bn", subject: "budget", value: "[10550000000, 10550000000]", unit: "EUR", attribution: "Stefan Albrecht" },
        { id: "c10", quote: "around €690m", subject: "deficit", value: "[621000000, 759000000]", unit: "EUR", attribution: "Stefan Albrecht" },
        { id: "c11", quote: "€2bn is a good number", subject: "investment", value: "[2000000000, 2000000000]", unit: "EUR", attribution: "Stefan Albrecht" },
        { id: "c12", quote: "up from €1.9bn in the first draft", subject: "investment", value: "[1900000000, 1900000000]", unit: "EUR", attribution: "Stefan Albrecht" },
        { id: "c13", quote: "The city expects €3.6bn", subject: "revenue", qualifier: "business tax", value: "[3600000000, 3600000000]", unit: "EUR", attribution: "city" },
        { id: "c14", quote: "€3.3bn to €3.4bn", subject: "revenue", qualifier: "business tax", value: "[3300000000, 3400000000]", unit: "EUR", attribution: "Stefan Albrecht" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2033-12-14",
      outlet: "Münchner Stadtanzeiger Live",
      text: `Stadtrat beschließt Haushalt 2034 – die Sitzung im Liveticker

9:05 – Oberbürgermeisterin Katrin Sommer eröffnet die Sitzung. Auf der Tagesordnung: der Haushalt 2034 mit einem Volumen von inzwischen 10,6 Milliarden Euro.

10:20 – Kämmerin Brandl verteidigt das Defizit von 690 Millionen Euro. Die Investitionen lägen mit 2,0 Mrd. Euro „auf Rekordniveau“.

11:48 – CSU-Finanzsprecher Reiter: Die Schulden stiegen bis Ende 2034 nicht auf 7,4 Milliarden, wie die Kämmerei sagt, sondern auf über 8 Milliarden Euro.

12:30 – Die Kämmerin kontert: Der Schuldenstand Ende 2034 liege bei 7,4 Mrd. Euro, die U9-Kredite seien Sache der Stadtwerke.

14:32 – Abstimmung: 48 Stadträtinnen und Stadträte stimmen für den Haushalt, 31 dagegen, eine Enthaltung. Damit ist der Etat beschlossen.

14:40 – Für Schulen gibt es am Ende 1,15 Milliarden Euro, für den Wohnungsbau 430 Millionen Euro – 40 Millionen mehr als im Entwurf.

15:10 – Die Industrie- und Handelskammer bleibt bei ihrer Kritik: Das Defizit werde eher bei 800 Millionen landen. Die Sitzung dauerte knapp sechs Stunden.`,
      claims: [
        { id: "c1", quote: "10,6 Milliarden Euro", subject: "budget", value: "[10600000000, 10600000000]", unit: "EUR" },
        { id: "c2", quote: "Defizit von 690 Millionen Euro", subject: "deficit", value: "[690000000, 690000000]", unit: "EUR", attribution: "Kämmerin Brandl" },
        { id: "c3", quote: "2,0 Mrd. Euro", subject: "investment", value: "[2000000000, 2000000000]", unit: "EUR", attribution: "Kämmerin Brandl" },
        { id: "c4", quote: "nicht auf 7,4 Milliarden", subject: "debt", value: "[7400000000, 7400000000]", unit: "EUR", asOf: "2034-12-31", attribution: "CSU-Finanzsprecher Reiter", certainty: "denied" },
        { id: "c5", quote: "über 8 Milliarden Euro", subject: "debt", value: "(8000000000, ∞)", unit: "EUR", asOf: "2034-12-31", attribution: "CSU-Finanzsprecher Reiter" },
        { id: "c6", quote: "7,4 Mrd. Euro", subject: "debt", value: "[7400000000, 7400000000]", unit: "EUR", asOf: "2034-12-31", attribution: "Kämmerin" },
        { id: "c7", quote: "48 Stadträtinnen und Stadträte stimmen für den Haushalt", subject: "votes", qualifier: "in favour", value: "[48, 48]" },
        { id: "c8", quote: "31 dagegen", subject: "votes", qualifier: "against", value: "[31, 31]" },
        { id: "c9", quote: "eine Enthaltung", subject: "votes", qualifier: "abstention", value: "[1, 1]" },
        { id: "c10", quote: "1,15 Milliarden Euro", subject: "spending", qualifier: "schools", value: "[1150000000, 1150000000]", unit: "EUR" },
        { id: "c11", quote: "430 Millionen Euro", subject: "spending", qualifier: "housing", value: "[430000000, 430000000]", unit: "EUR" },
        { id: "c12", quote: "40 Millionen mehr", subject: "spending", qualifier: "housing", value: "[40000000, 40000000]", unit: "EUR", change: true },
        { id: "c13", quote: "eher bei 800 Millionen", subject: "deficit", value: "[800000000, 800000000]", unit: "EUR", attribution: "Industrie- und Handelskammer" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2033-12-15",
      outlet: "Europe Finance Wire",
      text: `Munich council passes €10.6bn budget for 2034

MUNICH, Dec 15 – Munich's city council on Wednesday approved a 2034 budget of €10.6 billion, €200 million more than the draft presented in October, with 48 votes in favour and 31 against.

The budget plans investment of €2.0bn and a deficit of €690m, treasurer Julia Brandl said. Schools get €1.15bn; public transport €495m; housing €430m. The city's debt, excluding its utility Stadtwerke München, is expected to reach €7.4bn by the end of 2034, up from an estimated €6.1bn at the end of this month.

The opposition CSU, which voted against, put the debt at more than €8bn. The chamber of commerce said the deficit was likely to approach €800m.

Correction: An earlier version of this story said the budget had passed with 49 votes. It passed with 48.

The budget takes effect on 1 January. Mayor Katrin Sommer, 49, called it "a budget for the next 10 years".`,
      claims: [
        { id: "c1", quote: "€10.6bn budget", subject: "budget", value: "[10600000000, 10600000000]", unit: "EUR" },
        { id: "c2", quote: "on Wednesday approved", subject: "budget vote", value: "2033-12-14..2033-12-14 day" },
        { id: "c3", quote: "budget of €10.6 billion", subject: "budget", value: "[10600000000, 10600000000]", unit: "EUR" },
        { id: "c4", quote: "€200 million more than the draft", subject: "budget", value: "[200000000, 200000000]", unit: "EUR", change: true },
        { id: "c5", quote: "48 votes in favour", subject: "votes", qualifier: "in favour", value: "[48, 48]" },
        { id: "c6", quote: "31 against", subject: "votes", qualifier: "against", value: "[31, 31]" },
        { id: "c7", quote: "investment of €2.0bn", subject: "investment", value: "[2000000000, 2000000000]", unit: "EUR", attribution: "treasurer Julia Brandl" },
        { id: "c8", quote: "deficit of €690m", subject: "deficit", value: "[690000000, 690000000]", unit: "EUR", attribution: "treasurer Julia Brandl" },
        { id: "c9", quote: "Schools get €1.15bn", subject: "spending", qualifier: "schools", value: "[1150000000, 1150000000]", unit: "EUR" },
        { id: "c10", quote: "public transport €495m", subject: "spending", qualifier: "public transport", value: "[495000000, 495000000]", unit: "EUR" },
        { id: "c11", quote: "housing €430m", subject: "spending", qualifier: "housing", value: "[430000000, 430000000]", unit: "EUR" },
        { id: "c12", quote: "€7.4bn by the end of 2034", subject: "debt", value: "[7400000000, 7400000000]", unit: "EUR", asOf: "2034-12-31" },
        { id: "c13", quote: "an estimated €6.1bn at the end of this month", subject: "debt", value: "[5490000000, 6710000000]", unit: "EUR", asOf: "2033-12-31" },
        { id: "c14", quote: "more than €8bn", subject: "debt", value: "(8000000000, ∞)", unit: "EUR", attribution: "opposition CSU" },
        { id: "c15", quote: "approach €800m", subject: "deficit", value: "[720000000, 800000000)", unit: "EUR", attribution: "chamber of commerce", certainty: "hedged" },
        { id: "c16", quote: "passed with 49 votes", subject: "votes", qualifier: "in favour", value: "[49, 49]", certainty: "denied" },
        { id: "c17", quote: "passed with 48", subject: "votes", qualifier: "in favour", value: "[48, 48]" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c12", b: "de-1#c13", conflicting: true, why: "debt at the end of 2034: treasury 7.3bn vs CSU 7.9bn" },
    { a: "de-2#c2", b: "de-2#c13", conflicting: true, why: "same day, deficit: treasurer 690m vs chamber about 800m" },
    { a: "de-2#c5", b: "de-2#c6", conflicting: true, why: "debt at the end of 2034: CSU over 8bn vs treasurer 7.4bn" },
    { a: "en-2#c4", b: "en-2#c2", conflicting: true, why: "debt at the end of 2034: chamber about 8.1bn vs city 7.3bn" },
    { a: "en-1#c2", b: "en-3#c3", conflicting: false, why: "draft vs passed budget: an update" },
    { a: "en-1#c9", b: "de-2#c2", conflicting: false, why: "deficit in the draft vs after the committee's changes" },
    { a: "en-3#c9", b: "en-3#c3", conflicting: false, why: "schools are a part of the whole budget" },
    { a: "de-1#c8", b: "de-2#c11", conflicting: false, why: "housing money in the draft vs the passed budget" },
    { a: "de-2#c12", b: "de-2#c11", conflicting: false, why: "a change vs a level" },
    { a: "de-2#c7", b: "en-3#c5", conflicting: false, why: "same vote count, 48 in favour" },
    { a: "en-1#c11", b: "en-3#c12", conflicting: false, why: "debt forecast for the end of 2034 in the draft vs the passed budget" },
    { a: "en-1#c10", b: "en-1#c11", conflicting: false, why: "debt at the end of 2033 vs the end of 2034" },
    { a: "de-1#c13", b: "en-2#c4", conflicting: false, why: "overlapping values: CSU 7.9bn vs chamber about 8.1bn" },
    { a: "en-2#c9", b: "en-3#c3", conflicting: false, why: "total after the committee vs after the council vote" },
  ],
};
