import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// People a gathering drew ("the rally drew 4,100 people"), or who moved in a body along a way
// ("zogen rund 7.000 Menschen durch die Altstadt"), are the protest's crowd, not people at large;
// people pulled out of somewhere are not. Sentences of our own wording.
describe("a crowd drawn or moving in a body is the protesters'", () => {
  test.each([
    { language: "en", text: "The evening rally drew 4,100 people, the organisers said.", expected: ["protesters [4100, 4100], by organisers"] },
    { language: "en", text: "The sit-in attracted about 900 people on Friday.", expected: ["protesters [810, 990], as of 2025-05-16"] },
    { language: "de", text: "Am Samstag zogen laut Polizei rund 7.000 Menschen durch die Altstadt.", expected: ["protesters [6300, 7700], as of 2025-05-17, by police"] },
    { language: "de", text: "Nach Angaben der Veranstalter zogen 12.000 Menschen vor das Rathaus.", expected: ["protesters [12000, 12000], by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("people moved without a way of marching stay people", () => {
  test.each([
    { language: "de", text: "Die Helfer zogen bis zum Abend zwölf Menschen aus den Trümmern.", expected: ["people [12, 12]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// With no noun after the figure, the gathering before the verb says what it counts, its place between them.
describe("a bare figure a gathering drew is its crowd", () => {
  test.each([
    { text: "The vigil drew around 4,000.", expected: ["protesters [3600, 4400]"] },
    { text: "A second march in Braga drew some 2,500, organisers said.", expected: ["protesters [2250, 2750], in PT/Braga, by organisers"] },
    { text: "Tallinn teachers' rally draws up to 9,000, union says", expected: ["protesters [0, 9000], by union"] },
  ] as const)("en: $text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });

  test("a fund drawing money is no crowd", () => {
    expect(claimLines("The pension fund drew €3bn from its reserves.", "en").join()).not.toContain("protesters");
  });
});
