import type { EvalEvent } from "../schema";

/**
 * Tuning event (budget), written 2026-12-02 (ninth batch) without reading the rules and labelled
 * before the extractor read it: the city of Vienna's draft budget (Voranschlag) for 2032, from its
 * presentation on Monday, 17 November 2031, to the city audit office's statement on Friday,
 * 21 November. A real city and real opposition parties with invented people, figures and outlets.
 * Figures for the current year ("heuer", "im laufenden Jahr", "this year") next to the next budget
 * year's; debt at the end of 2031 and 2032; percent changes up and down ("um 3,9 Prozent mehr", "falls
 * 12%"). Conflicts: the spending increase at 3.9% in one outlet and 4.9% in another on the same day;
 * the 2031 deficit at €2.3bn (city) against about €2.7bn (opposition) and €2.6bn (auditor); debt at the
 * end of 2032 at €16.7bn (city), "sicher unter 17 Milliarden" (finance councillor), more than €18bn
 * (opposition) and €17.2bn (auditor); revenue for 2032 at €19.6bn (city) against €19.2bn (auditor).
 * A figure named and denied ("nicht bei 16,7", "Statt 2,3 Milliarden Euro"); parts of spending (health
 * and social, education, staff, climate) next to the total. Traps: "Voranschlag 2032", "am
 * 26. November", "zwei Tage", a population of 2.1 million, "nine federal states", "um 10 Uhr",
 * "Rathausstraße 14", an age "54", "96 Seiten", "9 a.m.".
 */
export const viennaCityBudget: EvalEvent = {
  id: "tuning-budget-vienna-2032",
  kind: "budget",
  title: "The city of Vienna's budget for 2032 (November 2031)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2031-11-17",
      outlet: "Wiener Stadtanzeiger",
      text: [
        "Wiener Budget 2032: Stadt plant 21,4 Milliarden Euro Ausgaben",
        "WIEN – Die Stadt Wien will im kommenden Jahr 21,4 Milliarden Euro ausgeben, um 3,9 Prozent mehr als heuer. Das geht aus dem Voranschlag 2032 hervor, den Finanzstadträtin Sabine Hödl am Montag im Rathaus vorstellte. Die Einnahmen sollen auf 19,6 Milliarden Euro steigen.",
        "Die Neuverschuldung sinkt laut Hödl von 2,3 Milliarden Euro im laufenden Jahr auf 1,8 Milliarden Euro. Der Schuldenstand der Stadt werde Ende 2032 bei 16,7 Milliarden Euro liegen, nach 14,9 Milliarden Euro Ende 2031.",
        "Größter Posten bleiben Gesundheit und Soziales mit 6,2 Milliarden Euro. Für Bildung sind 3,1 Milliarden Euro vorgesehen, die Investitionen steigen auf 3,4 Milliarden Euro. Der Gemeinderat soll den Voranschlag in seiner Sitzung am 26. November beschließen; die Debatte ist auf zwei Tage angesetzt.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "21,4 Milliarden Euro Ausgaben", subject: "spending", value: "[21400000000, 21400000000]", unit: "EUR" },
        { id: "c2", quote: "21,4 Milliarden Euro ausgeben", subject: "spending", value: "[21400000000, 21400000000]", unit: "EUR" },
        { id: "c3", quote: "um 3,9 Prozent mehr", subject: "spending", value: "[3.9, 3.9]", unit: "%", change: true },
        { id: "c4", quote: "auf 19,6 Milliarden Euro", subject: "revenue", value: "[19600000000, 19600000000]", unit: "EUR" },
        { id: "c5", quote: "von 2,3 Milliarden Euro im laufenden Jahr", subject: "deficit", value: "[2300000000, 2300000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Hödl" },
        { id: "c6", quote: "auf 1,8 Milliarden Euro", subject: "deficit", value: "[1800000000, 1800000000]", unit: "EUR", attribution: "Hödl" },
        { id: "c7", quote: "bei 16,7 Milliarden Euro", subject: "debt", value: "[16700000000, 16700000000]", unit: "EUR", asOf: "2032-12-31", attribution: "Hödl" },
        { id: "c8", quote: "nach 14,9 Milliarden Euro Ende 2031", subject: "debt", value: "[14900000000, 14900000000]", unit: "EUR", asOf: "2031-12-31", attribution: "Hödl" },
        { id: "c9", quote: "6,2 Milliarden Euro", subject: "spending", qualifier: "health and social", value: "[6200000000, 6200000000]", unit: "EUR" },
        { id: "c10", quote: "3,1 Milliarden Euro", subject: "spending", qualifier: "education", value: "[3100000000, 3100000000]", unit: "EUR" },
        { id: "c11", quote: "auf 3,4 Milliarden Euro", subject: "investment", value: "[3400000000, 3400000000]", unit: "EUR" },
        { id: "c12", quote: "am Montag", subject: "Voranschlag", value: "2031-11-17..2031-11-17 day" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2031-11-17",
      outlet: "Danube Business Daily",
      text: [
        "Vienna plans €21.4bn budget for 2032, cuts new borrowing to €1.8bn",
        "VIENNA — The city of Vienna plans to spend €21.4 billion next year, an increase of 4.9% on this year, city finance councillor Sabine Hödl said on Monday. New borrowing is to fall to €1.8 billion from €2.3 billion in 2031.",
        "Hödl said the city's debt would reach €16.7 billion by the end of 2032. Health and social services get €6.2 billion, schools and kindergartens €3.1 billion. Investment is to rise by €250 million to €3.4 billion.",
        "Vienna, with about 2.1 million inhabitants, is both a city and one of Austria's nine federal states. The city council will vote on the plan on November 26. Opposition parties criticised the draft for lacking any serious savings.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "€21.4bn budget", subject: "budget", value: "[21400000000, 21400000000]", unit: "EUR" },
        { id: "c2", quote: "new borrowing to €1.8bn", subject: "deficit", value: "[1800000000, 1800000000]", unit: "EUR" },
        { id: "c3", quote: "spend €21.4 billion", subject: "spending", value: "[21400000000, 21400000000]", unit: "EUR", attribution: "city finance councillor Sabine Hödl" },
        { id: "c4", quote: "an increase of 4.9%", subject: "spending", value: "[4.9, 4.9]", unit: "%", change: true, attribution: "city finance councillor Sabine Hödl" },
        { id: "c5", quote: "to €1.8 billion", subject: "deficit", value: "[1800000000, 1800000000]", unit: "EUR" },
        { id: "c6", quote: "from €2.3 billion in 2031", subject: "deficit", value: "[2300000000, 2300000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31" },
        { id: "c7", quote: "€16.7 billion", subject: "debt", value: "[16700000000, 16700000000]", unit: "EUR", asOf: "2032-12-31", attribution: "Hödl" },
        { id: "c8", quote: "€6.2 billion", subject: "spending", qualifier: "health and social", value: "[6200000000, 6200000000]", unit: "EUR" },
        { id: "c9", quote: "€3.1 billion", subject: "spending", qualifier: "education", value: "[3100000000, 3100000000]", unit: "EUR" },
        { id: "c10", quote: "by €250 million", subject: "investment", value: "[250000000, 250000000]", unit: "EUR", change: true },
        { id: "c11", quote: "to €3.4 billion", subject: "investment", value: "[3400000000, 3400000000]", unit: "EUR" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2031-11-19",
      outlet: "Wiener Abendpost",
      text: [
        "Opposition: Wiens Schulden steigen auf mehr als 18 Milliarden Euro",
        "WIEN – Die Opposition im Wiener Rathaus wirft der Stadtregierung vor, die Verschuldung schönzurechnen. Nach Berechnungen der ÖVP wird der Schuldenstand Ende 2032 nicht bei 16,7, sondern bei mehr als 18 Milliarden Euro liegen, weil die Stadt Kredite ihrer Spitäler nicht in den Voranschlag aufnehme. Finanzstadträtin Hödl wies das zurück: Der Schuldenstand liege 2032 „sicher unter 17 Milliarden Euro“.",
        "Auch die Neuverschuldung für heuer sei höher als angegeben, sagte Klubobmann Markus Wendl: Statt 2,3 Milliarden Euro würden es rund 2,7 Milliarden Euro. Die Grünen kritisierten, dass die Mittel für den Klimaschutz um 12 Prozent auf 410 Millionen Euro sinken.",
        "Die Stadtregierung verweist darauf, dass die Personalausgaben 2032 um 5,6 Prozent auf 7,9 Milliarden Euro steigen, vor allem wegen höherer Gehälter. Die ÖVP lädt für Donnerstag um 10 Uhr zu einer Pressekonferenz in die Rathausstraße 14.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "auf mehr als 18 Milliarden Euro", subject: "debt", value: "(18000000000, ∞)", unit: "EUR", attribution: "Opposition" },
        { id: "c2", quote: "nicht bei 16,7", subject: "debt", value: "[16700000000, 16700000000]", unit: "EUR", asOf: "2032-12-31", attribution: "ÖVP", certainty: "denied" },
        { id: "c3", quote: "bei mehr als 18 Milliarden Euro", subject: "debt", value: "(18000000000, ∞)", unit: "EUR", asOf: "2032-12-31", attribution: "ÖVP" },
        { id: "c4", quote: "sicher unter 17 Milliarden Euro", subject: "debt", value: "[0, 17000000000)", unit: "EUR", asOf: "2032-12-31", attribution: "Finanzstadträtin Hödl" },
        { id: "c5", quote: "Statt 2,3 Milliarden Euro", subject: "deficit", value: "[2300000000, 2300000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Klubobmann Markus Wendl", certainty: "denied" },
        { id: "c6", quote: "rund 2,7 Milliarden Euro", subject: "deficit", value: "[2430000000, 2970000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Klubobmann Markus Wendl" },
        { id: "c7", quote: "um 12 Prozent", subject: "spending", qualifier: "climate protection", value: "[-12, -12]", unit: "%", change: true, attribution: "Grüne" },
        { id: "c8", quote: "auf 410 Millionen Euro", subject: "spending", qualifier: "climate protection", value: "[410000000, 410000000]", unit: "EUR", attribution: "Grüne" },
        { id: "c9", quote: "um 5,6 Prozent", subject: "spending", qualifier: "staff", value: "[5.6, 5.6]", unit: "%", change: true, attribution: "Stadtregierung" },
        { id: "c10", quote: "auf 7,9 Milliarden Euro", subject: "spending", qualifier: "staff", value: "[7900000000, 7900000000]", unit: "EUR", attribution: "Stadtregierung" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2031-11-21",
      outlet: "Österreich-Korrespondenz",
      text: [
        "Stadtrechnungshof: Wien macht heuer 2,6 Milliarden Euro neue Schulden",
        "WIEN – Der Wiener Stadtrechnungshof rechnet für das laufende Jahr mit einer Neuverschuldung von 2,6 Milliarden Euro – deutlich mehr, als die Stadtregierung angibt. Das geht aus einer Stellungnahme zum Voranschlag 2032 hervor, die am Freitag veröffentlicht wurde. Den Schuldenstand Ende 2032 schätzen die Prüfer auf 17,2 Milliarden Euro.",
        "Zudem seien die Einnahmen für 2032 zu hoch angesetzt: Statt 19,6 Milliarden Euro erwarten die Prüfer nur 19,2 Milliarden Euro. Die Ertragsanteile des Bundes dürften nach Berechnung des Stadtrechnungshofs nur um 2 Prozent wachsen, nicht um 4,5 Prozent.",
        "Finanzstadträtin Hödl, 54, sprach von „vorsichtigen, realistischen Annahmen“. Die Stellungnahme umfasst 96 Seiten. Die Opposition forderte, den Beschluss im Gemeinderat zu verschieben, bis die Zahlen geklärt seien.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "heuer 2,6 Milliarden Euro neue Schulden", subject: "deficit", value: "[2600000000, 2600000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Stadtrechnungshof" },
        { id: "c2", quote: "Neuverschuldung von 2,6 Milliarden Euro", subject: "deficit", value: "[2600000000, 2600000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Wiener Stadtrechnungshof" },
        { id: "c3", quote: "auf 17,2 Milliarden Euro", subject: "debt", value: "[17200000000, 17200000000]", unit: "EUR", asOf: "2032-12-31", attribution: "Prüfer" },
        { id: "c4", quote: "Statt 19,6 Milliarden Euro", subject: "revenue", value: "[19600000000, 19600000000]", unit: "EUR", attribution: "Prüfer", certainty: "denied" },
        { id: "c5", quote: "nur 19,2 Milliarden Euro", subject: "revenue", value: "[19200000000, 19200000000]", unit: "EUR", attribution: "Prüfer" },
        { id: "c6", quote: "nur um 2 Prozent", subject: "Ertragsanteile", value: "[2, 2]", unit: "%", change: true, attribution: "Stadtrechnungshof" },
        { id: "c7", quote: "nicht um 4,5 Prozent", subject: "Ertragsanteile", value: "[4.5, 4.5]", unit: "%", change: true, attribution: "Stadtrechnungshof", certainty: "denied" },
        { id: "c8", quote: "am Freitag", subject: "Stellungnahme", value: "2031-11-21..2031-11-21 day" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2031-11-21",
      outlet: "Central European Finance",
      text: [
        "Vienna auditors put city's 2031 deficit at €2.6bn, above official figure",
        "VIENNA — Vienna's court of audit expects the city to borrow €2.6 billion this year, against the €2.3 billion forecast by the city government, and sees debt reaching €17.2 billion at the end of 2032.",
        "The conservative opposition puts end-2032 debt at more than €18 billion, counting loans taken out by municipal hospitals, which the city keeps off its books. Vienna's own figure is €16.7 billion.",
        "The auditors also said revenue for 2032 would be €400 million lower than the €19.6 billion planned. Staff costs are to rise 5.6% to €7.9 billion next year, while climate spending falls 12% to €410 million.",
        "Finance councillor Sabine Hödl, 54, said she stood by the figures. The council votes on Wednesday at 9 a.m.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "2031 deficit at €2.6bn", subject: "deficit", value: "[2600000000, 2600000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Vienna auditors" },
        { id: "c2", quote: "borrow €2.6 billion this year", subject: "deficit", value: "[2600000000, 2600000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "Vienna's court of audit" },
        { id: "c3", quote: "€2.3 billion forecast", subject: "deficit", value: "[2300000000, 2300000000]", unit: "EUR", asOf: "2031-01-01..2031-12-31", attribution: "city government" },
        { id: "c4", quote: "€17.2 billion", subject: "debt", value: "[17200000000, 17200000000]", unit: "EUR", asOf: "2032-12-31", attribution: "Vienna's court of audit" },
        { id: "c5", quote: "more than €18 billion", subject: "debt", value: "(18000000000, ∞)", unit: "EUR", asOf: "2032-12-31", attribution: "conservative opposition" },
        { id: "c6", quote: "€16.7 billion", subject: "debt", value: "[16700000000, 16700000000]", unit: "EUR", asOf: "2032-12-31", attribution: "Vienna" },
        { id: "c7", quote: "€400 million lower", subject: "revenue", value: "[-400000000, -400000000]", unit: "EUR", change: true, attribution: "auditors" },
        { id: "c8", quote: "€19.6 billion planned", subject: "revenue", value: "[19600000000, 19600000000]", unit: "EUR" },
        { id: "c9", quote: "rise 5.6%", subject: "spending", qualifier: "staff", value: "[5.6, 5.6]", unit: "%", change: true },
        { id: "c10", quote: "to €7.9 billion", subject: "spending", qualifier: "staff", value: "[7900000000, 7900000000]", unit: "EUR" },
        { id: "c11", quote: "falls 12%", subject: "spending", qualifier: "climate protection", value: "[-12, -12]", unit: "%", change: true },
        { id: "c12", quote: "to €410 million", subject: "spending", qualifier: "climate protection", value: "[410000000, 410000000]", unit: "EUR" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c3", b: "en-1#c4", conflicting: true, why: "same day, same budget: spending up 3.9% vs 4.9%" },
    { a: "de-1#c5", b: "de-3#c2", conflicting: true, why: "the 2031 deficit, city €2.3bn vs audit office €2.6bn" },
    { a: "de-1#c7", b: "de-2#c3", conflicting: true, why: "debt at the end of 2032, city €16.7bn vs opposition more than €18bn" },
    { a: "de-2#c4", b: "de-3#c3", conflicting: true, why: "debt at the end of 2032, below €17bn (finance councillor) vs €17.2bn (auditor)" },
    { a: "de-1#c7", b: "de-2#c4", conflicting: false, why: "compatible: €16.7bn is below €17bn" },
    { a: "de-1#c8", b: "de-1#c7", conflicting: false, why: "different times: debt at the end of 2031 vs the end of 2032" },
    { a: "de-1#c6", b: "de-1#c5", conflicting: false, why: "different years: the 2032 deficit vs the 2031 deficit" },
    { a: "de-1#c4", b: "de-3#c5", conflicting: true, why: "revenue for 2032, city €19.6bn vs auditor €19.2bn" },
    { a: "de-2#c6", b: "de-3#c2", conflicting: false, why: "overlapping values: about €2.7bn vs €2.6bn" },
    { a: "de-1#c9", b: "de-1#c2", conflicting: false, why: "a part of spending (health and social) vs the total" },
    { a: "de-2#c9", b: "de-2#c10", conflicting: false, why: "a change vs a level" },
    { a: "en-2#c5", b: "en-2#c6", conflicting: true, why: "debt at the end of 2032, opposition more than €18bn vs the city's €16.7bn" },
    { a: "de-1#c11", b: "en-1#c10", conflicting: false, why: "a level vs a change" },
    { a: "de-2#c7", b: "en-2#c11", conflicting: false, why: "identical: climate spending down 12%" },
    { a: "de-3#c3", b: "en-2#c4", conflicting: false, why: "identical: the auditor's €17.2bn" },
    { a: "de-1#c5", b: "en-1#c6", conflicting: false, why: "identical: €2.3bn in 2031" },
    { a: "en-1#c2", b: "en-1#c6", conflicting: false, why: "different years: 2032 vs 2031 borrowing" },
    { a: "de-3#c2", b: "en-2#c3", conflicting: true, why: "the 2031 deficit, auditor €2.6bn vs city government €2.3bn" },
  ],
};
