import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of asides around a speaker, in sentences of our own, German and English. Published on
// Monday 2025-05-19 (test-fixtures.ts).

// News sets a speaker's age off by commas or brackets between the name and the verb ("Jana Roth,
// 52, said"). The age is no part of who speaks, and the speaker is the name before it, wherever in
// the sentence the name stands. A count between commas that is no age ("2,300") stays a figure.
describe("an age between a speaker and the verb leaves the speaker the name before it", () => {
  test.each([
    { language: "en", text: "Spending will rise to €4.2bn, treasurer Jana Roth, 52, told reporters.", expected: ["spending [4200000000, 4200000000] EUR, by Jana Roth"] },
    { language: "en", text: "Turnout reached 61%, returning officer Piet Dekker (58) said.", expected: ["turnout [61, 61] %, by returning officer Piet Dekker"] },
    { language: "en", text: "Jana Roth, 52, said the deficit would reach €900m.", expected: ["deficit [900000000, 900000000] EUR, by Jana Roth"] },
    { language: "de", text: "Die Ausgaben steigen auf 4,2 Milliarden Euro, sagte Kämmerin Jana Roth (52).", expected: ["spending [4200000000, 4200000000] EUR, by Kämmerin Jana Roth"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// A speaker named first by role, then by name between commas ("sagte der Sprecher des Verbands,
// Piet Dekker, …"): the name says who speaks. A clause after the comma ("…, sagte der Sprecher,
// Hamburg sei sicher") holds no name, so the role stays the speaker.
describe("a name set off after the speaker's role is the speaker", () => {
  test.each([
    { language: "de", text: "Der Schaden liege bei 80 Millionen Euro, sagte der Sprecher des Versichererverbands, Piet Dekker, am Freitag.", expected: ["cost [80000000, 80000000] EUR, by Piet Dekker"] },
    { language: "de", text: "Die Lücke betrage 2 Milliarden Euro, sagte die Haushaltsexpertin der Opposition, Mira Lenz, 47.", expected: ["deficit [2000000000, 2000000000] EUR, by Mira Lenz"] },
    { language: "de", text: "Das Defizit betrage 2 Milliarden Euro, sagte der Sprecher, Hamburg sei sicher.", expected: ["deficit [2000000000, 2000000000] EUR, by Sprecher"] },
    { language: "en", text: "The gap is €2bn, said the opposition's budget spokeswoman, Mira Lenz.", expected: ["deficit [2000000000, 2000000000] EUR, by Mira Lenz"] },
    { language: "en", text: "Losses will reach €80m, said the insurers' spokesman, Piet Dekker, on Friday.", expected: ["cost [80000000, 80000000] EUR, by Piet Dekker"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// A claimant the tables name in two words ("returning officer") may follow a modifier of its own
// ("the district returning officer"), and a preposition of time after a name ends it: "after
// polling stations had reported" says when, not who. German capitalizes its nouns, so its claimants
// end by case already.
describe("a claimant of two words takes its modifier, and a time preposition ends a name", () => {
  test.each([
    { language: "en", text: "Turnout was 58%, according to the result published by the district returning officer.", expected: ["turnout [58, 58] %, by district returning officer"] },
    { language: "en", text: "The Greens won 12 seats, according to results published by the Election Board after midnight.", expected: ["seats/holder:greens [12, 12], by Election Board, of Greens"] },
    { language: "de", text: "Die Wahlbeteiligung lag bei 58 Prozent, teilte die Kreiswahlleiterin mit.", expected: ["turnout [58, 58] %, by Kreiswahlleiterin"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// A relative clause between the subject and its verb ("Die Behörde, die für die Feuerwehr zuständig
// ist, meldete …") is about the subject; a noun inside it is no speaker. An apposition in the same
// place ("Der Veranstalter, das Bündnis X, sprach …") ends in a name, not a verb, and names the
// speaker itself. English names its subject before such commas too.
describe("a relative clause after the subject leaves the subject the speaker", () => {
  test.each([
    { language: "de", text: "Die Landesbehörde, die dort für die Feuerwehr zuständig ist, meldete am Abend 14 Verletzte.", expected: ["injured [14, 14], by authority"] },
    { language: "de", text: "Das Komitee, das die Zählung leitet, sprach von rund 3.000 Teilnehmern.", expected: ["protesters [2700, 3300], by Komitee"] },
    { language: "de", text: "Der Veranstalter, das Bündnis Grüne Wende, sprach von 8.000 Teilnehmern.", expected: ["protesters [8000, 8000], by Bündnis Grüne Wende"] },
    { language: "en", text: "The Fire Board, which oversees the brigades, said 14 people were injured.", expected: ["injured [14, 14], by Fire Board"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
