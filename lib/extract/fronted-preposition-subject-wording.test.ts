import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a fronted phrase in German's perfect: "Beim Hochwasser haben die Behörden 43 Tote
// bestätigt" names the happening before the verb; the subject after it speaks. Sentences of our own.

describe("a noun behind a fronted preposition is no speaker", () => {
  test.each([
    { text: "Beim Hochwasser haben die Behörden 43 Tote bestätigt.", line: "dead [43, 43], by authorities" },
    { text: "Durch den Sturm haben die Behörden 12 Verletzte gezählt.", line: "injured [12, 12], by authorities" },
    { text: "Beim Brand in der Fabrik hat das Amt 17 Verletzte gemeldet.", line: "injured [17, 17], by Amt" },
  ])("$text", ({ text, line }) => {
    expect(claimLines(text, "de")).toEqual([line]);
  });
});
