import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// German puts the subject after the verb when a clause of reporting follows the figure ("…, teilten
// die Behörden mit"); the particle closing the clause makes the verb one of saying. Sentences of our own.

describe("a plural or present 'teilen … mit' names its subject as the claimant", () => {
  test.each([
    { text: "Rund 9.000 Menschen protestierten in der Innenstadt, teilten die Behörden am Abend mit.", expected: ["protesters [8100, 9900], by authorities"] },
    { text: "Seit Montag sind 31 Menschen gestorben, teilt das Gesundheitsamt mit.", expected: ["dead [31, 31], by Gesundheitsamt"] },
    // An authority and the town it serves stay one claimant, as with "teilte die Polizei in Graz mit".
    { text: "Rund 9.000 Menschen demonstrierten, teilten die Behörden in Graz mit.", expected: ["protesters [8100, 9900], in AT/Graz, by Behörden in Graz"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});

describe("without its particle, 'teilen' is no verb of saying", () => {
  test.each([
    { text: "Beide Parteien teilten die Sorge, dass 40 Prozent der Stellen wegfallen.", expected: ["en:job [40, 40] %"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});
