import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of changes, seats and counted places that the older rules misread: each case is a
// sentence of our own, in German and English, written for the rule it tests.

describe("a change between two levels: the new level is the claim, the earlier one is `previous`", () => {
  test.each([
    { language: "de", text: "Der Etat steigt von 40 auf 42 Milliarden Euro.", expected: ["budget/previous [40000000000, 40000000000] EUR", "budget [42000000000, 42000000000] EUR"] },
    { language: "de", text: "Die Ausgaben sanken von 9,5 auf 8,7 Millionen Euro.", expected: ["spending/previous [9500000, 9500000] EUR", "spending [8700000, 8700000] EUR"] },
    { language: "en", text: "The budget rises from €40bn to €42bn.", expected: ["budget/previous [40000000000, 40000000000] EUR", "budget [42000000000, 42000000000] EUR"] },
    { language: "en", text: "Spending fell from 9.5 to 8.7 million euros.", expected: ["spending/previous [9500000, 9500000] EUR", "spending [8700000, 8700000] EUR"] },
    // The noun after the new level counts the earlier level too.
    { language: "en", text: "Attendance rose from 40,000 to 42,000 protesters.", expected: ["protesters/previous [40000, 40000]", "protesters [42000, 42000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("without a verb of change, 'from … to' is still a range", () => {
    expect(claimLines("Estimates range from 9,000 to 11,000 protesters.", "en")).toEqual(["protesters [9000, 11000]"]);
    expect(claimLines("Die Polizei zählte 9.000 bis 11.000 Demonstranten.", "de")).toEqual(["protesters [9000, 11000], by police"]);
  });

  test("a bare count before 'auf' keeps its own size: no multiplier is shared", () => {
    expect(claimLines("Die Zahl der Teilnehmer stieg von 300 auf 500.", "de")).toEqual(["protesters/previous [300, 300]", "protesters [500, 500]"]);
  });
});

describe("seats gained or lost are a change of seats, a loss negative", () => {
  test.each([
    { language: "de", text: "Die CDU verliert ein Mandat.", expected: ["seats/change+holder:cdu [-1, -1], of CDU"] },
    { language: "de", text: "Die SPD gewinnt zwei Sitze hinzu.", expected: ["seats/change+holder:spd [2, 2], of SPD"] },
    { language: "de", text: "Die SPD büßt drei Sitze ein.", expected: ["seats/change+holder:spd [-3, -3], of SPD"] },
    { language: "de", text: "Die CDU hat zwei Sitze an die Grünen verloren.", expected: ["seats/change+holder:cdu [-2, -2], of CDU"] },
    { language: "en", text: "Labour picked up four seats.", expected: ["seats/change+holder:labour [4, 4], of Labour"] },
    { language: "en", text: "The Conservatives lost two seats.", expected: ["seats/change+holder:conservatives [-2, -2], of Conservatives"] },
    { language: "en", text: "The Conservatives lost a seat.", expected: ["seats/change+holder:conservatives [-1, -1], of Conservatives"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("a bare figure after the change is the level it ends on", () => {
    expect(claimLines("Labour picks up two seats, ends on 91.", "en")).toEqual(["seats/change+holder:labour [2, 2], of Labour", "seats/holder:labour [91, 91], of Labour"]);
    expect(claimLines("Die SPD verliert zwei Sitze und kommt auf 29.", "de")).toContain("seats [29, 29]");
  });

  test("seats won are still the total", () => {
    expect(claimLines("Die SPD gewinnt 29 Sitze.", "de")).toEqual(["seats/holder:spd [29, 29], of SPD"]);
    expect(claimLines("Labour won 29 seats.", "en")).toEqual(["seats/holder:labour [29, 29], of Labour"]);
  });

  test("an article is the figure one only before a seat", () => {
    expect(claimLines("Die CDU verliert ein Drittel ihrer Wähler.", "de").some((c) => c.includes("[-1, -1]"))).toBe(false);
    expect(claimLines("The Conservatives lost a lot of ground.", "en")).toEqual([]);
  });
});

describe("a holder's own seat named by its rank is its new total", () => {
  test.each([
    { language: "en", text: "Labour won its 11th seat.", expected: ["seats/holder:labour [11, 11], of Labour"] },
    { language: "de", text: "Die Grünen holten ihr 11. Mandat.", expected: ["seats/holder:grünen [11, 11], of Grünen"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("'the 11th seat' may be a place in the allocation order: no claim", () => {
    expect(claimLines("The 11th seat went to Labour.", "en")).toEqual([]);
    expect(claimLines("Den 11. Sitz erhielt die SPD.", "de")).toEqual([]);
  });

  test("other ordinals are still no counts", () => {
    expect(claimLines("Labour won its 11th election in a row.", "en")).toEqual([]);
  });
});

describe("places counted near a protest are places, not protesters", () => {
  test.each([
    { language: "de", text: "Demonstranten aus 20 Ländern zogen durch die Stadt.", expected: ["de:land [20, 20]"] },
    { language: "en", text: "Protesters from 20 countries marched through the city.", expected: ["en:countri [20, 20]"] },
    { language: "de", text: "Mehr als 5.000 Demonstranten gingen in 15 Städten auf die Straße.", expected: ["protesters (5000, ∞)", "en:citi [15, 15]"] },
    { language: "en", text: "More than 5,000 protesters marched in 15 cities.", expected: ["protesters (5000, ∞)", "en:citi [15, 15]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("people counted are still what the sentence says they did", () => {
    expect(claimLines("Drei Feuerwehrleute wurden verletzt.", "de")).toEqual(["injured/en:firefight [3, 3]"]);
  });
});

describe("a side of a referendum is what a figure is about, never who gives it", () => {
  test.each([
    {
      language: "en",
      text: "An exit poll published on Friday had put Yes at 54% and No at 46%.",
      expected: ["votes/holder:yes+projection [54, 54] %, as of 2025-05-16, by exit poll, of Yes", "votes/projection+holder:no [46, 46] %, as of 2025-05-16, by exit poll, of No"],
    },
    { language: "de", text: "Eine Nachwahlbefragung sah Ja bei 54 Prozent.", expected: ["votes/holder:ja+projection [54, 54] %, of Ja"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("a share's side after it is read as before", () => {
    expect(claimLines("Am Ende stimmten 54,3 Prozent mit Ja.", "de")).toEqual(["votes/holder:yes [54.3, 54.3] %, of yes"]);
    expect(claimLines("In the end 53.9% voted yes and 46.1% no.", "en")).toEqual(["votes/holder:yes [53.9, 53.9] %, of yes", "votes/holder:no [46.1, 46.1] %, of no"]);
    expect(claimLines("About 5% no longer work.", "en").some((c) => c.includes("holder:no"))).toBe(false);
  });
});

describe("a loss verb makes a count a fall", () => {
  test.each([
    { language: "de", text: "Die Gemeinde verlor 3.000 Einwohner.", expected: ["people/change [-3000, -3000]"] },
    { language: "en", text: "The town lost 3,000 residents.", expected: ["people/change [-3000, -3000]"] },
    { language: "de", text: "Die Zahl der Demonstranten sank um 2.000.", expected: ["protesters/change [-2000, -2000]"] },
    { language: "en", text: "The number of protesters fell by 2,000.", expected: ["protesters/change [-2000, -2000]"] },
    // A verb of rising keeps a change behind "um"/"by" positive; it is no longer read as the level.
    { language: "de", text: "Die Zahl der Toten stieg um 12.", expected: ["dead/change [12, 12]"] },
    { language: "en", text: "The death toll rose by 12.", expected: ["dead/change [12, 12]"] },
    { language: "de", text: "Die Wahlbeteiligung sank um 4 Prozent.", expected: ["turnout/change [-4, -4] %"] },
    { language: "en", text: "Turnout fell by 4 per cent.", expected: ["turnout/change [-4, -4] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("soldiers a side lost are no change of troops (the count is read as before)", () => {
    expect(claimLines("The army lost 40 soldiers.", "en")).toEqual(["troops [40, 40]"]);
  });
});

// A place phrase may stand between what changes and its verb; German and English rents are one subject.
describe("what changes stands before a place phrase", () => {
  test.each([
    { language: "de", text: "Die Mieten in der Hauptstadt sind seit 2035 um 38 Prozent gestiegen.", expected: ["en:rent/change [38, 38] %, as of 2035-01-01..2025-05-19"] },
    { language: "en", text: "Rents in the capital have risen 38% since 2035.", expected: ["en:rent/change [38, 38] %, as of 2035-01-01..2025-05-19"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
