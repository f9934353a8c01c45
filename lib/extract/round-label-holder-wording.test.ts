import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A round or a vote labelling a line ("Runoff:", "Stichwahl:") says when its shares were counted,
// never who holds them: the name after the colon does. Sentences of our own.

describe("a round before a colon holds no share; the name after it does", () => {
  test.each([
    { text: "Runoff: Lindqvist 52.3%, Amberg 47.7%.", lines: ["votes/holder:lindqvist [52.3, 52.3] %, of Lindqvist", "votes/holder:amberg [47.7, 47.7] %, of Amberg"], language: "en" as const },
    { text: "Stichwahl: Lindqvist kommt auf 52,3 Prozent.", lines: ["votes/holder:lindqvist [52.3, 52.3] %, of Lindqvist"], language: "de" as const },
    { text: "Stichwahl: Lindqvist gewinnt mit 52,3 Prozent.", lines: ["votes/holder:lindqvist [52.3, 52.3] %, of Lindqvist"], language: "de" as const },
  ])("$text", ({ text, lines, language }) => {
    expect(claimLines(text, language)).toEqual(lines);
  });
});
