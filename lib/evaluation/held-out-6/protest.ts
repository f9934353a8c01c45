import type { EvalEvent } from "../schema";

/**
 * Held-out event (protest), written 2026-12-01 by someone who had not read the extraction rules, and
 * committed before its first run: marches across Slovakia against a law on the public broadcaster on
 * Friday, 9 February 2029, reported from Friday evening to Monday, 12 February. A real country, cities
 * and square with invented people, initiative, poll, figures and outlets (a German wire, an English
 * wire, a Vienna paper, an English-language report from Bratislava). Police against organisers in
 * Bratislava, Košice and nationwide (conflicts); Bratislava and Košice inside the whole country and a
 * rally in Vienna (scope pairs); the previous Friday's crowd and a petition's signatures rising over the
 * weekend (time pairs); demands with figures (a 30% cut of the broadcaster's budget, jobs to go, savings
 * the prime minister claims); arrests in the night; a parliamentary vote and the next rally's date; a
 * range "28.000 bis 30.000". Traps: "60 Kilometer von Wien", "die zweitgrößte Stadt", "since 2018",
 * "by two weeks", the 150 seats of parliament.
 */
export const slovakiaBroadcasterProtests: EvalEvent = {
  id: "held-out-6-protest-slovakia-broadcaster-2029",
  kind: "protest",
  title: "Protests in Slovakia against the public broadcaster law (February 2029)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2029-02-09",
      outlet: "Mitteleuropa-Nachrichtendienst",
      text: [
        "Zehntausende protestieren in der Slowakei gegen Rundfunkgesetz",
        "BRATISLAVA – In der Slowakei sind am Freitagabend erneut Zehntausende gegen ein umstrittenes Gesetz über den öffentlich-rechtlichen Rundfunk auf die Straße gegangen. Allein auf dem Platz des Slowakischen Nationalaufstands in Bratislava versammelten sich nach Schätzung der Polizei rund 28.000 Menschen. Die Organisatoren von der Initiative „Freie Slowakei“ sprachen von 65.000 Teilnehmern.",
        "Proteste gab es nach Angaben der Veranstalter in 38 Städten, landesweit hätten sich mehr als 120.000 Menschen beteiligt. In Košice, der zweitgrößten Stadt des Landes, zählte die Polizei 9.000 Demonstranten.",
        "Die Demonstranten fordern den Rücktritt von Kulturministerin Zuzana Hrnčiarová und die Rücknahme des Gesetzes, das den Etat des Senders STVR um 30 Prozent kürzen würde. Rund 600 der 2.400 Stellen sollen wegfallen. Eine Woche zuvor hatten in Bratislava laut Polizei 18.000 Menschen demonstriert.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Zehntausende", occurrence: 1, subject: "protesters", value: "[20000, 99999]" },
        { id: "c2", quote: "Zehntausende", occurrence: 2, subject: "protesters", value: "[20000, 99999]" },
        { id: "c3", quote: "am Freitagabend", subject: "Protest", value: "2029-02-09..2029-02-09 day" },
        { id: "c4", quote: "rund 28.000 Menschen", subject: "protesters", value: "[25200, 30800]", place: "Bratislava", attribution: "Polizei" },
        { id: "c5", quote: "65.000 Teilnehmern", subject: "protesters", value: "[65000, 65000]", place: "Bratislava", attribution: "Organisatoren" },
        { id: "c6", quote: "in 38 Städten", subject: "Stadt", qualifier: "protests", value: "[38, 38]", attribution: "Veranstalter" },
        { id: "c7", quote: "mehr als 120.000 Menschen", subject: "protesters", value: "(120000, ∞)", attribution: "Veranstalter" },
        { id: "c8", quote: "9.000 Demonstranten", subject: "protesters", value: "[9000, 9000]", place: "Košice", attribution: "Polizei" },
        { id: "c9", quote: "um 30 Prozent", subject: "budget", qualifier: "STVR", value: "[-30, -30]", unit: "%", change: true },
        { id: "c10", quote: "Rund 600 der 2.400 Stellen", subject: "Stelle", value: "[-660, -540]", change: true },
        { id: "c11", quote: "18.000 Menschen", subject: "protesters", value: "[18000, 18000]", place: "Bratislava", asOf: "2029-02-02", attribution: "Polizei" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2029-02-10",
      outlet: "Danube Wire",
      text: [
        "Tens of thousands rally in Slovakia over broadcaster law",
        "BRATISLAVA — Tens of thousands of people protested across Slovakia on Friday evening against a law that would put the public broadcaster STVR under tighter government control, in the largest demonstrations since 2018.",
        "Police estimated the crowd in Bratislava's SNP Square at about 28,000, while organisers said 65,000 had gathered. A week earlier, police had counted 18,000 in the capital. In Košice, police counted 9,000 people and organisers 15,000.",
        "The organisers, the Free Slovakia initiative, said rallies took place in 38 towns and drew more than 120,000 people in total. A petition demanding a referendum on the law had collected 312,000 signatures by Friday night, they said.",
        "Prime Minister Ľubomír Kováč said the law would save €45 million a year and dismissed the protests as \"a show for foreign media\". Two men were detained in Bratislava after throwing eggs at the government office, police said.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "Tens of thousands", occurrence: 1, subject: "protesters", value: "[20000, 99999]" },
        { id: "c2", quote: "Tens of thousands", occurrence: 2, subject: "protesters", value: "[20000, 99999]" },
        { id: "c3", quote: "on Friday evening", subject: "protest", value: "2029-02-09..2029-02-09 day" },
        { id: "c4", quote: "about 28,000", subject: "protesters", value: "[25200, 30800]", place: "Bratislava", attribution: "Police" },
        { id: "c5", quote: "65,000", subject: "protesters", value: "[65000, 65000]", place: "Bratislava", attribution: "organisers" },
        { id: "c6", quote: "18,000", subject: "protesters", value: "[18000, 18000]", place: "Bratislava", asOf: "2029-02-02", attribution: "police" },
        { id: "c7", quote: "9,000 people", subject: "protesters", value: "[9000, 9000]", place: "Košice", attribution: "police" },
        { id: "c8", quote: "organisers 15,000", subject: "protesters", value: "[15000, 15000]", place: "Košice", attribution: "organisers" },
        { id: "c9", quote: "38 towns", subject: "towns", qualifier: "protests", value: "[38, 38]", attribution: "Free Slovakia initiative" },
        { id: "c10", quote: "more than 120,000 people", subject: "protesters", value: "(120000, ∞)", attribution: "Free Slovakia initiative" },
        { id: "c11", quote: "312,000 signatures", subject: "signatures", value: "[312000, 312000]", asOf: "2029-02-09", attribution: "Free Slovakia initiative" },
        { id: "c12", quote: "€45 million a year", subject: "spending", value: "[-45000000, -45000000]", unit: "EUR", change: true, attribution: "Prime Minister Ľubomír Kováč" },
        { id: "c13", quote: "Two men were detained", subject: "arrests", value: "[2, 2]", place: "Bratislava", attribution: "police" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2029-02-10",
      outlet: "Wiener Abendzeitung",
      text: [
        "Bratislava: Größte Demonstration seit Jahren",
        "Nur 60 Kilometer von Wien entfernt haben am Freitag Zehntausende Slowaken gegen die Regierung von Premier Ľubomír Kováč demonstriert. Die Polizei schätzte die Menge in Bratislava auf 28.000 bis 30.000 Menschen, die Veranstalter auf 65.000.",
        "Unter den Demonstranten waren auch rund 300 Slowaken, die in Wien leben und eigens angereist waren. In Wien selbst versammelten sich vor der slowakischen Botschaft etwa 450 Menschen.",
        "Eine Petition für eine Volksabstimmung über das Gesetz haben nach Angaben der Initiative bis Freitagabend 312.000 Menschen unterschrieben. Das Parlament soll am 20. Februar endgültig über das Gesetz abstimmen; die Regierungskoalition verfügt über 79 der 150 Sitze.",
        "Die Polizei meldete am Samstag vier Festnahmen in der Nacht; die Organisatoren kritisierten, dass zwei ihrer Ordner darunter seien.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "am Freitag", subject: "Demonstration", value: "2029-02-09..2029-02-09 day" },
        { id: "c2", quote: "Zehntausende Slowaken", subject: "protesters", value: "[20000, 99999]" },
        { id: "c3", quote: "28.000 bis 30.000 Menschen", subject: "protesters", value: "[28000, 30000]", place: "Bratislava", attribution: "Polizei" },
        { id: "c4", quote: "auf 65.000", subject: "protesters", value: "[65000, 65000]", place: "Bratislava", attribution: "Veranstalter" },
        { id: "c5", quote: "rund 300 Slowaken", subject: "protesters", qualifier: "Slovaks living in Vienna", value: "[270, 330]", place: "Bratislava" },
        { id: "c6", quote: "etwa 450 Menschen", subject: "protesters", value: "[405, 495]", place: "Vienna" },
        { id: "c7", quote: "312.000 Menschen unterschrieben", subject: "signatures", value: "[312000, 312000]", asOf: "2029-02-09", attribution: "Initiative" },
        { id: "c8", quote: "am 20. Februar", subject: "Abstimmung", value: "2029-02-20..2029-02-20 day" },
        { id: "c9", quote: "79 der 150 Sitze", subject: "seats", qualifier: "governing coalition", value: "[79, 79]" },
        { id: "c10", quote: "vier Festnahmen", subject: "arrests", value: "[4, 4]", attribution: "Polizei" },
        { id: "c11", quote: "zwei ihrer Ordner", subject: "arrests", qualifier: "stewards", value: "[2, 2]", attribution: "Organisatoren" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2029-02-12",
      outlet: "Central Europe Report",
      text: [
        "Slovak government offers to delay broadcaster vote after protests",
        "BRATISLAVA — Slovakia's government on Sunday offered to delay a vote on the public broadcaster law by two weeks after Friday's protests, which organisers said drew 120,000 people in 38 towns. Police put the nationwide total at about 70,000.",
        "A poll by the Focus agency found that 41% of Slovaks support the law. Culture minister Zuzana Hrnčiarová said the 30% budget cut for STVR was \"not negotiable\".",
        "Organisers have called the next rally for Friday, February 16, in Bratislava and said they expect at least 100,000 people. The petition had reached 356,000 signatures by Sunday evening.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "on Sunday", subject: "offer", value: "2029-02-11..2029-02-11 day" },
        { id: "c2", quote: "Friday's protests", subject: "protests", value: "2029-02-09..2029-02-09 day" },
        { id: "c3", quote: "120,000 people", subject: "protesters", value: "[120000, 120000]", attribution: "organisers" },
        { id: "c4", quote: "38 towns", subject: "towns", qualifier: "protests", value: "[38, 38]", attribution: "organisers" },
        { id: "c5", quote: "about 70,000", subject: "protesters", value: "[63000, 77000]", attribution: "Police" },
        { id: "c6", quote: "41% of Slovaks", subject: "support", value: "[41, 41]", unit: "%", attribution: "Focus agency" },
        { id: "c7", quote: "the 30% budget cut for STVR", subject: "budget", qualifier: "STVR", value: "[-30, -30]", unit: "%", change: true, attribution: "Culture minister Zuzana Hrnčiarová" },
        { id: "c8", quote: "Friday, February 16", subject: "rally", value: "2029-02-16..2029-02-16 day", attribution: "Organisers" },
        { id: "c9", quote: "at least 100,000 people", subject: "protesters", value: "[100000, ∞)", place: "Bratislava", asOf: "2029-02-16", attribution: "Organisers", certainty: "hedged" },
        { id: "c10", quote: "356,000 signatures", subject: "signatures", value: "[356000, 356000]", asOf: "2029-02-11" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c4", b: "de-1#c5", conflicting: true, why: "same rally in Bratislava: police about 28,000 vs organisers 65,000" },
    { a: "en-1#c7", b: "en-1#c8", conflicting: true, why: "same rally in Košice: police 9,000 vs organisers 15,000" },
    { a: "de-2#c3", b: "de-2#c4", conflicting: true, why: "Bratislava: police 28,000–30,000 vs organisers 65,000" },
    { a: "en-2#c3", b: "en-2#c5", conflicting: true, why: "nationwide on Friday: organisers 120,000 vs police about 70,000" },
    { a: "de-1#c7", b: "en-2#c5", conflicting: true, why: "nationwide: organisers more than 120,000 vs police about 70,000" },
    { a: "de-1#c4", b: "de-2#c3", conflicting: false, why: "overlapping police estimates: about 28,000 vs 28,000–30,000" },
    { a: "de-1#c4", b: "de-1#c11", conflicting: false, why: "Bratislava this Friday vs a week earlier: rose over time" },
    { a: "de-1#c4", b: "de-1#c7", conflicting: false, why: "Bratislava vs the whole country" },
    { a: "de-1#c8", b: "de-1#c7", conflicting: false, why: "Košice vs the whole country" },
    { a: "de-2#c4", b: "de-2#c6", conflicting: false, why: "Bratislava vs Vienna: different places" },
    { a: "de-2#c7", b: "en-2#c10", conflicting: false, why: "signatures rose from Friday to Sunday" },
    { a: "en-1#c11", b: "de-2#c7", conflicting: false, why: "same 312,000 signatures by Friday night" },
    { a: "en-1#c13", b: "de-2#c10", conflicting: false, why: "two detained at the rally vs four arrests over the night: count rose" },
    { a: "de-2#c10", b: "de-2#c11", conflicting: false, why: "all arrests vs the stewards among them" },
    { a: "de-1#c9", b: "en-2#c7", conflicting: false, why: "same 30% cut of STVR's budget" },
  ],
};
