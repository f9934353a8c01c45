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
    { label: "Equal texts", before: "Fast 10.000 Tote.", after: "Fast 10.000 Tote.", expected: [eq("Fast 10.000 Tote.")] },
    {
      label: "Word replaced",
      before: "Fast 10.000 Stimmen sind in Leeds ungültig.",
      after: "Mehr als 10.000 Stimmen sind in Leeds ungültig.",
      expected: [del("Fast"), ins("Mehr als"), eq(" 10.000 Stimmen sind in Leeds ungültig.")],
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
      after: "mehrere Tausende Helfer",
      expected: [eq("mehrere "), del("Tausend"), ins("Tausende Helfer")],
    },
    {
      label: "German umlauts: the whole word changes",
      before: "Die Schulen würden geschlossen",
      after: "Die Schulen wurden geschlossen",
      expected: [eq("Die Schulen "), del("würden"), ins("wurden"), eq(" geschlossen")],
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
      label: "A shared figure stays equal while the words around it change (facet view)",
      before: "mehr als 10.000",
      after: "Fast 10.000",
      expected: [del("mehr als"), ins("Fast"), eq(" 10.000")],
    },
    {
      label: "A shared figure between two changes stays equal",
      before: "mehr als 10.000 obdachlose Menschen",
      after: "fast 10.000 Menschen",
      expected: [del("mehr als"), ins("fast"), eq(" 10.000 "), del("obdachlose "), eq("Menschen")],
    },
    {
      label: "Replaced clauses keep the comma and full stop between them",
      before: "Die Polizei bestätigte, dass Demonstranten kamen.",
      after: "Verdi meldete, wonach Streikende gingen.",
      expected: [del("Die Polizei bestätigte"), ins("Verdi meldete"), eq(", "), del("dass Demonstranten kamen"), ins("wonach Streikende gingen"), eq(".")],
    },
    {
      label: "Figures are words: two figures sharing their thousands differ as wholes",
      before: "mehr als 10.000 Demonstranten",
      after: "About 11,000 Demonstranten",
      expected: [del("mehr als 10.000"), ins("About 11,000"), eq(" Demonstranten")],
    },
    {
      label: "A changed figure changes as a whole, its thousands separator too",
      before: "etwa 8.000 von ihnen",
      after: "rund 7.500 von ihnen",
      expected: [del("etwa 8.000"), ins("rund 7.500"), eq(" von ihnen")],
    },
    {
      label: "Punctuation shared at the edge of a change stays equal",
      before: "(Stand: Ende Oktober). Weiter",
      after: "(Stand: Ende Oktober), wie es hieß. Weiter",
      expected: [eq("(Stand: Ende Oktober)"), ins(", wie es hieß"), eq(". Weiter")],
    },
    {
      label: "Unchanged lines stay whole; only the changed line is aligned",
      before: "Kopf.\n\nFast 10.000 Evakuierte.\n\nFuß.",
      after: "Kopf.\n\nMehr als 10.000 Evakuierte.\n\nFuß.",
      expected: [eq("Kopf.\n\n"), del("Fast"), ins("Mehr als"), eq(" 10.000 Evakuierte.\n\nFuß.")],
    },
    {
      label: "A paragraph split in two",
      before: "Eins zwei. Drei vier.",
      after: "Eins zwei.\n\nDrei vier.",
      expected: [eq("Eins zwei."), del(" "), ins("\n\n"), eq("Drei vier.")],
    },
    {
      label: "Punctuation runs are tokens",
      before: "10.000 Stimmen.",
      after: "10.000 Stimmen!",
      expected: [eq("10.000 Stimmen"), del("."), ins("!")],
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

  const wordy = fc.string({ unit: fc.constantFrom("die ", "der", " ", "Stimmen", "10.000", ".", "ü", "😀", "𠀀", "\u0301", "\n") });

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

  const withLines = fc.string({ unit: fc.constantFrom("die ", "der", " ", "Stimmen", "10.000", ".", ", ", "ü", "😀", "\n", "\n\n", "  ") });

  test("no segment edge lies inside a word or a grapheme of either text", () => {
    const graphemes = fc.string({ unit: fc.constantFrom("a", "ä", "u\u0308", "😀", "😁", "👨‍👩‍👧", "🇩🇪", "🇩🇰", "\u200d", "🏽", " ", ".", "\r\n", "10.000") });
    fc.assert(
      fc.property(fc.oneof(wordy, graphemes, fc.string({ unit: "grapheme" })), fc.oneof(wordy, graphemes, fc.string({ unit: "grapheme" })), (before, after) => {
        const segments = diffWords(before, after);
        expectWellFormed(segments, before, after);
        const [edges1, edges2] = [allowedEdges(before), allowedEdges(after)];
        let pos1 = 0;
        let pos2 = 0;
        for (const { kind, text } of segments) {
          if (kind !== "insert") pos1 += text.length;
          if (kind !== "delete") pos2 += text.length;
          expect(edges1.has(pos1), `edge ${pos1} of ${JSON.stringify(before)}`).toBe(true);
          expect(edges2.has(pos2), `edge ${pos2} of ${JSON.stringify(after)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("never strikes a word and writes it again: no change deletes a word it also inserts", () => {
    fc.assert(
      fc.property(withLines, withLines, (before, after) => {
        for (const change of changes(diffWords(before, after))) {
          const deleted = new Set(wordsOf(change.deleted));
          expect(wordsOf(change.inserted).filter((w) => deleted.has(w)), JSON.stringify(change)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("keeps as many words equal as the two texts have in common, in order (a line at a time)", () => {
    const line = fc.string({ unit: fc.constantFrom("die ", "der", " ", "Stimmen", "10.000", ".", ", ", "ü", "😀") });
    fc.assert(
      fc.property(line, line, (before, after) => {
        expect(equalWordCount(diffWords(before, after), before)).toBe(commonWordCount(wordsOf(before), wordsOf(after)));
      }),
      { numRuns: 300 },
    );
  });
});

/** Offsets at which a segment may end: grapheme edges that are not inside a word. */
function allowedEdges(text: string): Set<number> {
  const insideWord = new Set<number>();
  for (const token of tokenizeWords(text)) if (token.kind === "word") for (let i = token.start + 1; i < token.end; i += 1) insideWord.add(i);
  const edges = new Set([text.length]);
  for (const { index } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) edges.add(index);
  for (const offset of insideWord) edges.delete(offset);
  return edges;
}

/** Words as a reader takes them: letters and digits with the punctuation inside ("10.000", "Baden-Württemberg"). */
function wordsOf(text: string): string[] {
  const tokens = tokenizeWords(text);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.kind !== "word") continue;
    let word = tokens[i]!.text;
    while (tokens[i + 1]?.kind === "symbol" && tokens[i + 2]?.kind === "word") {
      word += tokens[i + 1]!.text + tokens[i + 2]!.text;
      i += 2;
    }
    words.push(word);
  }
  return words;
}

/** Each change (the deletion and insertion between two equalities) as its two texts. */
function changes(segments: readonly DiffSegment[]): { deleted: string; inserted: string }[] {
  const out: { deleted: string; inserted: string }[] = [];
  let current: { deleted: string; inserted: string } | null = null;
  for (const { kind, text } of segments) {
    if (kind === "equal") {
      current = null;
      continue;
    }
    if (!current) out.push((current = { deleted: "", inserted: "" }));
    if (kind === "delete") current.deleted += text;
    else current.inserted += text;
  }
  return out;
}

/** How many words (see wordsOf) of `before` lie wholly inside equal segments. */
function equalWordCount(segments: readonly DiffSegment[], before: string): number {
  let equalText = "";
  let pos = 0;
  for (const { kind, text } of segments) {
    // Equal stretches, kept apart by a space so that words never join across a change.
    equalText += kind === "equal" ? text : " ";
    if (kind !== "insert") pos += text.length;
  }
  expect(pos).toBe(before.length);
  return wordsOf(equalText).filter((word) => wordsOf(before).includes(word)).length;
}

/** Length of the longest common subsequence of two word lists (the textbook table). */
function commonWordCount(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = [0];
    b.forEach((other, j) => row.push(word === other ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!)));
    previous = row;
  }
  return previous[b.length]!;
}
