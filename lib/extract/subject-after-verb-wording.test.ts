import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// German puts the subject right after its verb when something else opens the sentence ("Seit dem
// Frühjahr ist das Volumen um 40 Millionen Euro gewachsen"): what changes "um" the amount is that
// subject, not the noun of the opening phrase. English keeps the subject first. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("the subject after a German verb is what changes by the amount", () => {
  test.each([
    {
      language: "de",
      text: "Gegenüber dem ersten Entwurf ist das Volumen um 40 Millionen Euro auf 3,2 Milliarden Euro gewachsen.",
      expected: ["budget/change [40000000, 40000000] EUR", "budget [3200000000, 3200000000] EUR"],
    },
    { language: "de", text: "Nach Angaben des Mieterbunds stiegen die Mieten dadurch um 7 Prozent.", expected: ["en:rent/change [7, 7] %"] },
    { language: "de", text: "Nach Schätzung des Mieterbunds würden die Mieten dadurch um 7 Prozent steigen.", expected: ["en:rent/change [7, 7] %"] },
    {
      language: "en",
      text: "Compared with the first draft, the volume has grown by €40m to €3.2bn.",
      expected: ["budget/change [40000000, 40000000] EUR", "budget [3200000000, 3200000000] EUR"],
    },
    { language: "en", text: "According to the union, the rents rose by 7%.", expected: ["en:rent/change [7, 7] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a level after a fronted noun keeps the fronted noun", () => {
    expect(claims("Größter Ausgabenposten bleiben die Pensionen mit 20 Mrd. Euro.", "de")).toEqual(["spending [20000000000, 20000000000] EUR"]);
  });
});
