import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure, in sentences of our own (published on Monday 2025-05-19): a short form in
// brackets after the subject ("(FCP)") is an apposition of it and does not hide it from its verb.

describe("a bracketed short form between the subject and its speech verb", () => {
  test.each([
    { language: "en", text: "The opposition Free Citizens Party (FCP) says borrowing is really €34.5bn.", expected: ["deficit [34500000000, 34500000000] EUR, by opposition Free Citizens Party"] },
    { language: "en", text: "The Federal Statistics Institute (FSI) estimated the cost at €500m a day.", expected: ["cost [500000000, 500000000] EUR, by Federal Statistics Institute"] },
    { language: "de", text: "Das Institut für Wirtschaftsforschung (IFW) schätzt den Schaden auf 500 Millionen Euro.", expected: ["cost [500000000, 500000000] EUR, by institute"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
