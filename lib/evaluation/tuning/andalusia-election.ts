import type { EvalEvent } from "../schema";

/**
 * Tuning event (election), written 2026-12-01 (seventh batch) without reading the rules and labelled
 * before the extractor read it: Andalusia's regional election of Sunday, 16 June 2030, to the count
 * of the votes from abroad on Friday, 21 June. Real parties and provinces with an invented regional
 * president, broadcaster, newspaper, figures and outlets. Two exit polls at 8 p.m. whose seat ranges
 * exclude each other; the PP's share on election night at 41.0% in one outlet and 41.2% in another;
 * seats per party with the total ("56 der 109 Sitze", "56 of the 109 seats") and a change ("einen
 * mehr"); Seville, Málaga and Almería as parts of the region; the overseas count moving a seat from
 * Vox to the PSOE and revising turnout from 61.2% to 61.0%; turnout as a share and as a count; dates
 * of the election, of the count, of the parliament's first session and the investiture. Traps: the 55
 * seats a majority needs, "20 Uhr", "vor vier Jahren", ages.
 */
export const andalusiaElection: EvalEvent = {
  id: "tuning-election-andalusia-2030",
  kind: "election",
  title: "Andalusian regional election (June 2030)",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2030-06-16",
      outlet: "Iberia-Dienst",
      text: [
        "Andalusien-Wahl: Konservative PP vor absoluter Mehrheit",
        "SEVILLA – Die konservative Volkspartei (PP) steuert bei der Regionalwahl in Andalusien auf eine erneute absolute Mehrheit zu. Nach Auszählung fast aller Stimmen kam die Partei von Regionalpräsident Juan Carlos Robles auf 41,0 Prozent und 56 der 109 Sitze im Regionalparlament. Für die absolute Mehrheit sind 55 Mandate nötig.",
        "Die Sozialisten (PSOE) erreichten 25,7 Prozent und 31 Sitze, die rechtspopulistische Vox 13,1 Prozent und 14 Sitze. Das Linksbündnis Por Andalucía kam auf 5 Sitze, Adelante Andalucía auf 3.",
        "Die Wahlbeteiligung lag bei 61,2 Prozent und damit 2,8 Punkte höher als vor vier Jahren. Eine Nachwahlbefragung des Senders Radio Guadalquivir hatte um 20 Uhr noch 52 bis 55 Sitze für die PP vorhergesagt. Robles sprach am Abend vor Anhängern in Sevilla von einem „Sieg für ganz Andalusien“.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "41,0 Prozent", subject: "votes", qualifier: "PP", value: "[41, 41]", unit: "%" },
        { id: "c2", quote: "56 der 109", subject: "seats", qualifier: "PP", value: "[56, 56]" },
        { id: "c3", quote: "109 Sitze", subject: "seats", value: "[109, 109]" },
        { id: "c4", quote: "25,7 Prozent", subject: "votes", qualifier: "PSOE", value: "[25.7, 25.7]", unit: "%" },
        { id: "c5", quote: "31 Sitze", subject: "seats", qualifier: "PSOE", value: "[31, 31]" },
        { id: "c6", quote: "13,1 Prozent", subject: "votes", qualifier: "Vox", value: "[13.1, 13.1]", unit: "%" },
        { id: "c7", quote: "14 Sitze", subject: "seats", qualifier: "Vox", value: "[14, 14]" },
        { id: "c8", quote: "auf 5 Sitze", subject: "seats", qualifier: "Por Andalucía", value: "[5, 5]" },
        { id: "c9", quote: "auf 3", subject: "seats", qualifier: "Adelante Andalucía", value: "[3, 3]" },
        { id: "c10", quote: "61,2 Prozent", subject: "turnout", value: "[61.2, 61.2]", unit: "%" },
        { id: "c11", quote: "2,8 Punkte höher", subject: "turnout", value: "[2.8, 2.8]", unit: "pp", change: true },
        { id: "c12", quote: "52 bis 55 Sitze", subject: "seats", qualifier: "PP", value: "[52, 55]", asOf: "2030-06-16", attribution: "Nachwahlbefragung des Senders Radio Guadalquivir" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2030-06-16",
      outlet: "Southern Europe Wire",
      text: [
        "Spain's conservatives keep absolute majority in Andalusia with 56 seats",
        "SEVILLE — Spain's conservative People's Party (PP) retained its absolute majority in Andalusia's regional parliament on Sunday, winning 56 of the 109 seats with nearly all votes counted. Regional president Juan Carlos Robles, 59, took 41.2% of the vote, up from 39.8% four years ago.",
        "The Socialists (PSOE) fell to 25.9% and 31 seats, their worst result in the region, while the far-right Vox rose to 12.8% and 14 seats. Two exit polls published at 8 p.m. had disagreed: one for Radio Guadalquivir gave the PP 52 to 55 seats, another for the newspaper Diario del Sur 56 to 59.",
        "Turnout was 61.2%, the regional electoral board said. Some 6.7 million people were eligible to vote.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "56 seats", subject: "seats", qualifier: "PP", value: "[56, 56]" },
        { id: "c2", quote: "on Sunday", subject: "regional election", value: "2030-06-16..2030-06-16 day" },
        { id: "c3", quote: "56 of the", subject: "seats", qualifier: "PP", value: "[56, 56]" },
        { id: "c4", quote: "109 seats", subject: "seats", value: "[109, 109]" },
        { id: "c5", quote: "41.2%", subject: "votes", qualifier: "PP", value: "[41.2, 41.2]", unit: "%" },
        { id: "c6", quote: "39.8% four years ago", subject: "votes", qualifier: "PP", value: "[39.8, 39.8]", unit: "%", asOf: "2026-01-01..2026-12-31" },
        { id: "c7", quote: "25.9%", subject: "votes", qualifier: "PSOE", value: "[25.9, 25.9]", unit: "%" },
        { id: "c8", quote: "31 seats", subject: "seats", qualifier: "PSOE", value: "[31, 31]" },
        { id: "c9", quote: "12.8%", subject: "votes", qualifier: "Vox", value: "[12.8, 12.8]", unit: "%" },
        { id: "c10", quote: "14 seats", subject: "seats", qualifier: "Vox", value: "[14, 14]" },
        { id: "c11", quote: "52 to 55 seats", subject: "seats", qualifier: "PP", value: "[52, 55]", asOf: "2030-06-16", attribution: "Radio Guadalquivir" },
        { id: "c12", quote: "56 to 59", subject: "seats", qualifier: "PP", value: "[56, 59]", asOf: "2030-06-16", attribution: "Diario del Sur" },
        { id: "c13", quote: "61.2%", subject: "turnout", value: "[61.2, 61.2]", unit: "%", attribution: "regional electoral board" },
        { id: "c14", quote: "Some 6.7 million people", subject: "voters", value: "[6030000, 7370000]" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2030-06-17",
      outlet: "Mittelmeer-Zeitung",
      text: [
        "Andalusien: PP holt 56 Sitze – Sozialisten mit historischem Tief",
        "SEVILLA – Nach dem vorläufigen Endergebnis der Regionalwahl in Andalusien vom Sonntag hat die Volkspartei (PP) mit 41,2 Prozent der Stimmen 56 der 109 Sitze gewonnen, einen mehr als vor vier Jahren. Die PSOE kam auf 25,9 Prozent und 31 Mandate, das schlechteste Ergebnis ihrer Geschichte in der Region.",
        "In der Provinz Sevilla, wo 18 Abgeordnete gewählt werden, lag die PP mit 36,8 Prozent vor der PSOE mit 31,4 Prozent. In Málaga erreichte die PP sogar 45,9 Prozent. Vox gewann landesweit 12,8 Prozent und 14 Sitze, in der Provinz Almería aber 21,3 Prozent.",
        "Die Wahlbeteiligung stieg auf 61,2 Prozent. Rund 4,1 Millionen Andalusier gaben ihre Stimme ab. Noch ausstehend sind die Stimmen der im Ausland lebenden Wahlberechtigten, rund 290.000 Menschen, die in den kommenden Tagen ausgezählt werden.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "56 Sitze", subject: "seats", qualifier: "PP", value: "[56, 56]" },
        { id: "c2", quote: "vom Sonntag", subject: "Regionalwahl", value: "2030-06-16..2030-06-16 day" },
        { id: "c3", quote: "41,2 Prozent", subject: "votes", qualifier: "PP", value: "[41.2, 41.2]", unit: "%" },
        { id: "c4", quote: "56 der 109", subject: "seats", qualifier: "PP", value: "[56, 56]" },
        { id: "c5", quote: "109 Sitze", subject: "seats", value: "[109, 109]" },
        { id: "c6", quote: "einen mehr", subject: "seats", qualifier: "PP", value: "[1, 1]", change: true },
        { id: "c7", quote: "25,9 Prozent", subject: "votes", qualifier: "PSOE", value: "[25.9, 25.9]", unit: "%" },
        { id: "c8", quote: "31 Mandate", subject: "seats", qualifier: "PSOE", value: "[31, 31]" },
        { id: "c9", quote: "18 Abgeordnete", subject: "seats", value: "[18, 18]", place: "Province of Seville" },
        { id: "c10", quote: "36,8 Prozent", subject: "votes", qualifier: "PP", value: "[36.8, 36.8]", unit: "%", place: "Province of Seville" },
        { id: "c11", quote: "31,4 Prozent", subject: "votes", qualifier: "PSOE", value: "[31.4, 31.4]", unit: "%", place: "Province of Seville" },
        { id: "c12", quote: "45,9 Prozent", subject: "votes", qualifier: "PP", value: "[45.9, 45.9]", unit: "%", place: "Málaga" },
        { id: "c13", quote: "12,8 Prozent", subject: "votes", qualifier: "Vox", value: "[12.8, 12.8]", unit: "%" },
        { id: "c14", quote: "14 Sitze", subject: "seats", qualifier: "Vox", value: "[14, 14]" },
        { id: "c15", quote: "21,3 Prozent", subject: "votes", qualifier: "Vox", value: "[21.3, 21.3]", unit: "%", place: "Province of Almería" },
        { id: "c16", quote: "61,2 Prozent", subject: "turnout", value: "[61.2, 61.2]", unit: "%" },
        { id: "c17", quote: "Rund 4,1 Millionen Andalusier", subject: "turnout", value: "[3690000, 4510000]" },
        { id: "c18", quote: "rund 290.000 Menschen", subject: "voters", qualifier: "abroad", value: "[261000, 319000]" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2030-06-21",
      outlet: "The Iberian Observer",
      text: [
        "Overseas ballots cut Vox to 13 seats in Andalusia",
        "SEVILLE — The count of votes cast by Andalusians living abroad, completed on Friday, moved one seat in the province of Almería from Vox to the Socialists, the regional electoral board said. Vox now has 13 seats and the PSOE 32; the PP keeps its 56.",
        "Of the roughly 290,000 voters registered abroad, only 21,400 returned a ballot, a turnout of 7.4%. Overall turnout was revised to 61.0% from 61.2%. The PP's final share is 41.1%. Vox's regional leader called the result a \"technical setback\"; the Socialists welcomed the extra seat but conceded their defeat.",
        "The new parliament will meet on July 4, and Robles's re-election as regional president is scheduled for July 10.",
      ].join("\n\n"),
      claims: [
        { id: "c1", quote: "13 seats", occurrence: 1, subject: "seats", qualifier: "Vox", value: "[13, 13]" },
        { id: "c2", quote: "completed on Friday", subject: "count of votes from abroad", value: "2030-06-21..2030-06-21 day" },
        { id: "c3", quote: "one seat", subject: "seats", qualifier: "moved from Vox to PSOE", value: "[1, 1]", change: true, place: "Province of Almería", attribution: "regional electoral board" },
        { id: "c4", quote: "13 seats", occurrence: 2, subject: "seats", qualifier: "Vox", value: "[13, 13]" },
        { id: "c5", quote: "the PSOE 32", subject: "seats", qualifier: "PSOE", value: "[32, 32]" },
        { id: "c6", quote: "its 56", subject: "seats", qualifier: "PP", value: "[56, 56]" },
        { id: "c7", quote: "roughly 290,000 voters", subject: "voters", qualifier: "abroad", value: "[261000, 319000]" },
        { id: "c8", quote: "21,400", subject: "turnout", qualifier: "abroad", value: "[21400, 21400]" },
        { id: "c9", quote: "7.4%", subject: "turnout", qualifier: "abroad", value: "[7.4, 7.4]", unit: "%" },
        { id: "c10", quote: "61.0%", subject: "turnout", value: "[61, 61]", unit: "%" },
        { id: "c11", quote: "from 61.2%", subject: "turnout", value: "[61.2, 61.2]", unit: "%" },
        { id: "c12", quote: "41.1%", subject: "votes", qualifier: "PP", value: "[41.1, 41.1]", unit: "%" },
        { id: "c13", quote: "on July 4", subject: "parliament", qualifier: "first session", value: "2030-07-04..2030-07-04 day" },
        { id: "c14", quote: "for July 10", subject: "re-election", qualifier: "investiture", value: "2030-07-10..2030-07-10 day" },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c11", b: "en-1#c12", conflicting: true, why: "two exit polls at 8 p.m.: 52 to 55 seats vs 56 to 59 for the PP" },
    { a: "de-1#c1", b: "en-1#c5", conflicting: true, why: "the PP's share on election night: 41.0% vs 41.2%" },
    { a: "de-2#c14", b: "en-2#c4", conflicting: false, why: "Vox lost a seat to the count of votes from abroad: 14 on Monday, 13 on Friday" },
    { a: "de-2#c8", b: "en-2#c5", conflicting: false, why: "the PSOE gained a seat from the overseas count" },
    { a: "de-2#c10", b: "de-2#c3", conflicting: false, why: "the province of Seville vs the whole region" },
    { a: "de-2#c13", b: "de-2#c15", conflicting: false, why: "Vox in the whole region vs in Almería" },
    { a: "de-2#c10", b: "de-2#c11", conflicting: false, why: "shares of two parties in Seville" },
    { a: "de-1#c12", b: "de-2#c4", conflicting: false, why: "the exit poll at 8 p.m. vs the result" },
    { a: "de-2#c4", b: "de-2#c6", conflicting: false, why: "a level (56 seats) vs a change (one more)" },
    { a: "en-2#c10", b: "en-2#c11", conflicting: false, why: "turnout revised once the votes from abroad were counted" },
    { a: "de-2#c18", b: "en-2#c7", conflicting: false, why: "the same voters abroad" },
    { a: "en-2#c8", b: "de-2#c17", conflicting: false, why: "voters abroad vs voters at home" },
    { a: "de-1#c10", b: "de-2#c16", conflicting: false, why: "the same turnout" },
    { a: "en-1#c6", b: "en-1#c5", conflicting: false, why: "the PP's share four years ago vs now" },
    { a: "de-2#c4", b: "de-2#c5", conflicting: false, why: "the PP's seats vs all seats" },
  ],
};
