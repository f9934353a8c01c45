import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a part of the injured or the missing that later died: "two of the injured died" counts
// dead (among the injured), not injured. A part said to be something else stays in its group.
// Sentences of our own, German and English.

describe("a part of the injured or missing that died is a count of dead", () => {
  test.each([
    { language: "en", text: "Two of the injured later died in hospital.", line: "dead/injured [2, 2]" },
    { language: "en", text: "Three of the injured succumbed to their wounds overnight.", line: "dead/injured [3, 3]" },
    { language: "en", text: "Four of the missing were found dead on the shore.", line: "dead/missing [4, 4]" },
    { language: "en", text: "Nine people were hurt in the crash; two of them died on Sunday.", line: "dead/injured [2, 2]" },
    { language: "de", text: "Zwei der Verletzten starben später im Krankenhaus.", line: "dead/injured [2, 2]" },
    { language: "de", text: "Drei der Vermissten wurden am Abend tot geborgen.", line: "dead/missing [3, 3]" },
    { language: "de", text: "Zwei der Verletzten erlagen später ihren Verletzungen.", line: "dead/injured [2, 2]" },
    { language: "de", text: "Neun Menschen wurden verletzt, zwei von ihnen starben in der Nacht.", line: "dead/injured [2, 2]" },
  ] as const)("$language: $text", ({ text, language, line }) => {
    const lines = claimLines(text, language);
    expect(lines.some((l) => l.startsWith(line))).toBe(true);
    // Not also the same figure as a count of the group it left ("injured [2, 2]").
    expect(lines.some((l) => l.startsWith(line.slice("dead/".length)))).toBe(false);
  });

  test.each([
    { language: "en", text: "Two of the injured were children.", line: "injured/en:children [2, 2]" },
    { language: "de", text: "Zwei der Verletzten schweben in Lebensgefahr.", line: "injured [2, 2]" },
    { language: "de", text: "Drei der Verletzten waren schwer verletzt.", line: "injured [3, 3]" },
  ] as const)("a part not said to have died stays in its group: $text", ({ text, language, line }) => {
    expect(claimLines(text, language)).toContain(line);
  });
});
