import type { EvalEvent } from "../schema";

/** A march of healthcare workers in Zagreb with side rallies in Split and Rijeka, May 2034: police, the union and a counting initiative disagree; arrests and a strike count. */
export const zagrebHealthMarch: EvalEvent = {
  id: "zagreb-health-march-2034",
  kind: "protest",
  title: "Healthcare workers' strike and march in Zagreb, May 2034",
  articles: [
    {
      id: "en-1",
      language: "en",
      publishedAt: "2034-05-10",
      outlet: "Adriatic Post Live",
      text: `LIVE: Health workers strike and march through Zagreb

09:15 – Doctors, nurses and paramedics are gathering on Ban Jelačić Square. The Healthcare Workers' Union (SZD) has called a one-day strike in 41 hospitals and clinics. Some 40 buses have brought staff in from Osijek and Slavonski Brod.

10:40 – Police estimate the crowd at around 9,000 so far. Organisers say it is already more than 15,000.

11:55 – The march sets off along Ilica towards St Mark's Square. The union says 25,000 people are marching in Zagreb.

13:20 – In Split, about 3,000 people rallied outside the main hospital, police there said. In Rijeka, the local union branch counted 2,400.

14:32 – Police say three people were arrested near the government building after a flare was thrown; one officer was hurt.

15:10 – The health ministry says 6,800 staff took part in the strike nationwide, far fewer than the 14,000 the union claims.

16:45 – Police give their final figure for the Zagreb march: 12,500 participants. The counting initiative Brojimo, which works from drone images, puts it at 17,000 to 19,000.`,
      claims: [
        { id: "c1", quote: "41 hospitals and clinics", subject: "hospitals", value: "[41, 41]" },
        { id: "c2", quote: "Some 40 buses", subject: "buses", value: "[36, 44]" },
        { id: "c3", quote: "around 9,000 so far", subject: "protesters", value: "[8100, 9900]", attribution: "police" },
        { id: "c4", quote: "more than 15,000", subject: "protesters", value: "(15000, ∞)", attribution: "organisers" },
        { id: "c5", quote: "25,000 people are marching in Zagreb", subject: "protesters", value: "[25000, 25000]", place: "Zagreb", attribution: "union" },
        { id: "c6", quote: "about 3,000 people rallied", subject: "protesters", value: "[2700, 3300]", place: "Split", attribution: "police" },
        { id: "c7", quote: "counted 2,400", subject: "protesters", value: "[2400, 2400]", place: "Rijeka", attribution: "local union branch" },
        { id: "c8", quote: "three people were arrested", subject: "arrests", value: "[3, 3]", attribution: "police" },
        { id: "c9", quote: "one officer was hurt", subject: "injured", qualifier: "police", value: "[1, 1]", attribution: "police" },
        { id: "c10", quote: "6,800 staff took part in the strike", subject: "strikers", value: "[6800, 6800]", attribution: "health ministry" },
        { id: "c11", quote: "14,000 the union claims", subject: "strikers", value: "[14000, 14000]", attribution: "union" },
        { id: "c12", quote: "12,500 participants", subject: "protesters", value: "[12500, 12500]", place: "Zagreb", attribution: "police" },
        { id: "c13", quote: "17,000 to 19,000", subject: "protesters", value: "[17000, 19000]", place: "Zagreb", attribution: "counting initiative Brojimo" },
      ],
    },
    {
      id: "de-1",
      language: "de",
      publishedAt: "2034-05-10",
      outlet: "Alpen-Presse-Dienst",
      text: `Kroatien: Tausende Gesundheitsbeschäftigte streiken und marschieren durch Zagreb

Zagreb (APD) – Mehrere Tausend Ärzte, Pflegekräfte und Sanitäter haben am Mittwoch in Zagreb für höhere Löhne und mehr Personal demonstriert. Die Polizei sprach am Abend von 12.500 Teilnehmern, die Gewerkschaft SZD von 30.000. Die Zählinitiative Brojimo, die Luftbilder auswertet, kam auf 17.000 bis 19.000.

Kleinere Kundgebungen gab es in Split und Rijeka. In Split zählte die Polizei etwa 3.000 Menschen, in Rijeka rund 2.000; die Gewerkschaft nannte für Rijeka 2.400.

Nach Angaben des Gesundheitsministeriums legten landesweit 6.800 Beschäftigte die Arbeit nieder, die Gewerkschaft spricht von gut 14.000. Geplante Operationen wurden in 41 Kliniken verschoben, laut Ministerium rund 1.100.

Die Polizei nahm vier Personen fest, drei in Zagreb und eine in Split. Ein 23-jähriger Mann soll einen Beamten mit einer Fackel verletzt haben.

Die Gewerkschaft fordert eine Lohnerhöhung um 12 Prozent, die Regierung bietet 4,5 Prozent. Es ist der erste landesweite Streik im kroatischen Gesundheitswesen seit 2013; nach Artikel 205 des Arbeitsgesetzes muss ein Notdienst aufrechterhalten werden.`,
      claims: [
        { id: "c1", quote: "Tausende Gesundheitsbeschäftigte", subject: "protesters", value: "[2000, 9999]" },
        { id: "c2", quote: "Mehrere Tausend Ärzte, Pflegekräfte und Sanitäter", subject: "protesters", value: "[2000, 9999]", place: "Zagreb" },
        { id: "c3", quote: "am Mittwoch in Zagreb", subject: "Demonstration", value: "2034-05-10..2034-05-10 day", place: "Zagreb" },
        { id: "c4", quote: "12.500 Teilnehmern", subject: "protesters", value: "[12500, 12500]", place: "Zagreb", attribution: "Polizei" },
        { id: "c5", quote: "von 30.000", subject: "protesters", value: "[30000, 30000]", place: "Zagreb", attribution: "Gewerkschaft SZD" },
        { id: "c6", quote: "17.000 bis 19.000", subject: "protesters", value: "[17000, 19000]", place: "Zagreb", attribution: "Zählinitiative Brojimo" },
        { id: "c7", quote: "etwa 3.000 Menschen", subject: "protesters", value: "[2700, 3300]", place: "Split", attribution: "Polizei" },
        { id: "c8", quote: "in Rijeka rund 2.000", subject: "protesters", value: "[1800, 2200]", place: "Rijeka", attribution: "Polizei" },
        { id: "c9", quote: "für Rijeka 2.400", subject: "protesters", value: "[2400, 2400]", place: "Rijeka", attribution: "Gewerkschaft" },
        { id: "c10", quote: "6.800 Beschäftigte die Arbeit nieder", subject: "strikers", value: "[6800, 6800]", attribution: "Gesundheitsministerium" },
        { id: "c11", quote: "gut 14.000", subject: "strikers", value: "(14000, 15400]", attribution: "Gewerkschaft" },
        { id: "c12", quote: "in 41 Kliniken", subject: "Kliniken", value: "[41, 41]" },
        { id: "c13", quote: "rund 1.100", subject: "Operationen", value: "[990, 1210]", attribution: "Ministerium" },
        { id: "c14", quote: "vier Personen fest", subject: "arrests", value: "[4, 4]", attribution: "Polizei" },
        { id: "c15", quote: "drei in Zagreb", subject: "arrests", value: "[3, 3]", place: "Zagreb", attribution: "Polizei" },
        { id: "c16", quote: "eine in Split", subject: "arrests", value: "[1, 1]", place: "Split", attribution: "Polizei" },
        { id: "c17", quote: "Lohnerhöhung um 12 Prozent", subject: "Lohnerhöhung", qualifier: "union demand", value: "[12, 12]", unit: "%", change: true },
        { id: "c18", quote: "bietet 4,5 Prozent", subject: "Lohnerhöhung", qualifier: "government offer", value: "[4.5, 4.5]", unit: "%", change: true },
      ],
    },
    {
      id: "en-2",
      language: "en",
      publishedAt: "2034-05-11",
      outlet: "The Danube Chronicle",
      text: `"We were 30,000 – the police should learn to count": union leader on the Zagreb march

Ivana Perić, 47, leads the Healthcare Workers' Union (SZD), which organised Wednesday's strike and march. We spoke to her on Thursday.

The police counted 12,500 marchers in Zagreb. You say 30,000. Who is right?
We are. We had 30,000 people in Zagreb and more than 5,000 in Split and Rijeka together. The police count the square, not the streets around it.

The counting initiative Brojimo says 17,000 to 19,000.
They do careful work, but their drone flew at 11:00, before the buses from Slavonia had arrived.

How many of your members went on strike?
Over 14,000 across the country. The ministry says 6,800 because it counts only hospitals, not outpatient clinics.

Three of your members were arrested.
No. Four people were detained, and only one of them is ours. They were all released by Thursday morning.

What happens now?
The government has offered 4.5%. We want 12%. If nothing moves, we strike again on 1 June, for 48 hours.`,
      claims: [
        { id: "c1", quote: "We were 30,000", subject: "protesters", value: "[30000, 30000]", place: "Zagreb", attribution: "union leader" },
        { id: "c2", quote: "Wednesday's strike and march", subject: "march", value: "2034-05-10..2034-05-10 day" },
        { id: "c3", quote: "12,500 marchers", subject: "protesters", value: "[12500, 12500]", place: "Zagreb", attribution: "police" },
        { id: "c4", quote: "You say 30,000", subject: "protesters", value: "[30000, 30000]", place: "Zagreb", attribution: "Ivana Perić" },
        { id: "c5", quote: "We had 30,000 people in Zagreb", subject: "protesters", value: "[30000, 30000]", place: "Zagreb", attribution: "Ivana Perić" },
        { id: "c6", quote: "more than 5,000 in Split and Rijeka together", subject: "protesters", value: "(5000, ∞)", place: "Split and Rijeka", attribution: "Ivana Perić" },
        { id: "c7", quote: "17,000 to 19,000", subject: "protesters", value: "[17000, 19000]", place: "Zagreb", attribution: "counting initiative Brojimo" },
        { id: "c8", quote: "Over 14,000 across the country", subject: "strikers", value: "(14000, ∞)", attribution: "Ivana Perić" },
        { id: "c9", quote: "The ministry says 6,800", subject: "strikers", value: "[6800, 6800]", attribution: "ministry" },
        { id: "c10", quote: "Three of your members were arrested", subject: "arrests", qualifier: "union members", value: "[3, 3]" },
        { id: "c11", quote: "Four people were detained", subject: "arrests", value: "[4, 4]", attribution: "Ivana Perić" },
        { id: "c12", quote: "only one of them is ours", subject: "arrests", qualifier: "union members", value: "[1, 1]", attribution: "Ivana Perić" },
        { id: "c13", quote: "offered 4.5%", subject: "pay rise", qualifier: "government offer", value: "[4.5, 4.5]", unit: "%", change: true, attribution: "Ivana Perić" },
        { id: "c14", quote: "We want 12%", subject: "pay rise", qualifier: "union demand", value: "[12, 12]", unit: "%", change: true, attribution: "Ivana Perić" },
      ],
    },
    {
      id: "de-2",
      language: "de",
      publishedAt: "2034-05-11",
      outlet: "Grazer Abendblatt",
      text: `Wie viele waren es wirklich? Streit um die Zahlen nach dem Marsch in Zagreb

Zagreb – Einen Tag nach dem Protestmarsch der kroatischen Gesundheitsbeschäftigten liegen die Zahlen weit auseinander. Die Polizei bleibt bei 12.500 Teilnehmern in Zagreb. Die Gewerkschaft SZD spricht inzwischen sogar von 32.000 – am Mittwoch waren es noch 30.000.

Die Initiative Brojimo hat ihre Auswertung am Donnerstag nachgebessert: Auf den Luftbildern von 13:40 Uhr seien zwischen 19.000 und 21.000 Menschen zu sehen. „Die 30.000 der Gewerkschaft halten wir für zu hoch“, sagte Sprecher Marko Jurić, 35. Die Initiative bestritt zugleich, dass nur 12.500 da gewesen seien: Das sei „die Zahl vom Platz, nicht vom Zug“.

Was feststeht: In Zagreb wurden drei Menschen festgenommen, in Split einer. Alle seien wieder auf freiem Fuß, teilte die Polizei mit. Verletzt wurden nach Angaben der Rettungsdienste sieben Menschen, darunter ein Polizist.

Beim Streik klaffen die Angaben ähnlich weit auseinander: Das Ministerium zählte 6.800 Streikende, die Gewerkschaft über 14.000. Laut Ministerium fielen rund 1.100 Operationen aus, nach Angaben der Ärztekammer mehr als 1.500.`,
      claims: [
        { id: "c1", quote: "12.500 Teilnehmern in Zagreb", subject: "protesters", value: "[12500, 12500]", place: "Zagreb", attribution: "Polizei" },
        { id: "c2", quote: "von 32.000", subject: "protesters", value: "[32000, 32000]", place: "Zagreb", attribution: "Gewerkschaft SZD" },
        { id: "c3", quote: "waren es noch 30.000", subject: "protesters", value: "[30000, 30000]", place: "Zagreb", asOf: "2034-05-10", attribution: "Gewerkschaft SZD" },
        { id: "c4", quote: "zwischen 19.000 und 21.000 Menschen", subject: "protesters", value: "[19000, 21000]", place: "Zagreb", attribution: "Initiative Brojimo" },
        { id: "c5", quote: "Die 30.000 der Gewerkschaft", subject: "protesters", value: "[30000, 30000]", place: "Zagreb", attribution: "Sprecher Marko Jurić", certainty: "denied" },
        { id: "c6", quote: "nur 12.500", subject: "protesters", value: "[12500, 12500]", place: "Zagreb", attribution: "Initiative", certainty: "denied" },
        { id: "c7", quote: "drei Menschen festgenommen", subject: "arrests", value: "[3, 3]", place: "Zagreb" },
        { id: "c8", quote: "in Split einer", subject: "arrests", value: "[1, 1]", place: "Split" },
        { id: "c9", quote: "sieben Menschen", subject: "injured", value: "[7, 7]", attribution: "Rettungsdienste" },
        { id: "c10", quote: "ein Polizist", subject: "injured", qualifier: "police", value: "[1, 1]", attribution: "Rettungsdienste" },
        { id: "c11", quote: "6.800 Streikende", subject: "strikers", value: "[6800, 6800]", attribution: "Ministerium" },
        { id: "c12", quote: "über 14.000", subject: "strikers", value: "(14000, ∞)", attribution: "Gewerkschaft" },
        { id: "c13", quote: "rund 1.100 Operationen", subject: "Operationen", value: "[990, 1210]", attribution: "Ministerium" },
        { id: "c14", quote: "mehr als 1.500", subject: "Operationen", value: "(1500, ∞)", attribution: "Ärztekammer" },
      ],
    },
    {
      id: "en-3",
      language: "en",
      publishedAt: "2034-05-12",
      outlet: "South-East Europe Monitor",
      text: `Health ministry says strike cost hospitals €2.1m; union disputes its figures

ZAGREB, May 12 – Croatia's health ministry on Friday put the cost of Wednesday's one-day strike at €2.1 million in lost revenue for public hospitals, in a statement that also repeated its count of 6,800 striking staff.

"On 10 May, 6,800 employees of public hospitals joined the strike," the statement said. "Around 1,100 planned operations had to be postponed. Emergency care was provided at all times under Article 205 of the Labour Act."

The union SZD called the statement "arithmetic for the cameras". It maintains that more than 14,000 members walked out and that the ministry left out 19 outpatient clinics. The union's count of the Zagreb march now stands at 32,000.

Police on Friday confirmed a final tally of four arrests – three in Zagreb and one in Split – and said charges were being prepared. The counting initiative Brojimo published its final Zagreb estimate of 19,000 to 21,000 marchers, and about 4,500 for Split and Rijeka together.

The ministry has offered a 4.5% pay rise from 1 July; talks are to resume on Monday.`,
      claims: [
        { id: "c1", quote: "strike cost hospitals €2.1m", subject: "cost", value: "[2100000, 2100000]", unit: "EUR", attribution: "Health ministry" },
        { id: "c2", quote: "Wednesday's", subject: "strike", value: "2034-05-10..2034-05-10 day" },
        { id: "c3", quote: "€2.1 million in lost revenue", subject: "cost", value: "[2100000, 2100000]", unit: "EUR", attribution: "health ministry" },
        { id: "c4", quote: "6,800 striking staff", subject: "strikers", value: "[6800, 6800]", attribution: "health ministry" },
        { id: "c5", quote: "On 10 May", subject: "strike", value: "2034-05-10..2034-05-10 day", attribution: "statement" },
        { id: "c6", quote: "6,800 employees of public hospitals joined the strike", subject: "strikers", value: "[6800, 6800]", asOf: "2034-05-10", attribution: "statement" },
        { id: "c7", quote: "Around 1,100 planned operations", subject: "operations", value: "[990, 1210]", attribution: "statement" },
        { id: "c8", quote: "more than 14,000 members walked out", subject: "strikers", value: "(14000, ∞)", attribution: "union SZD" },
        { id: "c9", quote: "19 outpatient clinics", subject: "outpatient clinics", value: "[19, 19]", attribution: "union SZD" },
        { id: "c10", quote: "now stands at 32,000", subject: "protesters", value: "[32000, 32000]", place: "Zagreb", attribution: "union" },
        { id: "c11", quote: "four arrests", subject: "arrests", value: "[4, 4]", attribution: "Police" },
        { id: "c12", quote: "three in Zagreb", subject: "arrests", value: "[3, 3]", place: "Zagreb", attribution: "Police" },
        { id: "c13", quote: "one in Split", subject: "arrests", value: "[1, 1]", place: "Split", attribution: "Police" },
        { id: "c14", quote: "19,000 to 21,000 marchers", subject: "protesters", value: "[19000, 21000]", place: "Zagreb", attribution: "counting initiative Brojimo" },
        { id: "c15", quote: "about 4,500 for Split and Rijeka together", subject: "protesters", value: "[4050, 4950]", place: "Split and Rijeka", attribution: "counting initiative Brojimo" },
        { id: "c16", quote: "a 4.5% pay rise", subject: "pay rise", qualifier: "government offer", value: "[4.5, 4.5]", unit: "%", change: true },
      ],
    },
  ],
  pairs: [
    { a: "en-1#c12", b: "en-1#c13", conflicting: true, why: "same march and day, police 12,500 vs Brojimo 17,000–19,000" },
    { a: "de-1#c4", b: "de-1#c5", conflicting: true, why: "same march, police 12,500 vs union 30,000" },
    { a: "de-1#c10", b: "de-1#c11", conflicting: true, why: "same strike, ministry 6,800 vs union over 14,000" },
    { a: "de-1#c8", b: "de-1#c9", conflicting: true, why: "Rijeka rally, police about 2,000 vs union 2,400" },
    { a: "de-2#c13", b: "de-2#c14", conflicting: true, why: "postponed operations, ministry about 1,100 vs medical chamber over 1,500" },
    { a: "en-2#c10", b: "en-2#c12", conflicting: true, why: "arrested union members: three vs one" },
    { a: "en-2#c6", b: "en-3#c15", conflicting: true, why: "side rallies together: union over 5,000 vs Brojimo about 4,500" },
    { a: "de-1#c6", b: "de-2#c4", conflicting: false, why: "Brojimo revised its own estimate a day later" },
    { a: "de-2#c3", b: "de-2#c2", conflicting: false, why: "the union raised its figure from Wednesday to Thursday" },
    { a: "de-1#c15", b: "de-1#c14", conflicting: false, why: "arrests in Zagreb are part of the four" },
    { a: "en-1#c6", b: "en-1#c12", conflicting: false, why: "different places: Split vs Zagreb" },
    { a: "en-1#c8", b: "en-3#c11", conflicting: false, why: "three arrests in Zagreb by 14:32 vs the final four in two cities" },
    { a: "en-3#c1", b: "en-3#c3", conflicting: false, why: "same figure, headline and body" },
    { a: "de-1#c12", b: "en-1#c1", conflicting: false, why: "same count of hospitals and clinics" },
    { a: "en-3#c14", b: "de-2#c4", conflicting: false, why: "same revised Brojimo estimate" },
  ],
};
