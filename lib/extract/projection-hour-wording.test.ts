import { describe, expect, test } from "vitest";
import { extractClaims } from ".";

// An election night's projection is published at an hour: the hour right after the projection's
// noun and its maker dates its figures, so one institute's later projection revises them. Sentences
// of our own.
const hours = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: "2031-05-04" }).map((c) => c.scope.asOf?.time ?? null);

describe("the hour of a projection dates its figures", () => {
  test.each([
    { language: "de", text: "Nach der Hochrechnung des Instituts Stimmwerk von 18.40 Uhr kommt die Liste Nord auf 41,2 Prozent.", expected: ["18:40"] },
    { language: "en", text: "The Stimmwerk institute's second projection, at 8.15 p.m., put the North List on 40.8%.", expected: ["20:15"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(hours(text, language)).toEqual(expected);
  });
});

describe("an hour far from the projection's noun, or of what happened, is not read", () => {
  test.each([
    { language: "en", text: "The polls closed at 6 p.m.; the North List won 40.8% in the projection.", expected: [null] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(hours(text, language)).toEqual(expected);
  });
});
