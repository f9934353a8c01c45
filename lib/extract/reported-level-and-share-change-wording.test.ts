import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of levels said in reported speech or the perfect, and of changes of a share in points
// that the older rules read without their sign: sentences of our own, in German and English.

describe("a German linking verb in the subjunctive or the perfect names what the amount is of", () => {
  test.each([
    { language: "de", text: "Der Zuschuss liege bei 400 Euro.", expected: ["de:zuschuss [400, 400] EUR"] },
    { language: "de", text: "Die Gebühr steige auf 40 Euro.", expected: ["de:gebuhr [40, 40] EUR"] },
    { language: "de", text: "Die Reserve ist auf 95 Millionen Euro geschrumpft.", expected: ["de:reserv [95000000, 95000000] EUR"] },
    { language: "de", text: "Die Reserve ist um 15 Millionen Euro gestiegen.", expected: ["de:reserv/change [15000000, 15000000] EUR"] },
    // English needs no rule: its perfect puts the participle before the amount.
    { language: "en", text: "The reserve has shrunk to €95m.", expected: ["en:reserv [95000000, 95000000] EUR"] },
    { language: "en", text: "The reserve is set to shrink to €95m, the council said.", expected: ["en:reserv [95000000, 95000000] EUR, by council"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("a name in the genitive before the noun owns it and names nothing", () => {
    expect(claimLines("Bremens Rücklage schrumpfe auf 95 Millionen Euro.", "de")).toEqual(["de:rucklag [95000000, 95000000] EUR"]);
    expect(claimLines("Kassels Reserve ist auf 12 Millionen Euro gesunken.", "de")).toEqual(["de:reserv [12000000, 12000000] EUR"]);
  });
});

describe("points said to be lower or down are a fall", () => {
  test.each([
    { language: "en", text: "The Liberals won 12.1%, 3.4 points lower than in 2029.", expected: ["votes/holder:liberals [12.1, 12.1] %, of Liberals", "votes/change [-3.4, -3.4] pp"] },
    { language: "en", text: "The Liberals' 12.1% is 3.4 points down on the last election.", expected: ["votes/holder:liberals [12.1, 12.1] %, of Liberals", "votes/change [-3.4, -3.4] pp"] },
    { language: "de", text: "Die Linke kam auf 9,4 Prozent und lag damit 2,2 Punkte niedriger als 2029.", expected: ["votes/holder:linke [9.4, 9.4] %, of Linke", "votes/change [-2.2, -2.2] pp"] },
    { language: "de", text: "Die Linke kam auf 9,4 Prozent, 2,2 Punkte tiefer als vor vier Jahren.", expected: ["votes/holder:linke [9.4, 9.4] %, of Linke", "votes/change [-2.2, -2.2] pp"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("points higher or up stay a rise", () => {
    expect(claimLines("The Greens won 9%, 2 points higher than in 2029.", "en")).toContain("votes/change [2, 2] pp");
    expect(claimLines("Die Grünen kamen auf 9 Prozent, 2 Punkte höher als 2029.", "de")).toContain("votes/change [2, 2] pp");
  });
});

describe("a signed bare figure in parentheses after a share is its change in points", () => {
  test.each([
    { language: "de", text: "Die SPD erreichte 20,3 Prozent (minus 1,5).", expected: ["votes/holder:spd [20.3, 20.3] %, of SPD", "votes/holder:spd+change [-1.5, -1.5] pp, of SPD"] },
    { language: "de", text: "Die Linke kam auf 9,4 Prozent (+2,2).", expected: ["votes/holder:linke [9.4, 9.4] %, of Linke", "votes/holder:linke+change [2.2, 2.2] pp, of Linke"] },
    { language: "de", text: "Die Linke kam auf 9,4 Prozent (-2,2).", expected: ["votes/holder:linke [9.4, 9.4] %, of Linke", "votes/holder:linke+change [-2.2, -2.2] pp, of Linke"] },
    { language: "en", text: "The Greens took 9.1% (−0.4).", expected: ["votes/holder:greens [9.1, 9.1] %, of Greens", "votes/holder:greens+change [-0.4, -0.4] pp, of Greens"] },
    { language: "en", text: "The Tories took 31.2% (plus 2.2).", expected: ["votes/holder:tories [31.2, 31.2] %, of Tories", "votes/holder:tories+change [2.2, 2.2] pp, of Tories"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("without a sign, or outside parentheses after a share, the figure is no change", () => {
    expect(claimLines("Die Linke kam auf 9,4 Prozent (um 2,2).", "de")).toEqual(["votes/holder:linke [9.4, 9.4] %, of Linke"]);
    expect(claimLines("Call the hotline on (+44) 20 7946 0000.", "en")).toEqual([]);
  });
});

describe("a share's earlier level takes the unit written once after the new level", () => {
  test.each([
    { language: "de", text: "Die Wahlbeteiligung stieg von 61,2 auf 63,5 Prozent.", expected: ["turnout/previous [61.2, 61.2] %", "turnout [63.5, 63.5] %"] },
    { language: "de", text: "Die Inflation sank von 3,4 auf 2,9 Prozent.", expected: ["de:inflation/previous [3.4, 3.4] %", "de:inflation [2.9, 2.9] %"] },
    { language: "en", text: "Turnout rose from 61.2 to 63.5%.", expected: ["turnout/previous [61.2, 61.2] %", "turnout [63.5, 63.5] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("a party's slide keeps both levels as its vote share", () => {
    expect(claimLines("Nach der Nachzählung rutschte die SPD von 21,4 auf 21,1 Prozent.", "de")).toEqual(["votes/holder:spd+previous [21.4, 21.4] %, of SPD", "votes [21.1, 21.1] %"]);
    expect(claimLines("The Liberals rose from 21.4 to 23.1%.", "en")).toEqual(["votes/holder:liberals+previous [21.4, 21.4] %, of Liberals", "votes [23.1, 23.1] %"]);
  });

  test("a count's earlier level stays a count", () => {
    expect(claimLines("Die Zahl der Teilnehmer stieg von 300 auf 500.", "de")).toEqual(["protesters/previous [300, 300]", "protesters [500, 500]"]);
  });
});

describe("an object pronoun is not what a share is of", () => {
  test("'put them at' gives the share to the name the pronoun stands for", () => {
    expect(claimLines("The Liberals are back after the final count put them at 5.0%.", "en")).toEqual(["votes/holder:liberals [5, 5] %, of Liberals"]);
    expect(claimLines("The recount put them at 5.0%.", "en")).toEqual([]);
  });

  test("German: 'sie' in the same place is no noun either", () => {
    expect(claimLines("Die Liberalen sind zurück, die Nachzählung sieht sie bei 5,0 Prozent.", "de")).not.toContainEqual(expect.stringMatching(/^de:sie/));
  });
});

describe("two modifiers joined by 'and' describe the one head after them", () => {
  test.each([
    { text: "Officials counted 4,200 postal and overseas ballots.", expected: ["votes/en:postal+en:oversea [4200, 4200], by officials"] },
    { text: "About 9,000 regional and suburban train services were cancelled.", expected: ["en:servic/en:region+en:suburban+en:train [8100, 9900]"] },
    { text: "Police counted 5,000 young and old marchers.", expected: ["protesters/en:young+en:old [5000, 5000], by police"] },
  ] as const)("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });

  test("two plural heads joined by 'and' stay the first one's count", () => {
    expect(claimLines("Some 300 houses and farms were flooded.", "en")).toEqual(["buildings [270, 330]"]);
  });

  test("German cuts a compound's front off before 'und': the head is the next compound's", () => {
    expect(claimLines("Die Wahlbehörde zählte 4.200 Brief- und Auslandsstimmen.", "de")).toEqual(["votes [4200, 4200], by authority"]);
    expect(claimLines("Rund 300 Wohn- und Geschäftshäuser wurden beschädigt.", "de")).toEqual(["buildings/de:beschadigt [270, 330]"]);
  });
});
