import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimCandidateSchema } from "./schema";
import { claimLine, claimLines, PUBLISHED } from "./test-fixtures";

const claims = claimLines;

describe("extractClaims: numbers as news writes them", () => {
  test.each([
    { label: "no higher than, before a currency code", language: "en", text: "The deficit would be no higher than CZK 240bn.", expected: ["deficit [0, 240000000000] CZK"] },
    { label: "below a share", language: "en", text: "Debt would stay below 45% of GDP.", expected: ["debt/of:gdp [0, 45) %"] },
    { label: "German grouping", language: "de", text: "Es kamen 10.000 Demonstranten.", expected: ["protesters [10000, 10000]"] },
    { label: "English grouping", language: "en", text: "Some 10,000 protesters came.", expected: ["protesters [9000, 11000]"] },
    { label: "a space groups thousands", language: "de", text: "Es kamen 25 000 Demonstranten.", expected: ["protesters [25000, 25000]"] },
    { label: "Swiss apostrophe", language: "de", text: "Es kamen 12'500 Demonstranten.", expected: ["protesters [12500, 12500]"] },
    { label: "decimal and a multiplier word", language: "de", text: "1,5 Millionen Menschen wurden evakuiert.", expected: ["displaced [1500000, 1500000]"] },
    { label: "a glued multiplier", language: "en", text: "1.5m people were evacuated.", expected: ["displaced [1500000, 1500000]"] },
    { label: "k for thousand", language: "en", text: "12k protesters marched.", expected: ["protesters [12000, 12000]"] },
    { label: "German number words", language: "de", text: "Dreitausend Menschen demonstrierten.", expected: ["protesters [3000, 3000]"] },
    { label: "English number words with hyphens", language: "en", text: "Three-thousand-200 officers were on duty.", expected: ["police [3200, 3200]"] },
    { label: "a fraction of a million", language: "en", text: "More than a quarter of a million people marched.", expected: ["protesters (250000, ∞)"] },
    { label: "a range with bis", language: "de", text: "8.500 bis 9.000 Menschen demonstrierten.", expected: ["protesters [8500, 9000]"] },
    { label: "a range with between", language: "en", text: "Between 300 and 400 people died.", expected: ["dead [300, 400]"] },
    { label: "vague thousands", language: "de", text: "Mehrere Tausend Menschen wurden evakuiert.", expected: ["displaced [2000, 9999]"] },
    { label: "a range with its unit at both ends", language: "en", text: "Between 40% and 60% of regional trains were cancelled.", expected: ["en:train [40, 60] %"] },
    { label: "a range of money written twice", language: "en", text: "The repairs will cost €2bn to €3bn.", expected: ["cost [2000000000, 3000000000] EUR"] },
    { label: "an English sentence's first word may be the thing", language: "en", text: "Rents have risen by 65% since the spring.", expected: ["en:rent/change [65, 65] %"] },
    { label: "a conversion in parentheses is read past", language: "en", text: "The state released 2.5 billion lira ($73 million) in aid.", expected: ["aid [2500000000, 2500000000] TRY"] },
    { label: "a currency noun several countries share is the article's country's", language: "en", text: "Norway's government will spend 40 billion kroner on roads.", expected: ["spending [40000000000, 40000000000] NOK"] },
    { label: "the same noun in another country's article", language: "en", text: "Copenhagen will spend 12 billion kroner on dikes.", expected: ["spending [12000000000, 12000000000] DKK"] },
    { label: "a German currency noun and a nationality adjective", language: "de", text: "Die schwedische Regierung plant Ausgaben von 90 Milliarden Kronen.", expected: ["spending [90000000000, 90000000000] SEK"] },
    { label: "dollars are US dollars unless the article is about another dollar's country", language: "en", text: "The Australian government will spend 3 billion dollars on flood relief.", expected: ["spending [3000000000, 3000000000] AUD"] },
    { label: "a currency noun that is also an everyday word is not a currency", language: "en", text: "Analysts see two real risks.", expected: ["en:risk [2, 2]"] },
    { label: "a toll climbing past a figure", language: "en", text: "The death toll climbed past 1,200.", expected: ["dead (1200, ∞)"] },
    { label: "a glued million ends the figure", language: "en", text: "The strike costs the economy €100m a day.", expected: ["cost/en:strike [100000000, 100000000] EUR"] },
    { label: "almost", language: "de", text: "Fast 10.000 Soldaten sind dort.", expected: ["troops [9000, 10000)"] },
  ] as const)("$label", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("extractClaims: what a figure counts, in any event", () => {
  test.each([
    { label: "who owes a debt is no part of it, in a German compound", language: "de", text: "Die Staatsverschuldung soll 44,8 Prozent erreichen.", expected: ["debt/of:gdp [44.8, 44.8] %"] },
    { label: "…nor a nationality before it", language: "en", text: "Analysts said Czech debt will reach 46.1% of GDP.", expected: ["debt/of:gdp [46.1, 46.1] %, by analysts"] },
    { label: "who gives a figure does not hold it", language: "de", text: "Die Nationale Wahlkommission CNE gab 30.000 Stimmen an.", expected: ["votes [30000, 30000], by Nationale Wahlkommission CNE"] },
    { label: "an amount closed by a comparative is a change", language: "de", text: "Das Defizit steigt auf 255 Milliarden Euro, 15 Milliarden mehr als geplant.", expected: ["deficit [255000000000, 255000000000] EUR", "deficit/change [15000000000, 15000000000] EUR"] },
    { label: "a party's share is its vote share", language: "en", text: "The FT's share fell to 28.1%.", expected: ["votes/holder:ft [28.1, 28.1] %, of FT"] },
    { label: "a German name is no thing a share is of", language: "de", text: "SPD-Bewerberin Aylin Demir erreichte 18,9 Prozent.", expected: ["votes/holder:aylin demir [18.9, 18.9] %, of Aylin Demir"] },
    { label: "a counted noun alone is no party", language: "de", text: "Die AR kommt auf 33,2 Prozent der Stimmen und 91 Sitze.", expected: ["votes/holder:ar [33.2, 33.2] %, of AR", "seats [91, 91]"] },
    { label: "a share after 'oder' is the count's", language: "de", text: "Die VN kam auf 1.063.000 Stimmen oder 17,9 Prozent.", expected: ["votes/holder:vn [1063000, 1063000], of VN", "votes/holder:vn [17.9, 17.9] %, of VN"] },
    { label: "a conjunction names nothing: the share is the party's", language: "en", text: "The Greens got 28.1%, while the VN climbed to 17.9%.", expected: ["votes/holder:greens [28.1, 28.1] %, of Greens", "votes/holder:vn [17.9, 17.9] %, of VN"] },
    { label: "a noun in an aside is not what is measured", language: "en", text: "Spending on pensions, the largest single item, reaches CZK 712bn.", expected: ["spending [712000000000, 712000000000] CZK"] },
    { label: "a noun in a prepositional phrase places the figure", language: "en", text: "Turnout in the autonomous region of Madeira was just 49.7%.", expected: ["turnout [49.7, 49.7] %"] },
    { label: "…in German too, in a genitive inside the phrase", language: "de", text: "Die Wahlbeteiligung lag unter Einbeziehung der Auslandsstimmen bei 58,9 Prozent.", expected: ["turnout [58.9, 58.9] %"] },
    { label: "a share someone leads with is a vote share", language: "de", text: "In der Innenstadt lag die Grünen-Kandidatin mit 44,5 Prozent klar vorn.", expected: ["votes/holder:kandidatin [44.5, 44.5] %, of Kandidatin"] },
    { label: "one concept across languages: Tote", language: "de", text: "Mindestens 95 Menschen kamen ums Leben.", expected: ["dead [95, ∞)"] },
    { label: "one concept across languages: killed", language: "en", text: "At least 95 people were killed.", expected: ["dead [95, ∞)"] },
    { label: "a state before the count", language: "en", text: "The storm killed at least 95 people.", expected: ["dead [95, ∞)"] },
    { label: "a group killed is among the dead", language: "de", text: "120 Soldaten wurden getötet.", expected: ["dead/troops [120, 120]"] },
    { label: "dead and injured together are their own subject", language: "de", text: "Es gab 300 Tote und Verletzte.", expected: ["dead+injured [300, 300]"] },
    { label: "people still missing", language: "en", text: "12,000 people are still missing.", expected: ["missing [12000, 12000]"] },
    { label: "a thing no table knows, with its modifier", language: "de", text: "40 einsturzgefährdete Gebäude wurden gezählt.", expected: ["buildings/de:einsturzgefahrdet [40, 40]"] },
    { label: "an unknown noun is still a claim, under its lemma", language: "de", text: "Rund 600 Feldhamster wurden gezählt.", expected: ["de:feldham [540, 660]"] },
    { label: "a noun the bilingual pairs know takes their key", language: "de", text: "Rund 600 Feuerwehrleute waren im Einsatz.", expected: ["en:firefight [540, 660]"] },
    { label: "a nationality is a qualifier", language: "de", text: "Fast 10.000 französische Polizisten sind dort.", expected: ["police/FR [9000, 10000)"] },
    { label: "an English multi-word nationality", language: "en", text: "About 10,000 Sri Lankan workers are there.", expected: ["workers/LK [9000, 11000]"] },
    { label: "a count word names what is counted", language: "de", text: "Die Zahl der Toten stieg auf 95.", expected: ["dead [95, 95]"] },
    { label: "the toll rose to", language: "en", text: "The death toll rose to 95.", expected: ["dead [95, 95]"] },
    { label: "a turnout at a rally counts protesters", language: "en", text: "Police put the turnout at the rally at 9,000.", expected: ["protesters [9000, 9000], by police"] },
    { label: "a turnout at an election counts voters", language: "en", text: "Officials put the turnout at 640,000.", expected: ["turnout [640000, 640000], by officials"] },
    { label: "a comparative after a figure is a change of the one before", language: "de", text: "Die SPD erhält 28 Sitze, zwei weniger als bisher.", expected: ["seats/holder:spd [28, 28], of SPD", "seats/holder:spd+change [-2, -2], of SPD"] },
    { label: "\"more\" before a noun counts the noun, as an addition (as \"weitere\" does)", language: "en", text: "Two more bodies were found.", expected: ["dead/additional [2, 2]"] },
    { label: "women named in the count are counted", language: "de", text: "Die Polizei zählte 12.000 Teilnehmerinnen und Teilnehmer.", expected: ["protesters [12000, 12000], by police"] },
    { label: "an addition is its own question", language: "de", text: "Weitere 1.500 Soldaten sollen folgen.", expected: ["troops/additional [1500, 1500]"] },
    { label: "workers who laid down their work strike", language: "de", text: "Nach Angaben der Gewerkschaft legten 12.000 Beschäftigte die Arbeit nieder.", expected: ["strikers [12000, 12000], by union"] },
    { label: "strikers by their noun", language: "de", text: "Der Arbeitgeberverband bezifferte die Zahl der Streikenden auf 7.500.", expected: ["strikers [7500, 7500], by association"] },
    { label: "workers who walked out strike", language: "en", text: "Some 12,000 workers walked out.", expected: ["strikers [10800, 13200]"] },
    { label: "joining a strike is no protest", language: "en", text: "In all, 2,800 workers joined the strike.", expected: ["strikers [2800, 2800]"] },
    { label: "the number of people killed", language: "en", text: "The number of people killed by the fires rose to nine.", expected: ["dead [9, 9]"] },
    { label: "a group right before 'of' and the figure", language: "en", text: "The city has an electorate of 481,300.", expected: ["voters [481300, 481300]"] },
    { label: "Stimmberechtigte are voters", language: "de", text: "In der Stadt leben 481.000 Stimmberechtigte.", expected: ["voters [481000, 481000]"] },
    { label: "a referendum's yes and no shares", language: "de", text: "Nach dem vorläufigen Ergebnis stimmten 54,3 Prozent mit Ja und 45,7 Prozent mit Nein.", expected: ["votes/holder:yes [54.3, 54.3] %, of yes", "votes/holder:no [45.7, 45.7] %, of no"] },
    { label: "a bare 'no' must end its phrase", language: "en", text: "Unemployment fell to 5% no sooner than expected.", expected: ["en:unemploy [5, 5] %"] },
    { label: "a side beats the speaker's noun", language: "en", text: "The city's electoral office on Thursday published the final count: 53.9% voted yes.", expected: ["result 2025-05-15..2025-05-15 day", "votes/holder:yes [53.9, 53.9] %, as of 2025-05-15, by electoral office, of yes"] },
    { label: "…in English", language: "en", text: "In the end 53.9% voted yes and 46.1% no.", expected: ["votes/holder:yes [53.9, 53.9] %, of yes", "votes/holder:no [46.1, 46.1] %, of no"] },
  ] as const)("$label", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("extractClaims: units are not what is counted", () => {
  test.each([
    { label: "money with a multiplier", language: "de", text: "Der Haushalt umfasst 52 Milliarden Euro.", expected: ["budget [52000000000, 52000000000] EUR"] },
    { label: "money written first", language: "en", text: "The budget is €52bn.", expected: ["budget [52000000000, 52000000000] EUR"] },
    { label: "a known noun before 'of' after a preposition", language: "en", text: "The city presented a budget with spending of CHF 10.2 billion.", expected: ["spending [10200000000, 10200000000] CHF"] },
    { label: "'will total' is a verb, not the total", language: "en", text: "Investment will total just under CHF 1.5bn.", expected: ["investment [1350000000, 1500000000) CHF"] },
    { label: "spending on a part rises", language: "en", text: "Spending on schools rises to CHF 1.4bn.", expected: ["spending/area:education [1400000000, 1400000000] CHF"] },
    { label: "a known noun right after the money", language: "en", text: "Zurich budget: CHF 180m deficit forecast for 2026", expected: ["deficit [180000000, 180000000] CHF"] },
    { label: "what something costs is its cost", language: "de", text: "Das Projekt kostet nach Schätzungen der Verkehrsbetriebe 620 Millionen Euro.", expected: ["cost [620000000, 620000000] EUR, by Verkehrsbetriebe"] },
    { label: "…in English", language: "en", text: "The new bridge will cost €80m.", expected: ["cost [80000000, 80000000] EUR"] },
    { label: "a unit letter ends its sentence", language: "en", text: "The bill could reach €800m. Work is to start in 2027.", expected: ["cost [800000000, 800000000] EUR, hedged"] },
    { label: "a hedge before the currency", language: "en", text: "Damage could top €1bn.", expected: ["cost (1000000000, ∞) EUR, hedged"] },
    { label: "what the money is, after the unit", language: "de", text: "Der Bund sagte 400 Mio. Euro Soforthilfe zu.", expected: ["aid [400000000, 400000000] EUR, by Bund"] },
    { label: "a part of the budget", language: "de", text: "Der Verteidigungsetat steigt auf 82,4 Milliarden Euro.", expected: ["budget/area:defence [82400000000, 82400000000] EUR"] },
    { label: "turnout in percent", language: "de", text: "Die Wahlbeteiligung lag bei 61,5 Prozent.", expected: ["turnout [61.5, 61.5] %"] },
    { label: "a party's share", language: "de", text: "Die SPD erhielt 25,7 Prozent.", expected: ["votes/holder:spd [25.7, 25.7] %, of SPD"] },
    { label: "a share of what", language: "en", text: "Labour won 34 percent of the vote.", expected: ["votes/holder:labour [34, 34] %, of Labour"] },
    { label: "a loss in points is a negative change", language: "de", text: "Die SPD verlor 3,1 Prozentpunkte.", expected: ["votes/holder:spd+change [-3.1, -3.1] pp, of SPD"] },
    { label: "a share of GDP is about what comes before", language: "en", text: "Debt stands at 63.8% of GDP.", expected: ["debt/of:gdp [63.8, 63.8] %"] },
    { label: "a measure with a subject", language: "de", text: "Der Pegel stieg auf 4,85 Meter.", expected: ["de:pegel [4.85, 4.85] m"] },
    { label: "a rate of two units", language: "de", text: "Es fielen bis zu 180 Liter Regen pro Quadratmeter.", expected: ["en:rain [0, 180] l/m²"] },
    { label: "money for something, named first", language: "de", text: "Für Zinsen muss der Bund rund 37 Milliarden Euro aufwenden.", expected: ["spending/area:interest [33300000000, 40700000000] EUR"] },
    { label: "money in something", language: "en", text: "Germany will pay roughly €37bn in interest.", expected: ["spending/area:interest [33300000000, 40700000000] EUR"] },
    { label: "money for something, named after", language: "en", text: "Yorkshire will receive £300m for flood defences.", expected: ["spending/en:defenc [300000000, 300000000] GBP"] },
    { label: "the noun money buys", language: "en", text: "It includes a $1.2 billion order.", expected: ["en:order [1200000000, 1200000000] USD"] },
    { label: "a participle is no budget", language: "en", text: "Military aid is budgeted at €8.5bn.", expected: ["aid/area:defence [8500000000, 8500000000] EUR"] },
    { label: "rupees in lakh crore, written with Rs", language: "en", text: "Defence spending rises to Rs 6.8 lakh crore.", expected: ["spending/area:defence [6800000000000, 6800000000000] INR"] },
    { label: "Indian grouping before crore", language: "en", text: "The budget is ₹50,65,345 crore.", expected: ["budget [50653450000000, 50653450000000] INR"] },
    { label: "Swiss francs written Fr.", language: "de", text: "Das Defizit beträgt Fr. 180 Mio.", expected: ["deficit [180000000, 180000000] CHF"] },
    { label: "the level a change started from is an earlier level", language: "en", text: "Spending rises to €42bn, up from €40bn.", expected: ["spending [42000000000, 42000000000] EUR", "spending/previous [40000000000, 40000000000] EUR"] },
    { label: "…after the new level and 'from'", language: "en", text: "The deficit narrowed to €12bn from €15bn.", expected: ["deficit [12000000000, 12000000000] EUR", "deficit/previous [15000000000, 15000000000] EUR"] },
    { label: "…'nach … im Vorjahr'", language: "de", text: "Das Defizit liegt bei 12 Milliarden Euro, nach 15 Milliarden Euro im Vorjahr.", expected: ["deficit [12000000000, 12000000000] EUR", "deficit/previous [15000000000, 15000000000] EUR"] },
    { label: "…'von … auf'", language: "de", text: "Die Zahl der Toten stieg von 12 auf 15.", expected: ["dead/previous [12, 12]", "dead [15, 15]"] },
    { label: "new debt is the deficit", language: "de", text: "Der Bund nimmt gut 170 Milliarden Euro neue Schulden auf.", expected: ["deficit (170000000000, 187000000000] EUR"] },
    {
      label: "a pronoun stands for the figure before it",
      language: "de",
      text: "Die Neuverschuldung liege über 150 Milliarden Euro; im Kernhaushalt betrage sie 89,3 Mrd. Euro.",
      // …and the part of the budget named before the pronoun is the part it is of.
      expected: ["deficit (150000000000, ∞) EUR", "deficit/area:core [89300000000, 89300000000] EUR"],
    },
    {
      label: "so does \"the figure\"",
      language: "en",
      text: "The deficit will be €89bn. The real figure is €96bn.",
      expected: ["deficit [89000000000, 89000000000] EUR", "deficit [96000000000, 96000000000] EUR"],
    },
    { label: "a share of the electorate is the turnout", language: "en", text: "By noon, 41.2% of eligible voters had cast their ballots.", expected: ["turnout [41.2, 41.2] %"] },
    { label: "a place is not what a share is of", language: "de", text: "In Bremerhaven lag die CDU mit 31,2 Prozent vorn.", expected: ["votes/holder:cdu [31.2, 31.2] %, in DE/Bremerhaven, of CDU"] },
    { label: "a party is not what a share is of", language: "en", text: "The liberal FDP was at 5%.", expected: ["votes/holder:fdp [5, 5] %, of FDP"] },
    { label: "a currency code before a glued million", language: "en", text: "Officials put the shortfall at CHF 640m.", expected: ["deficit [640000000, 640000000] CHF, by officials"] },
    { label: "an article after a million is no number", language: "en", text: "It forecasts a deficit of $75m and a smaller one next year.", expected: ["deficit [75000000, 75000000] USD"] },
    { label: "a noun of an amount names it, known or not", language: "en", text: "The port reported a surplus of €3.1bn.", expected: ["en:surplus [3100000000, 3100000000] EUR, by port"] },
    { label: "a measure of an amount does not", language: "de", text: "Der Etat hat ein Volumen von 12 Milliarden Euro.", expected: ["budget [12000000000, 12000000000] EUR"] },
    { label: "a hedge before \"einer Milliarde\"", language: "de", text: "Die Stadt rechnet mit einem Fehlbetrag von mehr als einer Milliarde Euro.", expected: ["de:fehlbetrag (1000000000, ∞) EUR, by Stadt"] },
    {
      label: "counts with their shares in parentheses, and a holder after \"for\"",
      language: "en",
      text: "Labour's candidate won 15,110 votes (38.7%), against 14,698 for Reform UK (37.6%).",
      expected: ["votes/holder:labour [15110, 15110], of Labour", "votes/holder:labour [38.7, 38.7] %, of Labour", "votes/holder:reform uk [14698, 14698], of Reform UK", "votes/holder:reform uk [37.6, 37.6] %, of Reform UK"],
    },
    { label: "what a speaker puts at a figure", language: "en", text: "The CPB puts growth at 1.3% and inflation at 2.7%.", expected: ["en:growth [1.3, 1.3] %, by CPB", "en:inflat [2.7, 2.7] %, by CPB"] },
    { label: "a party put at a share holds it", language: "en", text: "The final result put the party at exactly 5.0%.", expected: [] },
    { label: "an election is no count of voters", language: "de", text: "Die SPD hat die Bürgerschaftswahl mit 29,4 Prozent gewonnen.", expected: ["votes/holder:spd [29.4, 29.4] %, of SPD"] },
    { label: "a year after \"for\" is read past to the budget", language: "en", text: "The council's budget for 2028 totals about €12bn.", expected: ["budget [10800000000, 13200000000] EUR"] },
    { label: "the part of a budget a phrase names", language: "de", text: "Die Neuverschuldung im Kernhaushalt liegt bei 80 Milliarden Euro.", expected: ["deficit/area:core [80000000000, 80000000000] EUR"] },
    { label: "the part of a budget a phrase names, in English", language: "en", text: "New borrowing in the core budget is €80bn.", expected: ["deficit/area:core [80000000000, 80000000000] EUR"] },
    { label: "a figure after a place preposition is not the verb's object", language: "en", text: "Nurses joined rallies in 38 towns.", expected: ["en:citi [38, 38]"] },
    { label: "what a crowd numbered is the crowd", language: "en", text: "Police said the crowd had numbered about 6,000.", expected: ["protesters [5400, 6600], by police"] },
    { label: "\"thousands\" inside \"tens of thousands\" is no figure of its own", language: "en", text: "Strikes draw tens of thousands across Austria", expected: [] },
    { label: "\"real\" or \"actual\" claims the true figure, not another one", language: "en", text: "The institute says actual investment will be no more than €40bn.", expected: ["investment [0, 40000000000] EUR, by institute"] },
    {
      label: "a list of shares and seats that leaves out its verb and nouns",
      language: "de",
      text: "Die SPD erhält mit 31,4 Prozent zwölf Sitze, die Grünen mit 14,2 Prozent fünf.",
      expected: ["votes/holder:spd [31.4, 31.4] %, of SPD", "seats [12, 12]", "votes/holder:grünen [14.2, 14.2] %, of Grünen", "seats/holder:grünen [5, 5], of Grünen"],
    },
    { label: "a verb after the unit hedges the figure", language: "de", text: "Die Stadt bestritt, dass der Schaden 40 Millionen Euro übersteigen werde.", expected: ["cost (40000000, ∞) EUR, by Stadt, denied"] },
    { label: "\"für\" before money names its purpose, \"in\" a place", language: "de", text: "Für den Küstenschutz in Sachsen sind 200 Millionen Euro vorgesehen.", expected: ["spending/de:kustenschutz [200000000, 200000000] EUR, in DE/Saxony"] },
    { label: "a part of money \"davon\" keeps its unit; \"für\" a town scopes it", language: "de", text: "Sachsen erhält 200 Millionen Euro Soforthilfe, 80 Millionen davon für Leipzig.", expected: ["aid [200000000, 200000000] EUR", "aid [80000000, 80000000] EUR, in DE/Leipzig"] },
    { label: "\"in real terms\" is a manner, not a purpose", language: "en", text: "Health spending rises by £1.1bn in real terms.", expected: ["spending/area:health+change [1100000000, 1100000000] GBP"] },
    { label: "a word before \"by\" is a participle, not what money is", language: "en", text: "Borrowing will reach £90bn, above the £85bn forecast by the watchdog.", expected: ["deficit [90000000000, 90000000000] GBP", "deficit [85000000000, 85000000000] GBP"] },
    { label: "\"for\" a broadcaster is no place", language: "de", text: "Laut einer Umfrage für den Sender Westwelle kommt die SPD auf 24 Prozent.", expected: ["votes/holder:spd [24, 24] %, by Umfrage, of SPD"] },
    { label: "a noun after a number word is that number's", language: "de", text: "Die SPD holt sieben Sitze, die FDP mit 6,2 Prozent vier.", expected: ["seats/holder:spd [7, 7], of SPD", "votes/holder:fdp [6.2, 6.2] %, of FDP", "seats/holder:fdp [4, 4], of FDP"] },
    { label: "a rise right before money is a change", language: "en", text: "Health spending climbs £3bn.", expected: ["spending/area:health+change [3000000000, 3000000000] GBP"] },
    { label: "a rise to money is a level", language: "en", text: "Health spending climbs to £190bn.", expected: ["spending/area:health [190000000000, 190000000000] GBP"] },
    { label: "a fall right before a share is a negative change", language: "en", text: "Unemployment fell 0.3% in the spring.", expected: ["en:unemploy/change [-0.3, -0.3] %"] },
    { label: "\"as\" opening a clause names nothing", language: "en", text: "Debt is set to reach £2.9tn as health spending rises.", expected: ["debt [2900000000000, 2900000000000] GBP"] },
    { label: "who borrows is no part of the budget", language: "en", text: "Government borrowing will be £96bn.", expected: ["deficit [96000000000, 96000000000] GBP"] },
    { label: "a year after \"für\" is read past to the budget", language: "de", text: "Der Etat für 2028 umfasst 12 Milliarden Euro.", expected: ["budget [12000000000, 12000000000] EUR"] },
  ] as const)("$label", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

test.each([
  { language: "en", text: "Officials said 5,000 people from 20 countries attended." },
  { language: "en", text: "Between 8,000 and 9,000 people came, from 20 cities." },
  { language: "de", text: "Rund 5.000 Menschen aus 20 Ländern kamen nach Angaben der Polizei." },
] as const)("a figure after 'from' that is no earlier level of the one before: $text", ({ text, language }) => {
  expect(claims(text, language).filter((c) => c.includes("previous"))).toEqual([]);
});

describe("extractClaims: numbers that count nothing", () => {
  test.each([
    { label: "a calibre", language: "de", text: "Sie verschossen 155-mm-Granaten." },
    { label: "a calibre in English", language: "en", text: "They fired 155mm shells." },
    { label: "an age", language: "de", text: "Ein 35-Jähriger wurde vernommen." },
    { label: "an age in English", language: "en", text: "A 35-year-old was questioned." },
    { label: "an age after 'im Alter von'", language: "de", text: "Sie starb im Alter von 80 Jahren." },
    { label: "a duration", language: "de", text: "Die Verhandlungen dauerten 48 Stunden." },
    { label: "a time of day", language: "de", text: "Die Pressekonferenz beginnt um 14.30 Uhr." },
    { label: "a time of day in English", language: "en", text: "The rally began at 5 p.m." },
    { label: "a magnitude", language: "de", text: "Das Beben hatte eine Stärke von 6,1." },
    { label: "a magnitude in English", language: "en", text: "A 7.8-magnitude quake struck." },
    { label: "a rank", language: "de", text: "Die Partei landete auf Platz 3." },
    { label: "a house number", language: "de", text: "Im Haus Hauptstraße 12 stand das Wasser." },
    { label: "an English house number", language: "en", text: "He lives at 10 Downing Street." },
    { label: "a phone number", language: "de", text: "Ein Bürgertelefon ist unter 0911 231-4400 erreichbar." },
    { label: "a year", language: "de", text: "Im Jahr 2019 kamen neue Regeln." },
    { label: "a year naming a budget", language: "en", text: "The 2027 budget was approved." },
    { label: "a paragraph", language: "de", text: "Nach § 218 ist das verboten." },
    { label: "a model number", language: "de", text: "Die F-16 und die A380 flogen." },
    { label: "a German ordinal", language: "de", text: "Zum 80. Jahrestag kamen Gäste." },
    { label: "pages", language: "de", text: "Die Studie ist 86 Seiten lang." },
    { label: "a photo caption", language: "de", text: "Foto: 2.000 Demonstranten vor dem Rathaus" },
    { label: "a date of nothing", language: "de", text: "Am 3. März sprach der Minister." },
  ] as const)("$label", ({ text, language }) => {
    expect(claims(text, language)).toEqual([]);
  });
});

describe("extractClaims: where and when", () => {
  test.each([
    { label: "a country", language: "de", text: "In Spanien starben 200 Menschen.", expected: ["dead [200, 200], in ES"] },
    { label: "a city, alone, in the country named before", language: "de", text: "In Spanien starben 200 Menschen. Allein in Valencia starben 150.", expected: ["dead [200, 200], in ES", "dead [150, 150], in ES/Valencia"] },
    { label: "a place opening the sentence before a comma", language: "en", text: "In Madrid, where the march ended, 5,000 people protested.", expected: ["protesters [5000, 5000], in ES/Madrid"] },
    { label: "a town no gazetteer knows, named by its kind", language: "de", text: "In der Gemeinde Lauterbrunn starben drei Menschen.", expected: ["dead [3, 3], in ?/Lauterbrunn"] },
    { label: "a place before \"alone\" and a comma", language: "en", text: "In Malatya alone, 412 people were killed.", expected: ["dead [412, 412], in TR/Malatya"] },
    {
      label: "the day an event struck is not the day of the toll",
      language: "en",
      text: "The death toll from the earthquake that struck early on Friday has risen to 1,214.",
      expected: ["struck 2025-05-16..2025-05-16 day", "dead [1214, 1214]"],
    },
    {
      label: "nor in a German relative clause",
      language: "de",
      text: "Die Zahl der Toten nach dem Beben, das am Freitag die Region erschütterte, stieg auf 1.214.",
      expected: ["struck 2025-05-16..2025-05-16 day", "dead [1214, 1214]"],
    },
    { label: "the whole of a country", language: "de", text: "Im ganzen Land Österreich kamen 14 Menschen ums Leben.", expected: ["dead [14, 14], in AT"] },
    { label: "the whole of a country in English", language: "en", text: "Across the whole of Austria 14 people died.", expected: ["dead [14, 14], in AT"] },
    { label: "a place opening the sentence scopes the figures joined to the first", language: "de", text: "In Köln wurden 14 Menschen festgenommen und fünf Polizisten verletzt.", expected: ["arrests [14, 14], in DE/Köln", "injured/police [5, 5], in DE/Köln"] },
    { label: "…and a rival count after a comma", language: "de", text: "In Köln zählte die Polizei 6.000 Teilnehmer, die Veranstalter sprachen von 15.000.", expected: ["protesters [6000, 6000], in DE/Köln, by police", "protesters [15000, 15000], in DE/Köln, by organisers"] },
    { label: "…but not a figure of another place", language: "de", text: "In ganz Österreich starben 30 Menschen, denn auch aus Tirol wurden sechs Tote gemeldet.", expected: ["dead [30, 30], in AT", "dead [6, 6]"] },
    { label: "a place after a comma belongs to the next figure", language: "de", text: "Die Wahlbeteiligung lag landesweit bei 61,2 Prozent, in Linz nur bei 52,4 Prozent.", expected: ["turnout [61.2, 61.2] %", "turnout [52.4, 52.4] %, in AT/Linz"] },
    { label: "a town's police counts in its town", language: "de", text: "Nach Angaben der Kölner Polizei wurden vier Beamte verletzt.", expected: ["injured/police [4, 4], in DE/Köln, by Kölner Polizei"] },
    { label: "a town's police counts in its town, in English", language: "en", text: "Leeds police said 40 people were arrested.", expected: ["arrests [40, 40], in GB/Leeds, by Leeds police"] },
    { label: "a think tank in a town speaks for more than the town", language: "en", text: "The Leeds think tank said 40 people were arrested.", expected: ["arrests [40, 40], by Leeds think tank"] },
    { label: "a German city's adjective", language: "de", text: "In der Wiener Innenstadt demonstrierten 3000 Menschen.", expected: ["protesters [3000, 3000], in AT/Vienna"] },
    { label: "a weekday resolved against publication", language: "de", text: "Am Freitag starben 95 Menschen.", expected: ["dead [95, 95], as of 2025-05-16"] },
    { label: "since a day: up to publication", language: "de", text: "Seit Freitag wurden 300 Menschen evakuiert.", expected: ["displaced [300, 300], as of 2025-05-16..2025-05-19"] },
    { label: "by an evening", language: "de", text: "Bis Samstagabend galten 40 Menschen als vermisst.", expected: ["missing [40, 40], as of 2025-05-17"] },
    { label: "a word of scope makes an unknown German name a place", language: "de", text: "In Andalusien allein kamen zwölf Menschen ums Leben.", expected: ["dead [12, 12], in ?/Andalusien"] },
    { label: "…without it a capitalized German word is no place", language: "de", text: "In Andalusien kamen zwölf Menschen ums Leben.", expected: ["dead [12, 12]"] },
    { label: "a place after a later figure in words is that figure's", language: "en", text: "In all, 11 people have died, the agency said, which also counts two deaths in Catalonia.", expected: ["dead [11, 11], by agency", "dead [2, 2], in ES/Catalonia, by agency"] },
  ] as const)("$label", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("extractClaims: who says it, and how firmly", () => {
  test.each([
    { label: "laut", language: "de", text: "Laut Polizei demonstrierten 18.000 Menschen.", expected: ["protesters [18000, 18000], by police"] },
    { label: "according to", language: "en", text: "According to the organisers, 45,000 people marched.", expected: ["protesters [45000, 45000], by organisers"] },
    { label: "zufolge", language: "de", text: "Den Behörden zufolge starben 40 Menschen.", expected: ["dead [40, 40], by authorities"] },
    { label: "a speaker after the verb", language: "de", text: "95 Menschen starben, sagte Innenminister Anna Beispiel.", expected: ["dead [95, 95], by Anna Beispiel"] },
    { label: "a speaker in a subordinate clause", language: "de", text: "Während das Ministerium 23 Tote meldete, sprach der Hilfsbund von 30 Toten.", expected: ["dead [23, 23], by ministry", "dead [30, 30], by Hilfsbund"] },
    { label: "a pronoun points back", language: "de", text: "Ministerin Anna Beispiel besuchte die Region. Nach ihren Worten starben 40 Menschen.", expected: ["dead [40, 40], by Anna Beispiel"] },
    { label: "a genitive place is the place", language: "de", text: "Nach Angaben Madrids starben 40 Menschen.", expected: ["dead [40, 40], by Madrid"] },
    { label: "the object after the verb is not the speaker", language: "de", text: "Die Feuerwehr meldet einen Schaden von 2 Millionen Euro.", expected: ["cost [2000000, 2000000] EUR, by fire brigade"] },
    { label: "a separable verb of speech needs its particle", language: "de", text: "Die Behörden gehen von 300 Toten aus.", expected: ["dead [300, 300], by authorities"] },
    { label: "voters casting their ballots say nothing", language: "de", text: "Von den 224.000 Wahlberechtigten gaben viele ihre Stimme ab.", expected: ["voters [224000, 224000]"] },
    {
      label: "a speaker with a modifier after it",
      language: "en",
      text: "Police put the crowd at 22,000, while the organisers of the march said more than 80,000 had taken part.",
      expected: ["protesters [22000, 22000], by police", "protesters (80000, ∞), by organisers"],
    },
    { label: "a denial stops at a semicolon", language: "de", text: "Die Stadt bestritt, dass mehr als 40 Menschen verletzt wurden; vermisst würden 12 Menschen.", expected: ["injured (40, ∞), by Stadt, denied", "missing [12, 12], by Stadt"] },
    { label: "a source with an adjective", language: "de", text: "Nach ersten Angaben der Polizei starben 12 Menschen.", expected: ["dead [12, 12], by police"] },
    { label: "a source after a dash in a headline", language: "de", text: "Streik legt Bahn lahm – Gewerkschaft spricht von 10.000 Streikenden", expected: ["strikers [10000, 10000], by union"] },
    { label: "those who calculated it", language: "en", text: "Damage could reach €40m, economists at the institute calculated.", expected: ["cost [40000000, 40000000] EUR, by institute, hedged"] },
    { label: "hedged", language: "de", text: "Bis zu 12.000 weitere Polizisten könnten folgen.", expected: ["police/additional [0, 12000], hedged"] },
    { label: "reported", language: "en", text: "Reportedly 300 people died.", expected: ["dead [300, 300], reported"] },
    { label: "denied", language: "en", text: "The ministry denied that 300 people died.", expected: ["dead [300, 300], by ministry, denied"] },
    { label: "a source beyond a semicolon speaks for its own part", language: "de", text: "In Köln streikten laut Verdi 2.800 Beschäftigte; die Verkehrsbetriebe sprachen von knapp 2.000.", expected: ["strikers [2800, 2800], in DE/Köln, by Verdi", "strikers [1800, 2000), in DE/Köln, by Verkehrsbetriebe"] },
    { label: "a speaker before an auxiliary", language: "en", text: "The initiative had claimed a turnout of 43%.", expected: ["turnout [43, 43] %, by initiative"] },
    { label: "…and before a day", language: "en", text: "Police on Monday counted 4,000 protesters.", expected: ["protesters [4000, 4000], by police"] },
    { label: "a source beyond a semicolon does not speak for what came before", language: "en", text: "The initiative had claimed a turnout of 43%; a spokesman for the city said that was wrong.", expected: ["turnout [43, 43] %, by initiative"] },
    { label: "…even when it is the only one", language: "en", text: "Turnout was 43%; a spokesman for the city said that was wrong.", expected: ["turnout [43, 43] %"] },
    { label: "a long English source", language: "en", text: "Eleven people died, according to the national civil protection agency.", expected: ["dead [11, 11], by national civil protection agency"] },
    { label: "'Das teilte X mit' credits the sentence before", language: "de", text: "Mindestens sechs Menschen kamen ums Leben. Das teilte die Regionalregierung am Montag mit.", expected: ["dead [6, ∞), by government"] },
    { label: "…not across a paragraph", language: "de", text: "Mindestens sechs Menschen kamen ums Leben.\n\nDas teilte die Regionalregierung am Montag mit.", expected: ["dead [6, ∞)"] },
    { label: "…nor when that sentence has figures of its own", language: "de", text: "Sechs Menschen starben. Das meldete die Polizei in 20 Orten.", expected: ["dead [6, 6]", "de:ort [20, 20], by police"] },
    { label: "a place alone before a headline's colon is the topic, not a speaker", language: "de", text: "Portugal: 40 Tote bei Waldbränden", expected: ["dead [40, 40]"] },
    { label: "…but a place with a verb speaks", language: "de", text: "Madrid warnt: 40 Tote bei Waldbränden", expected: ["dead [40, 40], by Madrid"] },
    { label: "a noun behind a preposition is no speaker, and holding seats is no speech", language: "de", text: "Im Gemeinderat hält die BU 15 Mandate.", expected: ["seats/holder:bu [15, 15], of BU"] },
    { label: "a report with a named author speaks for it anywhere in the sentence", language: "de", text: "Eine Hochrechnung der Forschungsgruppe Nordstat sah die SPD bei 29,5 Prozent.", expected: ["votes/holder:spd+projection [29.5, 29.5] %, by Forschungsgruppe Nordstat, of SPD"] },
    { label: "…but the result of an election has no author", language: "de", text: "Nach dem Endergebnis der Grazer Gemeinderatswahl kam die SPD auf 29,5 Prozent.", expected: ["votes/holder:spd [29.5, 29.5] %, of SPD"] },
    { label: "a poll speaks with its author's voice", language: "de", text: "Laut der Befragung des Instituts Nordblick demonstrierten 18.000 Menschen.", expected: ["protesters [18000, 18000], by Institut Nordblick"] },
    { label: "…after 'nach' too", language: "de", text: "Nach der Zählung des Wahlamts gaben 52.000 Wähler ihre Stimme ab.", expected: ["turnout [52000, 52000], by Wahlamt"] },
    { label: "…and in English", language: "en", text: "According to a survey by the institute, 4,000 workers walked out.", expected: ["strikers [4000, 4000], by institute"] },
    { label: "'demnach' credits the source just named", language: "de", text: "Laut Polizei demonstrierten 18.000 Menschen. Demnach wurden 12 Menschen verletzt.", expected: ["protesters [18000, 18000], by police", "injured [12, 12], by police"] },
    { label: "a span of time before the verb is no speaker", language: "de", text: "Elf Tage nach der Wahl hat die Nationale Wahlkommission das Ergebnis veröffentlicht. Demnach gaben 52.000 Wähler ihre Stimme ab.", expected: ["turnout [52000, 52000], by Nationale Wahlkommission"] },
    { label: "'wies zurück' denies, and names who denies", language: "de", text: "Die Kommission wies zurück, dass 30.000 Stimmen fehlten.", expected: ["votes [30000, 30000], by Kommission, denied"] },
    { label: "…but not past a colon, where the denier gives its own figure", language: "de", text: "Die Kommission wies zurück, dass 30.000 Stimmen fehlten: Es gehe um 400 Stimmen.", expected: ["votes [30000, 30000], by Kommission, denied", "votes [400, 400], by Kommission"] },
  ] as const)("$label", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a headline names its claimant before the colon, and repeating the body's figure is one claim", () => {
    const text = "Polizei: 18.000 Demonstranten in Hamburg\n\nIn Hamburg demonstrierten am Samstag 18.000 Menschen, teilte die Polizei mit.";
    expect(extractClaims(text, { language: "de", publishedAt: PUBLISHED }).map(claimLine)).toEqual([
      // The march itself is dated too, in the outlet's voice (a public act).
      "protest 2025-05-17..2025-05-17 day",
      "protesters [18000, 18000], in DE/Hamburg, as of 2025-05-17, by police",
    ]);
  });

  test("a headline's place with a figure the body gives for no place is the story's setting: one claim, not a part of it", () => {
    const text = "Flood toll in Wexford rises to 14\n\nBy the evening the police put the toll at 14.";
    const lines = extractClaims(text, { language: "en", publishedAt: PUBLISHED }).map(claimLine);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dead \[14, 14\]/);
    expect(lines[0]).not.toContain("Wexford");
  });
});

describe("extractClaims: dates of what happened", () => {
  test.each([
    { label: "a signed treaty", language: "de", text: "Der Vertrag wurde am 19. Juni 2024 unterzeichnet.", expected: ["sign/treaty 2024-06-19..2024-06-19 day"] },
    { label: "a treaty signed in English", language: "en", text: "The treaty was signed in June 2024.", expected: ["sign/treaty 2024-06-01..2024-06-30 month"] },
    { label: "the day before, confirmed by an actor", language: "de", text: "Am Tag zuvor bestätigte auch die Regierung erstmals offiziell den Einsatz.", expected: ["confirm/deployment 2025-05-18..2025-05-18 day, by government"] },
    { label: "a denial is the other act of one question", language: "en", text: "On Friday the ministry denied the deployment.", expected: ["confirm/deployment 2025-05-16..2025-05-16 day, by ministry, denied"] },
    { label: "a dam that broke", language: "de", text: "Am Samstagabend brach der Damm.", expected: ["collapse/dam 2025-05-17..2025-05-17 day"] },
    { label: "closed is no signing without a treaty", language: "de", text: "Seit 2019 wurden elf Kliniken geschlossen.", expected: ["en:hospit [11, 11], as of 2019-01-01..2025-05-19"] },
  ] as const)("$label", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("extractClaims candidates", () => {
  test("carry offsets, sentence, rule and a schema-valid shape", () => {
    const text = "Titel\n\nLaut Polizei demonstrierten fast 10.000 Menschen in Hamburg.";
    const [c] = extractClaims(text, { language: "de" });
    expect(c).toBeDefined();
    expect(claimCandidateSchema.parse(c)).toEqual(c);
    expect(text.slice(c!.start, c!.end)).toBe("fast 10.000 Menschen");
    expect(text.slice(c!.sentenceStart, c!.sentenceEnd)).toBe("Laut Polizei demonstrierten fast 10.000 Menschen in Hamburg.");
    expect(c!.rule).toBe("de.hedge.fast → just below [n−10%, n)");
    expect(c!.scope).toEqual({ place: "DE/Hamburg", counted: "Menschen" });
  });

  test("are sorted by position, quantities and dates together", () => {
    const text = "Im Juni 2024 brach der Damm. Seitdem wurden 10.000 Menschen evakuiert.";
    const found = extractClaims(text, { language: "de" });
    expect(found.map((c) => c.valueKind)).toEqual(["date", "quantity"]);
  });
});

const FRAGMENTS = [
  "fast", "mehr als", "etwa", "10.000", "1,5", "Millionen", "zwischen", "und", "bis", "Menschen", "Tausende", "von ihnen",
  "in der Region", "Valencia", "nach", "Spanien", "laut", "Polizei", "sagte", "Beispiel", "getötet", "oder", "verletzt",
  "Im", "Juni", "2024", "unterzeichneten", "Vertrag", "am", "19.", "Ende", "letzter", "Woche", "Foto:", "\n", ".", ",",
  "-", "155", "mm", "more than", "almost", "people", "of them", "signed", "treaty", "last year", "on Tuesday", "k", "(",
  ")", "„", "“", "😀", "soll", "haben", "denied", "could", "Zahl der", "übersteigen", "Mio", "ago", "two", "years", "€",
  "Euro", "Prozent", "%", "bn", "SPD", "erhielt", "Prozentpunkte", "pro", "Liter", "Quadratmeter", "Uhr", "Jährige",
  "bundesweit", "weitere", "der", "Wahlberechtigten", "seit", "Freitag", "Samstagabend", "half a", "million",
];

describe("extractClaims never fails", () => {
  test.each(["de", "en"] as const)("on arbitrary strings (%s), and quotes are exact slices", (language) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.option(fc.constantFrom("2024-11-30", "2025-01-01"), { nil: undefined }), (text, publishedAt) => {
        for (const c of extractClaims(text, { language, ...(publishedAt ? { publishedAt } : {}) })) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
          expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  test.each(["de", "en"] as const)("on shuffled claim vocabulary (%s), and every candidate is schema-valid", (language) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom("", " "), (parts, glue) => {
        const text = parts.join(glue === "" ? " " : glue);
        for (const c of extractClaims(text, { language, publishedAt: "2024-11-30" })) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(claimCandidateSchema.safeParse(c).success).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
