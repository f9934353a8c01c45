import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Where a state is said and of whom: a conjunction opens another clause ("died when two blocks
// collapsed"), words that only carry a state may stand between a bare figure and it ("drei gelten
// noch als vermisst"), a figure in words opens a count of its own, and a town's size is background.
// Our own sentences (test-fixtures.ts).
describe("a state is said of its own clause's count", () => {
  test.each([
    { language: "en", text: "Six people died when three houses collapsed, the mayor said.", expected: ["dead [6, 6], by mayor", "buildings/en:collaps [3, 3], by mayor"] },
    { language: "de", text: "Mehr als 120 Menschen wurden verletzt, vier gelten noch als vermisst.", expected: ["injured (120, ∞)", "missing [4, 4]"] },
    { language: "en", text: "More than 120 people were injured and four are still listed as missing.", expected: ["injured (120, ∞)", "missing [4, 4]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

test("a town's size after 'a town of' is background", () => {
  expect(claimLines("The quake killed at least 11 people. It struck near Berat, a town of 60,000.", "en")).toEqual(["dead [11, ∞)"]);
});
