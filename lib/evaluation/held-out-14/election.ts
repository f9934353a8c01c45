import type { EvalEvent } from "../schema";

/** The Salzburg state election of 24 April 2033: two institutes' projections, the count without postal votes, the provisional and the final result, and the city of Salzburg. */
export const salzburgElection: EvalEvent = {
  id: "salzburg-election-2033",
  kind: "election",
  title: "Salzburg state election, April 2033",
  articles: [
    {
      id: "de-1",
      language: "de",
      publishedAt: "2033-04-24",
      outlet: "Radio Untersberg Online",
      text: `Landtagswahl Salzburg: FPÖ und ÖVP Kopf an Kopf – der Wahlabend im Ticker

16:00 – Die Wahllokale haben geschlossen. Rund 391.000 Salzburgerinnen und Salzburger waren diesmal wahlberechtigt.

16:05 – Erste Trendprognose des Instituts Perspektiva: FPÖ 31 Prozent, ÖVP 30 Prozent, SPÖ 16 Prozent.

16:20 – Das Institut Meinungsraum sieht die ÖVP dagegen mit 32 Prozent klar vor der FPÖ mit 28 Prozent.

17:45 – Auszählung ohne Briefwahl abgeschlossen: FPÖ 30,8 %, ÖVP 30,6 %, SPÖ 15,5 %, KPÖ Plus 10,4 %, Grüne 6,0 %, NEOS 5,0 %. Die Wahlbeteiligung liegt bisher bei 58,3 Prozent.

18:30 – Hochrechnung von Perspektiva inklusive Wahlkarten: ÖVP 31,0 %, FPÖ 29,7 %. Die Volkspartei dürfte damit knapp Erste bleiben, verliert aber rund sechseinhalb Prozentpunkte.

19:10 – Landeshauptmann Florian Gruber, 58, spricht von einem „schmerzhaften Abend“ und will am Montag die Gremien seiner Partei einberufen. Ausgegeben wurden 58.400 Wahlkarten, so viele wie noch nie bei einer Salzburger Landtagswahl.

20:05 – FPÖ-Spitzenkandidatin Marlene Aigner verlangt, dass die Wahlkarten „unter Aufsicht aller Parteien“ ausgezählt werden.`,
      claims: [
        { id: "c1", quote: "Rund 391.000", subject: "voters", value: "[351900, 430100]" },
        { id: "c2", quote: "FPÖ 31 Prozent", subject: "votes", qualifier: "FPÖ", value: "[31, 31]", unit: "%", attribution: "Institut Perspektiva" },
        { id: "c3", quote: "ÖVP 30 Prozent", subject: "votes", qualifier: "ÖVP", value: "[30, 30]", unit: "%", attribution: "Institut Perspektiva" },
        { id: "c4", quote: "SPÖ 16 Prozent", subject: "votes", qualifier: "SPÖ", value: "[16, 16]", unit: "%", attribution: "Institut Perspektiva" },
        { id: "c5", quote: "mit 32 Prozent", subject: "votes", qualifier: "ÖVP", value: "[32, 32]", unit: "%", attribution: "Institut Meinungsraum" },
        { id: "c6", quote: "mit 28 Prozent", subject: "votes", qualifier: "FPÖ", value: "[28, 28]", unit: "%", attribution: "Institut Meinungsraum" },
        { id: "c7", quote: "FPÖ 30,8 %", subject: "votes", qualifier: "FPÖ", value: "[30.8, 30.8]", unit: "%" },
        { id: "c8", quote: "ÖVP 30,6 %", subject: "votes", qualifier: "ÖVP", value: "[30.6, 30.6]", unit: "%" },
        { id: "c9", quote: "SPÖ 15,5 %", subject: "votes", qualifier: "SPÖ", value: "[15.5, 15.5]", unit: "%" },
        { id: "c10", quote: "KPÖ Plus 10,4 %", subject: "votes", qualifier: "KPÖ Plus", value: "[10.4, 10.4]", unit: "%" },
        { id: "c11", quote: "Grüne 6,0 %", subject: "votes", qualifier: "Greens", value: "[6, 6]", unit: "%" },
        { id: "c12", quote: "NEOS 5,0 %", subject: "votes", qualifier: "NEOS", value: "[5, 5]", unit: "%" },
        { id: "c13", quote: "58,3 Prozent", subject: "turnout", value: "[58.3, 58.3]", unit: "%" },
        { id: "c14", quote: "ÖVP 31,0 %", subject: "votes", qualifier: "ÖVP", value: "[31, 31]", unit: "%", attribution: "Perspektiva" },
        { id: "c15", quote: "FPÖ 29,7 %", subject: "votes", qualifier: "FPÖ", value: "[29.7, 29.7]", unit: "%", attribution: "Perspektiva" },
        { id: "c16", quote: "rund sechseinhalb Prozentpunkte", subject: "votes", qualifier: "ÖVP", value: "[-7.15, -5.85]", unit: "pp", change: true },
        { id: "c17", quote: "58.400 Wahlkarten", subject: "Wahlkarten", value: "[58400, 58400]" },
      ],
    },
    {
      id: "en-1",
      language: "en",
      publishedAt: "2033-04-24",
      outlet: "Central European Wire",
      text: `Far right edges ahead in Salzburg count, postal votes to decide

SALZBURG, April 24 – The far-right Freedom Party (FPÖ) narrowly led the conservative People's Party (ÖVP) in Salzburg's state election on Sunday, with all ballots counted except postal votes.

The FPÖ took 30.8% of the vote, up from 25.0% five years ago, against 30.6% for the ÖVP of state governor Florian Gruber, which lost 7.1 percentage points, the state election authority said. The Social Democrats came third with 15.5%.

Some 58,400 postal ballots, about 15% of the electorate, are to be counted on Monday. Pollsters expect them to favour the ÖVP: the institute Perspektiva projected a final ÖVP share of 31.0% against 29.7% for the FPÖ.

In the city of Salzburg, the communist KPÖ Plus came close to the ÖVP, winning 18.9% against the ÖVP's 23.8%, with the FPÖ at 21.0%.

Turnout stood at 58.3% before postal votes, compared with a final 70.9% in 2028.

Under the provisional figures, the FPÖ would win 11 of the 36 seats in the state parliament, the ÖVP 11 and the Social Democrats 6.`,
      claims: [
        { id: "c1", quote: "state election on Sunday", subject: "election", value: "2033-04-24..2033-04-24 day" },
        { id: "c2", quote: "30.8% of the vote", subject: "votes", qualifier: "FPÖ", value: "[30.8, 30.8]", unit: "%", attribution: "state election authority" },
        { id: "c3", quote: "25.0% five years ago", subject: "votes", qualifier: "FPÖ", value: "[25, 25]", unit: "%", asOf: "2028-01-01..2028-12-31", attribution: "state election authority" },
        { id: "c4", quote: "30.6% for the ÖVP", subject: "votes", qualifier: "ÖVP", value: "[30.6, 30.6]", unit: "%", attribution: "state election authority" },
        { id: "c5", quote: "lost 7.1 percentage points", subject: "votes", qualifier: "ÖVP", value: "[-7.1, -7.1]", unit: "pp", change: true, attribution: "state election authority" },
        { id: "c6", quote: "15.5%", subject: "votes", qualifier: "SPÖ", value: "[15.5, 15.5]", unit: "%" },
        { id: "c7", quote: "Some 58,400 postal ballots", subject: "postal ballots", value: "[52560, 64240]" },
        { id: "c8", quote: "about 15% of the electorate", subject: "postal ballots", value: "[13.5, 16.5]", unit: "%" },
        { id: "c9", quote: "31.0%", subject: "votes", qualifier: "ÖVP", value: "[31, 31]", unit: "%", attribution: "institute Perspektiva" },
        { id: "c10", quote: "29.7% for the FPÖ", subject: "votes", qualifier: "FPÖ", value: "[29.7, 29.7]", unit: "%", attribution: "institute Perspektiva" },
        { id: "c11", quote: "winning 18.9%", subject: "votes", qualifier: "KPÖ Plus", value: "[18.9, 18.9]", unit: "%", place: "city of Salzburg" },
        { id: "c12", quote: "the ÖVP's 23.8%", subject: "votes", qualifier: "ÖVP", value: "[23.8, 23.8]", unit: "%", place: "city of Salzburg" },
        { id: "c13", quote: "the FPÖ at 21.0%", subject: "votes", qualifier: "FPÖ", value: "[21, 21]", unit: "%", place: "city of Salzburg" },
        { id: "c14", quote: "58.3% before postal votes", subject: "turnout", value: "[58.3, 58.3]", unit: "%" },
        { id: "c15", quote: "70.9% in 2028", subject: "turnout", value: "[70.9, 70.9]", unit: "%", asOf: "2028-01-01..2028-12-31" },
        { id: "c16", quote: "the FPÖ would win 11", subject: "seats", qualifier: "FPÖ", value: "[11, 11]", certainty: "hedged" },
        { id: "c17", quote: "the ÖVP 11", subject: "seats", qualifier: "ÖVP", value: "[11, 11]", certainty: "hedged" },
        { id: "c18", quote: "Social Democrats 6", subject: "seats", qualifier: "SPÖ", value: "[6, 6]", certainty: "hedged" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2033-04-25",
      outlet: "Salzburger Landesbote",
      text: `Salzburg-Wahl: Wahlkarten drehen das Ergebnis – ÖVP bleibt knapp Erste

Salzburg (APA) – Nach Auszählung der rund 58.000 Wahlkarten liegt die ÖVP von Landeshauptmann Florian Gruber wieder vor der FPÖ. Das vorläufige Endergebnis inklusive Briefwahl laut Landeswahlbehörde, in Klammern die Veränderung gegenüber 2028 in Prozentpunkten:

ÖVP: 31,2 % (−6,5)
FPÖ: 29,4 % (+4,4)
SPÖ: 15,8 % (−2,1)
KPÖ Plus: 10,1 % (−1,6)
Grüne: 6,3 % (−1,8)
NEOS: 5,2 % (+1,0)

Wahlbeteiligung: 71,8 % (+0,9)

Die Volkspartei verliert damit zwei ihrer bisher 14 Sitze im Landtag. FPÖ-Spitzenkandidatin Marlene Aigner, 44, sprach dennoch von einem „historischen Tag“ und erhob Anspruch auf das Amt der Landeshauptfrau. Die Freiheitlichen landeten in 71 Gemeinden auf Platz eins, vor allem im Pinzgau und im Lungau.

Für die Grünen ist es das schwächste Ergebnis seit ihrem ersten Antreten 1989. NEOS schaffen den Wiedereinzug in den Landtag. Die Sondierungsgespräche sollen noch diese Woche beginnen.`,
      claims: [
        { id: "c1", quote: "rund 58.000 Wahlkarten", subject: "Wahlkarten", value: "[52200, 63800]" },
        { id: "c2", quote: "ÖVP: 31,2 %", subject: "votes", qualifier: "ÖVP", value: "[31.2, 31.2]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c3", quote: "(−6,5)", subject: "votes", qualifier: "ÖVP", value: "[-6.5, -6.5]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c4", quote: "FPÖ: 29,4 %", subject: "votes", qualifier: "FPÖ", value: "[29.4, 29.4]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c5", quote: "(+4,4)", subject: "votes", qualifier: "FPÖ", value: "[4.4, 4.4]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c6", quote: "SPÖ: 15,8 %", subject: "votes", qualifier: "SPÖ", value: "[15.8, 15.8]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c7", quote: "(−2,1)", subject: "votes", qualifier: "SPÖ", value: "[-2.1, -2.1]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c8", quote: "KPÖ Plus: 10,1 %", subject: "votes", qualifier: "KPÖ Plus", value: "[10.1, 10.1]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c9", quote: "(−1,6)", subject: "votes", qualifier: "KPÖ Plus", value: "[-1.6, -1.6]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c10", quote: "Grüne: 6,3 %", subject: "votes", qualifier: "Greens", value: "[6.3, 6.3]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c11", quote: "(−1,8)", subject: "votes", qualifier: "Greens", value: "[-1.8, -1.8]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c12", quote: "NEOS: 5,2 %", subject: "votes", qualifier: "NEOS", value: "[5.2, 5.2]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c13", quote: "(+1,0)", subject: "votes", qualifier: "NEOS", value: "[1, 1]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c14", quote: "Wahlbeteiligung: 71,8 %", subject: "turnout", value: "[71.8, 71.8]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c15", quote: "(+0,9)", subject: "turnout", value: "[0.9, 0.9]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c16", quote: "verliert damit zwei ihrer bisher 14 Sitze", subject: "seats", qualifier: "ÖVP", value: "[-2, -2]", change: true },
        { id: "c17", quote: "in 71 Gemeinden", subject: "Gemeinden", qualifier: "FPÖ", value: "[71, 71]" },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2033-04-26",
      outlet: "The Alpine Observer",
      text: `Salzburg after the vote: five questions

Who won?
The ÖVP held on to first place with 31.2%, according to the provisional result including postal votes. The FPÖ, which had led on Sunday night, ended on 29.4%, a gain of 4.4 points.

What do the seats look like?
The state parliament has 36 seats. The ÖVP has 12, two fewer than before; the FPÖ 11; the SPÖ 6; KPÖ Plus 4; the Greens 2; and NEOS, back in parliament, 1. A majority needs 19.

Did the pollsters get it right?
Partly. Perspektiva's election-night projection of 31.0% for the ÖVP was close; Meinungsraum's 32% overshot. Both underestimated the FPÖ's rural vote.

What happened in the city?
In the city of Salzburg the ÖVP won 24.9%, the FPÖ 21.3% and KPÖ Plus 18.6%. Turnout in the city was 63.4%, well below the state's 71.8%.

What comes next?
Governor Florian Gruber, 58, will begin talks with the FPÖ and the SPÖ on Thursday. The new state parliament meets for the first time on 14 June.`,
      claims: [
        { id: "c1", quote: "first place with 31.2%", subject: "votes", qualifier: "ÖVP", value: "[31.2, 31.2]", unit: "%" },
        { id: "c2", quote: "ended on 29.4%", subject: "votes", qualifier: "FPÖ", value: "[29.4, 29.4]", unit: "%" },
        { id: "c3", quote: "a gain of 4.4 points", subject: "votes", qualifier: "FPÖ", value: "[4.4, 4.4]", unit: "pp", change: true },
        { id: "c4", quote: "The ÖVP has 12", subject: "seats", qualifier: "ÖVP", value: "[12, 12]" },
        { id: "c5", quote: "two fewer than before", subject: "seats", qualifier: "ÖVP", value: "[-2, -2]", change: true },
        { id: "c6", quote: "the FPÖ 11", subject: "seats", qualifier: "FPÖ", value: "[11, 11]" },
        { id: "c7", quote: "the SPÖ 6", subject: "seats", qualifier: "SPÖ", value: "[6, 6]" },
        { id: "c8", quote: "KPÖ Plus 4", subject: "seats", qualifier: "KPÖ Plus", value: "[4, 4]" },
        { id: "c9", quote: "the Greens 2", subject: "seats", qualifier: "Greens", value: "[2, 2]" },
        { id: "c10", quote: "NEOS, back in parliament, 1", subject: "seats", qualifier: "NEOS", value: "[1, 1]" },
        { id: "c11", quote: "projection of 31.0% for the ÖVP", subject: "votes", qualifier: "ÖVP", value: "[31, 31]", unit: "%", asOf: "2033-04-24", attribution: "Perspektiva" },
        { id: "c12", quote: "Meinungsraum's 32%", subject: "votes", qualifier: "ÖVP", value: "[32, 32]", unit: "%", asOf: "2033-04-24", attribution: "Meinungsraum" },
        { id: "c13", quote: "the ÖVP won 24.9%", subject: "votes", qualifier: "ÖVP", value: "[24.9, 24.9]", unit: "%", place: "city of Salzburg" },
        { id: "c14", quote: "the FPÖ 21.3%", subject: "votes", qualifier: "FPÖ", value: "[21.3, 21.3]", unit: "%", place: "city of Salzburg" },
        { id: "c15", quote: "KPÖ Plus 18.6%", subject: "votes", qualifier: "KPÖ Plus", value: "[18.6, 18.6]", unit: "%", place: "city of Salzburg" },
        { id: "c16", quote: "63.4%", subject: "turnout", value: "[63.4, 63.4]", unit: "%", place: "city of Salzburg" },
        { id: "c17", quote: "the state's 71.8%", subject: "turnout", value: "[71.8, 71.8]", unit: "%" },
      ],
    },
    {
      id: "de-3",
      language: "de",
      publishedAt: "2033-05-03",
      outlet: "Flachgauer Zeitung",
      text: `Endgültiges Ergebnis: ÖVP legt um ein Zehntel zu

Salzburg – Die Landeswahlbehörde hat am Dienstag das endgültige Ergebnis der Landtagswahl vom 24. April festgestellt. Nach der Prüfung aller Wahlkarten kommt die ÖVP auf 31,3 Prozent, ein Zehntelprozentpunkt mehr als im vorläufigen Ergebnis. Sie erhielt 87.412 Stimmen, die FPÖ 82.207. Der Abstand beträgt damit 5.205 Stimmen.

An der Mandatsverteilung ändert sich nichts: 12 Sitze für die ÖVP, 11 für die FPÖ. Die Wahlbeteiligung wird mit 71,9 Prozent angegeben; von 390.846 Wahlberechtigten gaben 281.018 ihre Stimme ab. 1.214 Wahlkarten waren ungültig, meist weil die Unterschrift auf dem Kuvert fehlte.

Die FPÖ hatte am Wahlabend verlangt, die Briefwahlstimmen unter Aufsicht aller Parteien auszuzählen. Ihr Landesparteisekretär bestritt am Dienstag, dass die Partei eine Anfechtung nach § 67 der Landtagswahlordnung vorbereite.

Korrektur: In unserer Ausgabe vom 26. April hieß es, die KPÖ Plus habe in der Stadt Salzburg 21,6 Prozent erreicht. Richtig sind 18,6 Prozent. Die SPÖ kam in der Stadt auf 19,2 Prozent.`,
      claims: [
        { id: "c1", quote: "ÖVP legt um ein Zehntel zu", subject: "votes", qualifier: "ÖVP", value: "[0.1, 0.1]", unit: "pp", change: true },
        { id: "c2", quote: "am Dienstag das endgültige Ergebnis", subject: "Endergebnis", value: "2033-05-03..2033-05-03 day", attribution: "Landeswahlbehörde" },
        { id: "c3", quote: "vom 24. April", subject: "Landtagswahl", value: "2033-04-24..2033-04-24 day" },
        { id: "c4", quote: "31,3 Prozent", subject: "votes", qualifier: "ÖVP", value: "[31.3, 31.3]", unit: "%", attribution: "Landeswahlbehörde" },
        { id: "c5", quote: "ein Zehntelprozentpunkt mehr", subject: "votes", qualifier: "ÖVP", value: "[0.1, 0.1]", unit: "pp", change: true, attribution: "Landeswahlbehörde" },
        { id: "c6", quote: "87.412 Stimmen", subject: "votes", qualifier: "ÖVP", value: "[87412, 87412]" },
        { id: "c7", quote: "die FPÖ 82.207", subject: "votes", qualifier: "FPÖ", value: "[82207, 82207]" },
        { id: "c8", quote: "5.205 Stimmen", subject: "votes", qualifier: "ÖVP lead over FPÖ", value: "[5205, 5205]" },
        { id: "c9", quote: "12 Sitze für die ÖVP", subject: "seats", qualifier: "ÖVP", value: "[12, 12]" },
        { id: "c10", quote: "11 für die FPÖ", subject: "seats", qualifier: "FPÖ", value: "[11, 11]" },
        { id: "c11", quote: "71,9 Prozent", subject: "turnout", value: "[71.9, 71.9]", unit: "%" },
        { id: "c12", quote: "390.846 Wahlberechtigten", subject: "voters", value: "[390846, 390846]" },
        { id: "c13", quote: "gaben 281.018 ihre Stimme ab", subject: "turnout", value: "[281018, 281018]" },
        { id: "c14", quote: "1.214 Wahlkarten waren ungültig", subject: "Wahlkarten", qualifier: "invalid", value: "[1214, 1214]" },
        { id: "c15", quote: "21,6 Prozent", subject: "votes", qualifier: "KPÖ Plus", value: "[21.6, 21.6]", unit: "%", place: "city of Salzburg", certainty: "denied" },
        { id: "c16", quote: "Richtig sind 18,6 Prozent", subject: "votes", qualifier: "KPÖ Plus", value: "[18.6, 18.6]", unit: "%", place: "city of Salzburg" },
        { id: "c17", quote: "19,2 Prozent", subject: "votes", qualifier: "SPÖ", value: "[19.2, 19.2]", unit: "%", place: "city of Salzburg" },
      ],
    },
  ],
  pairs: [
    { a: "de-1#c3", b: "de-1#c5", conflicting: true, why: "same evening, two institutes' first projections for the ÖVP: 30 vs 32 percent" },
    { a: "de-1#c2", b: "de-1#c6", conflicting: true, why: "same evening, two institutes' first projections for the FPÖ: 31 vs 28 percent" },
    { a: "de-1#c8", b: "de-2#c2", conflicting: false, why: "count without postal votes vs provisional result with them: an update" },
    { a: "de-2#c2", b: "de-3#c4", conflicting: false, why: "provisional vs final result: an update" },
    { a: "de-1#c14", b: "de-2#c2", conflicting: false, why: "projection vs provisional result" },
    { a: "en-1#c12", b: "en-2#c13", conflicting: false, why: "city result before and after postal votes" },
    { a: "en-2#c13", b: "en-2#c1", conflicting: false, why: "city of Salzburg vs the whole state" },
    { a: "en-1#c5", b: "de-2#c3", conflicting: false, why: "ÖVP loss before postal votes vs with them" },
    { a: "de-1#c13", b: "de-2#c14", conflicting: false, why: "turnout without postal votes vs provisional result" },
    { a: "en-2#c17", b: "en-2#c16", conflicting: false, why: "state turnout vs city turnout" },
    { a: "en-1#c17", b: "en-2#c4", conflicting: false, why: "seats on Sunday's provisional figures vs after postal votes" },
    { a: "en-1#c16", b: "de-3#c10", conflicting: false, why: "same value, 11 FPÖ seats" },
    { a: "de-2#c4", b: "de-2#c2", conflicting: false, why: "different parties" },
    { a: "en-2#c15", b: "de-3#c16", conflicting: false, why: "same city figure for KPÖ Plus" },
    { a: "en-1#c3", b: "en-1#c2", conflicting: false, why: "the FPÖ's share in 2028 vs 2033" },
  ],
};
