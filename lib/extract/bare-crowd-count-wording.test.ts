import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A figure with no noun after a verb of counting or estimating ("Police counted 12,000", "Die
// Polizei zählte 12.000") counts the crowd the article has counted before; after any other verb, or
// in an article that counted no crowd, it names nothing. Sentences of our own wording.
describe("a bare figure after a verb of counting is the crowd's", () => {
  test.each([
    { language: "en", text: "Organisers said 15,000 protesters marched. Police counted 9,000.", expected: ["protesters [15000, 15000], by organisers", "protesters [9000, 9000], by police"] },
    { language: "en", text: "Organisers said 15,000 protesters marched. The city estimated about 9,000.", expected: ["protesters [15000, 15000], by organisers", "protesters [8100, 9900], by city"] },
    { language: "de", text: "Die Veranstalter sprachen von 15.000 Demonstranten. Die Polizei zählte 9.000.", expected: ["protesters [15000, 15000], by organisers", "protesters [9000, 9000], by police"] },
    { language: "de", text: "Laut Gewerkschaft demonstrierten 15.000 Menschen. Die Polizei schätzte rund 9.000.", expected: ["protesters [15000, 15000], by union", "protesters [8100, 9900], by police"] },
    { language: "de", text: "Laut Gewerkschaft demonstrierten 15.000 Menschen. Die Stadt sprach von 9.000.", expected: ["protesters [15000, 15000], by union", "protesters [9000, 9000], by Stadt"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a bare figure names nothing without a crowd or a verb of counting", () => {
  test.each([
    { language: "en", text: "Police counted 9,000.", expected: [] },
    { language: "de", text: "Die Polizei zählte 9.000.", expected: [] },
    { language: "en", text: "Organisers said 15,000 protesters marched. Later 9,000 waited.", expected: ["protesters [15000, 15000], by organisers"] },
    { language: "de", text: "Die Veranstalter sprachen von 15.000 Demonstranten. Später warteten 9.000.", expected: ["protesters [15000, 15000], by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// German may put where and at which gathering between the verb of counting and its figure.
describe("a German verb of counting earlier in the clause gives the bare figure", () => {
  test.each([
    { language: "de", text: "Die Veranstalter sprachen von 15.000 Demonstranten. Die Polizei zählte bei der Abschlusskundgebung vor dem Rathaus rund 9.000.", expected: ["protesters [15000, 15000], by organisers", "protesters [8100, 9900], by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
