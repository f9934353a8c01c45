import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffTexts } from "./diff-texts";
import { expectWellFormed } from "./expect-well-formed";
import type { DiffSegment } from "./schema";

const eq = (text: string): DiffSegment => ({ kind: "equal", text });
const ins = (text: string): DiffSegment => ({ kind: "insert", text });
const del = (text: string): DiffSegment => ({ kind: "delete", text });

describe("diffTexts", () => {
  test.each([
    { label: "Null case", before: "", after: "", expected: [] },
    { label: "Equal texts", before: "etwa 8.000 Helfer", after: "etwa 8.000 Helfer", expected: [eq("etwa 8.000 Helfer")] },
    { label: "Insertion only", before: "", after: "neu", expected: [ins("neu")] },
    { label: "Deletion only", before: "alt", after: "", expected: [del("alt")] },
    {
      label: "Word replaced (semantic cleanup absorbs the shared letters 'a' and 's')",
      before: "fast 10.000 Wähler",
      after: "mehr als 10.000 Wähler",
      expected: [del("fast"), ins("mehr als"), eq(" 10.000 Wähler")],
    },
    {
      label: "Word replaced (characters: shared letters at the word's edges stay equal)",
      before: "sent almost 10,000",
      after: "sent about 10,000",
      expected: [eq("sent a"), del("lmos"), ins("bou"), eq("t 10,000")],
    },
    {
      label: "German umlauts (precomposed) are single characters",
      before: "Die Schulen würden geschlossen",
      after: "Die Schulen wurden geschlossen",
      expected: [eq("Die Schulen w"), del("ü"), ins("u"), eq("rden geschlossen")],
    },
    {
      label: "Combining accents stay with their letter",
      before: "Mu\u0308ller",
      after: "Mu\u0301ller",
      expected: [eq("M"), del("u\u0308"), ins("u\u0301"), eq("ller")],
    },
    {
      label: "Emoji never split (they share a high surrogate)",
      before: "Gut 😀!",
      after: "Gut 😁!",
      expected: [eq("Gut "), del("😀"), ins("😁"), eq("!")],
    },
    { label: "Flags never split (they share a regional indicator)", before: "🇩🇪", after: "🇩🇰", expected: [del("🇩🇪"), ins("🇩🇰")] },
    {
      label: "ZWJ sequences never split",
      before: "a 👨‍👩‍👧 b",
      after: "a 👨‍👩‍👦 b",
      expected: [eq("a "), del("👨‍👩‍👧"), ins("👨‍👩‍👦"), eq(" b")],
    },
    {
      label: "Astral CJK never split",
      before: "中文𠀀字",
      after: "中文𠀁字",
      expected: [eq("中文"), del("𠀀"), ins("𠀁"), eq("字")],
    },
  ])("$label", ({ before, after, expected }) => {
    expect(diffTexts(before, after)).toEqual(expected);
  });

  test("reconstructs both texts for arbitrary graphemes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (before, after) => {
        expectWellFormed(diffTexts(before, after), before, after);
      }),
    );
  });

  test("reconstructs both texts for arbitrary code points, including near-identical ones", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "ä", "😀", "😁", "𠀀", "\u0301", "\u200d", "🇩", "🇪") });
    fc.assert(
      fc.property(text, text, (before, after) => {
        expectWellFormed(diffTexts(before, after), before, after);
      }),
    );
  });

  // Any UTF-16 code units, so lone surrogates occur too: the diff must still be exact.
  const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) });

  test("reconstructs both texts even with lone surrogates in the input", () => {
    fc.assert(
      fc.property(codeUnits, codeUnits, (before, after) => {
        expectWellFormed(diffTexts(before, after), before, after);
      }),
    );
  });
});
