import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A bare percentage won or held in a named round of voting, and a report whose author stands
// before it while "of" names what it counts. Sentences of our own.

describe("a percentage won or held in a round of voting is a vote share, its holder may be absent", () => {
  test.each([
    { language: "de" as const, text: "Im zweiten Wahlgang hatte er 51,2 Prozent.", expected: ["votes [51.2, 51.2] %"] },
    { language: "de" as const, text: "In der Stichwahl erhielt sie 48,9 Prozent.", expected: ["votes [48.9, 48.9] %"] },
    { language: "de" as const, text: "Im ersten Durchgang kam er auf 38,5 Prozent.", expected: ["votes/first round [38.5, 38.5] %"] },
    { language: "en" as const, text: "In the second round he had 51.2 percent.", expected: ["votes [51.2, 51.2] %"] },
    { language: "en" as const, text: "In the runoff she won 48.9%.", expected: ["votes [48.9, 48.9] %"] },
    { language: "en" as const, text: "In the first round of the election he got 38.5%.", expected: ["votes/first round [38.5, 38.5] %"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en" as const, text: "In the latest round of talks the union won 4%." },
    { language: "en" as const, text: "She had 44.7 percent." },
    { language: "de" as const, text: "Sie hatte 44,7 Prozent." },
  ])("no round of voting, no vote share: $text", ({ language, text }) => {
    expect(claimLines(text, language).filter((l) => l.startsWith("votes"))).toEqual([]);
  });
});

describe("a known body before a report 'of' something is the report's author", () => {
  test.each([
    { text: "The police estimate of the crowd rose to 7,000.", expected: ["protesters [7000, 7000], by police"] },
    { text: "Police estimates of the crowd grew to 9,500.", expected: ["protesters [9500, 9500], by police"] },
    { text: "The police estimate of the crowd was 3,000.", expected: ["protesters [3000, 3000], by police"] },
    { text: "The police's estimate of the crowd rose to 5,200.", expected: ["protesters [5200, 5200], by police"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });

  test("a report with no body before it names no author", () => {
    expect(claimLines("The latest estimate of the crowd rose to 7,000.", "en")).toEqual(["protesters [7000, 7000]"]);
  });
});
