import { describe, expect, test } from "vitest";
import { extractClaims } from ".";

// "Rejected" in the passive with counted things as its subject says what became of the ballots, not
// that anyone denies the figure. Sentences of our own.
const certainties = (text: string) => extractClaims(text, { language: "en", publishedAt: "2031-05-04" }).map((c) => c.certainty);

describe("ballots that were rejected are a stated count", () => {
  test.each([
    { text: "In all, 18,204 ballots were rejected as invalid.", expected: ["stated"] },
    { text: "He said about 500 postal ballots had been wrongly rejected.", expected: ["stated"] },
  ])("en: $text", ({ text, expected }) => {
    expect(certainties(text)).toEqual(expected);
  });
});

describe("a figure that was rejected is still denied", () => {
  test("en: the figure was rejected", () => {
    expect(certainties("The organisers' figure of 9,000 marchers was rejected by the police.")).toEqual(["denied"]);
  });
});
