import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// People treated, taken or admitted to hospital, or still there, are counted as injured, with the
// hospital named by any of its usual words. Sentences of our own.
const PUBLISHED = "2031-03-10";
const subjects = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.subject}`);

describe("Hospital care makes a count of injured, in both languages", () => {
  test.each([
    { language: "de" as const, text: "Nach dem Gedränge mussten 18 Besucher behandelt werden.", expected: ["18 Besucher: injured"] },
    { language: "de" as const, text: "Vier Bergsteiger kamen ins Spital, drei weitere in die Klinik nach Chur.", expected: ["Vier Bergsteiger: injured", "drei: injured"] },
    { language: "de" as const, text: "Elf Schüler wurden im Spital behandelt.", expected: ["Elf Schüler: injured"] },
    { language: "en" as const, text: "Nine passengers were admitted to hospital overnight.", expected: ["Nine passengers: injured"] },
    { language: "en" as const, text: "Three of the divers remain in hospital.", expected: ["Three of the divers: injured"] },
  ])("$text", ({ text, language, expected }) => {
    expect(subjects(text, language)).toEqual(expected);
  });
});
