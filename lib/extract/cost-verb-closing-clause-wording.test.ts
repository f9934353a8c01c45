import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// What something cost, where German puts the cost verb last (the perfect's participle) or in reported
// speech ("koste"): the money is a cost, as it is after "kostet" and "has cost". Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("money before a cost verb closing the clause is a cost", () => {
  test.each([
    { language: "de", text: "Die Blockade hat den Einzelhandel nach Angaben der Kammer etwa 300 Millionen Euro gekostet.", expected: ["cost [270000000, 330000000] EUR"] },
    { language: "de", text: "Jeder Tag der Sperrung koste die Region bis zu 20 Millionen Euro, sagte der Landrat.", expected: ["cost [0, 20000000] EUR"] },
    { language: "en", text: "The blockade has cost retailers about €300m, the chamber said.", expected: ["cost [270000000, 330000000] EUR"] },
    { language: "en", text: "The shutdown could cost the region up to €20m, the district head said.", expected: ["cost [0, 20000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("another verb closing the clause makes no cost", () => {
    expect(claims("Die Stadt hat für die Sanierung 300 Millionen Euro bereitgestellt.", "de")).not.toContain("cost [300000000, 300000000] EUR");
  });
});
