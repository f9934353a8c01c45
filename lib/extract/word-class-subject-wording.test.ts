import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// What a figure counts and who holds it are nouns and names: a pronoun, a determiner, a number word,
// the sign of a change, a verb in the third person or a participle is neither. Sentences of our own wording.
describe("a word that names nobody holds no figure", () => {
  test.each([
    // An unresolved pronoun opening the sentence.
    { language: "en", text: "Her party won 12,300 votes in the north.", expected: ["votes [12300, 12300]"] },
    { language: "en", text: "Its list polled 8,450 personal votes.", expected: ["votes [8450, 8450]"] },
    { language: "de", text: "Er kam auf 2.310 Stimmen.", expected: ["votes [2310, 2310]"] },
    { language: "de", text: "Sie gewinnt drei Sitze hinzu.", expected: ["seats/change [3, 3]"] },
    // A preposition or an adverb capitalized by the sentence start.
    { language: "en", text: "Of the 90 seats in the assembly, the Liberals will hold 31.", expected: ["seats [90, 90]", "seats/holder:liberals [31, 31], of Liberals"] },
    // The sign of a change, written as a noun.
    { language: "de", text: "Die CSU kam auf 31,2 Prozent, ein Plus von 2,4 Prozentpunkten.", expected: ["votes/holder:csu [31.2, 31.2] %, of CSU", "votes/holder:csu+change [2.4, 2.4] pp, of CSU"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a percentage a word of change introduces after a count changes that count", () => {
  test.each([
    { language: "de", text: "Die Zahl der Besucher lag bei 12.000, ein Minus von 8 Prozent.", expected: ["en:visitor [12000, 12000]", "en:visitor/change [-8, -8] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a verb form is not what money is of", () => {
  test.each([
    // A verb in the third person before the noun of money is no part of the budget.
    { language: "en", text: "The town unveils budget of €420m for next year.", expected: ["budget [420000000, 420000000] EUR"] },
    { language: "en", text: "The plan also includes savings of €35m.", expected: ["spending/change [-35000000, -35000000] EUR"] },
    // …nor right after the money.
    { language: "en", text: "The council says the real gap is at least €60m rests on a dispute.", expected: ["deficit [60000000, ∞) EUR, by council"] },
    // A part of a period before "of" and its time says when.
    { language: "en", text: "The reserve at the start of 2030 is put at €900m.", expected: ["en:reserv [900000000, 900000000] EUR, as of 2030-01-01"] },
    // "for every person" is an amount per person, in the place after it.
    { language: "en", text: "The town's budget is €90m. That is about €2,000 for every person in the town.", expected: ["budget [90000000, 90000000] EUR", "budget/per resident [1800, 2200] EUR"] },
    // A preposition of comparison after the money opens no noun of it; an ordinal ranks, it names nothing.
    { language: "en", text: "Spending is set at €129.6bn against revenue of €112.3bn.", expected: ["spending [129600000000, 129600000000] EUR", "revenue [112300000000, 112300000000] EUR"] },
    { language: "en", text: "Damage is now put at €5.8bn, up from the €4.2bn first estimated.", expected: ["cost [5800000000, 5800000000] EUR", "cost [4200000000, 4200000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a determiner, a gerund's object or a verb after a plural is no counted noun", () => {
  test.each([
    { language: "en", text: "The chairwoman, who turns 52 next week, opened the talks.", expected: [] },
    { language: "en", text: "There is no fine for staying home: 62% voted.", expected: [] },
    { language: "en", text: "Together the three parties hold 58 seats.", expected: ["en:parti [3, 3]", "seats [58, 58]"] },
    { language: "en", text: "Some 40 cities drew crowds.", expected: ["en:citi [36, 44]"] },
    { language: "en", text: "Thousands of taxis bring the centre to a halt.", expected: ["en:taxi [2000, 9999]"] },
    // A noun the tables know after a plural modifier stays the head.
    { language: "en", text: "The firm hired 4,000 sales staff.", expected: ["en:staff/en:sale [4000, 4000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
