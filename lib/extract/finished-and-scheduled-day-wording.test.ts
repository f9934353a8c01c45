import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The day a count was finished, and a day something is planned for: sentences of our own, in German
// and English. Published on Monday 2025-05-19.

const datesOnly = (lines: string[]) => lines.filter((line) => /\.\./.test(line));

describe("a count finished or completed on a day is dated", () => {
  test.each([
    { language: "en", text: "The recount, which finished on Saturday, left the result unchanged.", expected: ["end 2025-05-17..2025-05-17 day"] },
    { language: "en", text: "The postal count, completed on Friday, gave the Greens one more seat.", expected: ["end 2025-05-16..2025-05-16 day"] },
    { language: "de", text: "Die Nachzählung wurde am Samstag beendet.", expected: ["end 2025-05-17..2025-05-17 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});

describe("a day planned for lies ahead of publication", () => {
  test.each([
    { language: "en", text: "The mayor's re-election by the council is scheduled for June 3.", expected: ["vote 2025-06-03..2025-06-03 day"] },
    { language: "en", text: "The runoff is set for Sunday, officials said.", expected: ["vote 2025-05-25..2025-05-25 day"] },
    { language: "de", text: "Die Stichwahl soll am Sonntag stattfinden.", expected: ["vote 2025-05-25..2025-05-25 day"] },
    // A day gone stays behind.
    { language: "en", text: "The runoff was held on Sunday.", expected: ["vote 2025-05-18..2025-05-18 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});
