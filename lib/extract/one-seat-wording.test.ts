import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A single seat held or moved: "one seat" in English, "mit (je) einem Sitz" in German, is the figure
// one. An English "a seat", and "one" before anything but a seat, stay words. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("one seat held or moved is the figure one", () => {
  test.each([
    { language: "en", text: "The animal welfare party ended the night with one seat.", expected: ["seats [1, 1]"] },
    { language: "en", text: "A recount could still shift one seat, the board said.", expected: ["seats [1, 1]"] },
    { language: "de", text: "Die Tierschutzpartei ist künftig mit einem Sitz im Landtag vertreten.", expected: ["seats [1, 1]"] },
    { language: "de", text: "Die Tierschutzpartei und die Piraten sind mit je einem Mandat im Kreistag vertreten.", expected: ["seats [1, 1]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en", text: "She has held a seat in the assembly since her youth." },
    { language: "en", text: "One of the smaller parties wants a recount." },
    { language: "de", text: "Einer der Abgeordneten hat einen Sitz im Ausschuss." },
  ] as const)("no figure: $text", ({ text, language }) => {
    expect(claims(text, language)).toEqual([]);
  });
});
