import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "one"/"ein" right before a noun of a toll is the figure one ("one death, 85 ill"); elsewhere it is
// an article and counts nothing. Sentences of our own.
describe("one of a toll written as one / ein before its noun", () => {
  test.each([
    { language: "en", text: "Canteen outbreak: one death, 85 ill", first: "dead [1, 1]" },
    { language: "en", text: "An accident on the bridge left one dead.", first: "dead [1, 1]" },
    { language: "en", text: "The coastguard reported one fatality.", first: "dead [1, 1], by coastguard" },
    { language: "de", text: "Ein Toter nach Brand in Lagerhalle", first: "dead [1, 1]" },
    { language: "de", text: "Nach Angaben der Polizei gab es einen Verletzten.", first: "injured [1, 1], by police" },
    { language: "de", text: "Das Gesundheitsamt bestätigte einen Todesfall.", first: "dead [1, 1], by Gesundheitsamt" },
  ] as const)("$language: $text", ({ text, language, first }) => {
    expect(claimLines(text, language)[0]).toBe(first);
  });

  test.each([
    { language: "en", text: "A death in the family kept him away from the hearing." },
    { language: "de", text: "Ein Mann sagte, er habe nichts gesehen." },
    { language: "en", text: "One reason was the cost of the repairs." },
  ] as const)("nothing: $text", ({ text, language }) => {
    expect(claimLines(text, language)).toEqual([]);
  });

  // "Toter" ends like a person's noun ("Fahrer"), but the next figure's fate is not its own.
  test("de: Ein Toter und 14 Verletzte are one dead and 14 injured", () => {
    expect(claimLines("Ein Toter und 14 Verletzte nach Brand", "de")).toEqual(["dead [1, 1]", "injured [14, 14]"]);
  });
});
