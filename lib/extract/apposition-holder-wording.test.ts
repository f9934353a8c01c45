import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A share whose holder stands before an apposition closed by a comma right before the verb: the
// apposition is read past and the name before it holds the share. Sentences of our own.
const holders = (text: string, language: "de" | "en") => claimLines(text, language).map((line) => line.slice(0, line.indexOf(" [")));

describe("a name before an apposition holds the share the verb after it wins", () => {
  test.each([
    { language: "en", text: "The Pirates, newcomers from the northern suburbs, won 4.1% and two seats.", expected: ["votes/holder:pirates", "seats"] },
    { language: "en", text: "The Liberals, long the second force in the city, took 11.3%.", expected: ["votes/holder:liberals"] },
    { language: "de", text: "Die Piraten, eine kleine Liste aus dem Norden, kamen auf 4,1 Prozent.", expected: ["votes/holder:piraten"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("a name inside the apposition holds nothing", () => {
  test.each([
    { language: "en", text: "The Pirates, once allied with Mayor Ruth Adler, won 4.1%.", expected: ["votes/holder:pirates"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("an apposition that is only a name names the subject it follows, who holds the share", () => {
  test.each([
    { language: "en", text: "Anna Berg won the runoff. Her challenger, Tom Reiter, took 45.8%.", expected: ["votes/holder:tom reiter"] },
    { language: "en", text: "Anna Berg won the runoff. Her rival, the Green candidate Tom Reiter, took 45.8%.", expected: ["votes/holder:tom reiter"] },
    // A phrase of its own in the aside ("allied with", "backed by") names someone else: still no holder.
    { language: "en", text: "The newcomers, backed by Ruth Adler, won 4.1%.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("a candidate's place in the race is no part of the name holding the share", () => {
  test.each([
    { language: "de", text: "Amtsinhaberin Clara Voss kam auf 54,2 Prozent, Herausforderer Tom Reiter auf 45,8 Prozent.", expected: ["votes/holder:clara voss", "votes/holder:tom reiter"] },
    { language: "en", text: "Incumbent Clara Voss won 54.2%. Challenger Tom Reiter took 45.8%.", expected: ["votes/holder:clara voss", "votes/holder:tom reiter"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});
