import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A budget part glued to a noun for its whole sector or its ministry ("Gesundheitswesen",
// "Verteidigungsministerium"), or written before it in English ("the defence ministry"), is the
// part itself, so German and English figures for it meet in one facet. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a sector compound is its budget part", () => {
  test.each([
    { language: "de", text: "Für das Gesundheitswesen sind 84 Milliarden Euro vorgesehen.", expected: ["spending/area:health [84000000000, 84000000000] EUR"] },
    { language: "de", text: "Das Schulwesen erhält 2,3 Milliarden Euro.", expected: ["spending/area:education [2300000000, 2300000000] EUR"] },
    { language: "de", text: "Der Verteidigungssektor bekommt 910 Millionen Euro.", expected: ["spending/area:defence [910000000, 910000000] EUR"] },
    { language: "en", text: "Health gets €84bn.", expected: ["spending/area:health [84000000000, 84000000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("the ministry that spends on a budget part is that part", () => {
  test.each([
    { language: "de", text: "Das Verteidigungsministerium erhält 4,2 Milliarden Euro.", expected: ["spending/area:defence [4200000000, 4200000000] EUR"] },
    { language: "en", text: "The defence ministry gets €4.2bn.", expected: ["spending/area:defence [4200000000, 4200000000] EUR"] },
    { language: "en", text: "The education department receives £900m.", expected: ["spending/area:education [900000000, 900000000] GBP"] },
    // A receiver that names no part keeps its own word.
    { language: "en", text: "The fire service gets £310m.", expected: ["spending/en:servic [310000000, 310000000] GBP"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
