import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffWords } from "./diff-words";
import { SHARED_TOKEN_CAPACITY } from "./encode-tokens";
import { expectWellFormed } from "./expect-well-formed";
import type { DiffSegment } from "./schema";
import { tokenizeWords } from "./tokenize-words";

const eq = (text: string): DiffSegment => ({ kind: "equal", text });
const ins = (text: string): DiffSegment => ({ kind: "insert", text });
const del = (text: string): DiffSegment => ({ kind: "delete", text });

describe("diffWords", () => {
  test.each([
    { label: "Null case", before: "", after: "", expected: [] },
    { label: "Equal texts", before: "Fast 10.000 Soldaten.", after: "Fast 10.000 Soldaten.", expected: [eq("Fast 10.000 Soldaten.")] },
    {
      label: "Word replaced",
      before: "Fast 10.000 Soldaten sind in Russland.",
      after: "Mehr als 10.000 Soldaten sind in Russland.",
      expected: [del("Fast"), ins("Mehr als"), eq(" 10.000 Soldaten sind in Russland.")],
    },
    {
      label: "Word inserted",
      before: "The cat sat",
      after: "The big cat sat",
      expected: [eq("The "), ins("big "), eq("cat sat")],
    },
    {
      label: "A longer word is a different word, not an added letter",
      before: "mehrere Tausend",
      after: "mehrere Tausende Soldaten",
      expected: [eq("mehrere "), del("Tausend"), ins("Tausende Soldaten")],
    },
    {
      label: "German umlauts: the whole word changes",
      before: "Die Truppen würden verlegt",
      after: "Die Truppen wurden verlegt",
      expected: [eq("Die Truppen "), del("würden"), ins("wurden"), eq(" verlegt")],
    },
    {
      label: "Emoji never split",
      before: "Gut 😀 gemacht",
      after: "Gut 😁 gemacht",
      expected: [eq("Gut "), del("😀"), ins("😁"), eq(" gemacht")],
    },
    {
      label: "Astral CJK never split (each ideograph is a token)",
      before: "中文𠀀字",
      after: "中文𠀁字",
      expected: [eq("中文"), del("𠀀"), ins("𠀁"), eq("字")],
    },
    {
      label: "Punctuation runs are tokens",
      before: "10.000 Soldaten.",
      after: "10.000 Soldaten!",
      expected: [eq("10.000 Soldaten"), del("."), ins("!")],
    },
  ])("$label", ({ before, after, expected }) => {
    expect(diffWords(before, after)).toEqual(expected);
  });

  test("works past 65,535 distinct tokens and still reconstructs both texts", () => {
    const words = Array.from({ length: SHARED_TOKEN_CAPACITY + 3_000 }, (_, i) => `w${i.toString(36)}`);
    const before = words.join(" ");
    const after = words.map((w, i) => (i === 10 ? "changed" : w)).join(" ");
    const segments = diffWords(before, after);
    expectWellFormed(segments, before, after);
    expect(segments.slice(0, 3)).toEqual([eq(words.slice(0, 10).join(" ") + " "), del("wa"), ins("changed")]);
  });

  const wordy = fc.string({ unit: fc.constantFrom("die ", "der", " ", "Soldaten", "10.000", ".", "ü", "😀", "𠀀", "\u0301", "\n") });

  test.each([
    { label: "arbitrary graphemes", text: fc.string({ unit: "grapheme" }) },
    { label: "arbitrary code points", text: fc.string({ unit: "binary" }) },
    { label: "lone surrogates in the input", text: fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((u) => String.fromCharCode(u)) }) },
    { label: "texts sharing many words", text: wordy },
  ])("reconstructs both texts and splits no surrogate pair: $label", ({ text }) => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        expectWellFormed(diffWords(before, after), before, after);
      }),
    );
  });

  test("every segment edge is a token edge in both texts", () => {
    fc.assert(
      fc.property(wordy, wordy, (before, after) => {
        const starts1 = new Set([...tokenizeWords(before).map((t) => t.start), before.length]);
        const starts2 = new Set([...tokenizeWords(after).map((t) => t.start), after.length]);
        let pos1 = 0;
        let pos2 = 0;
        for (const { kind, text } of diffWords(before, after)) {
          if (kind !== "insert") pos1 += text.length;
          if (kind !== "delete") pos2 += text.length;
          expect(starts1.has(pos1)).toBe(true);
          expect(starts2.has(pos2)).toBe(true);
        }
      }),
    );
  });
});
