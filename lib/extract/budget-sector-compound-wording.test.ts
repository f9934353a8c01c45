import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A budget part glued to a noun for its whole sector ("Gesundheitswesen", "Bildungssystem") is the
// part itself, so a German and an English figure for it meet in one facet. Sentences of our own.
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
