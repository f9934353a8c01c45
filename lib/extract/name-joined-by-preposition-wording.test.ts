import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "The Institute for Urban Studies, a research body, said …": a name joins its capitalized words
// with a preposition; the whole name before the apposition speaks. Sentences of our own.

describe("a name with a preposition between capitals speaks before its apposition", () => {
  test.each([
    { text: "The Centre for Housing Research, a private think tank, said rents had risen by 14% since 2030.", expected: ["Centre for Housing Research"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en").map((l) => l.replace(/^.*, by /, ""))).toEqual(expected);
  });
});
