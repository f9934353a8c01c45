import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// A part of a counted group that a copula says is some kind of people ("Four of the injured were
// nurses") is counted with that kind as a qualifier, so it is no rival of the group's whole count;
// a part of a figure with its own total is read as before. Sentences of our own.
const PUBLISHED = "2031-03-10";
const counts = (text: string, language: "de" | "en") =>
  extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${[c.subject, ...c.qualifiers].join(" ")}`);

describe("A part said to be some kind of people carries that kind, in both languages", () => {
  test.each([
    { language: "en" as const, text: "Four of the injured were hospital nurses.", expected: ["Four of the injured: injured en:nurs"] },
    { language: "en" as const, text: "Six of the dead were local fishermen.", expected: ["Six of the dead: dead en:fishermen"] },
    { language: "de" as const, text: "Vier von den Toten waren Bergleute aus dem Tal.", expected: ["Vier von den Toten: dead de:bergleut"] },
  ])("$text", ({ text, language, expected }) => {
    expect(counts(text, language)).toEqual(expected);
  });
});
