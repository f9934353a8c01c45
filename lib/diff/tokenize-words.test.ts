import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { tokenizeWords } from "./tokenize-words";

describe("tokenizeWords", () => {
  test.each([
    { label: "Null case", text: "", expected: [] },
    { label: "Words, spaces and punctuation", text: "Fast 10.000, sagt er.", expected: ["Fast", " ", "10", ".", "000", ",", " ", "sagt", " ", "er", "."] },
    { label: "Umlauts and ß are letters", text: "Größe Übung", expected: ["Größe", " ", "Übung"] },
    { label: "Combining marks stay with their letter", text: "Mu\u0308ller", expected: ["Mu\u0308ller"] },
    { label: "Whitespace runs are one token", text: "a \n\t b", expected: ["a", " \n\t ", "b"] },
    { label: "Punctuation runs are one token", text: "Ja?!“", expected: ["Ja", "?!“"] },
    { label: "An emoji ZWJ sequence is one token", text: "a👨‍👩‍👧b", expected: ["a", "👨‍👩‍👧", "b"] },
    { label: "An emoji with variation selector is one token", text: "❤️ du", expected: ["❤️", " ", "du"] },
    { label: "Each ideograph is a token, astral ones too", text: "北朝鮮𠀀兵", expected: ["北", "朝", "鮮", "𠀀", "兵"] },
    { label: "Kana split per character, Latin kept whole", text: "abcのテスト", expected: ["abc", "の", "テ", "ス", "ト"] },
  ])("$label", ({ text, expected }) => {
    expect(tokenizeWords(text).map((t) => t.text)).toEqual(expected);
  });

  test("tokens tile the text exactly, with correct offsets, for any UTF-16 string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) }), (text) => {
        const tokens = tokenizeWords(text);
        expect(tokens.map((t) => t.text).join("")).toBe(text);
        let offset = 0;
        for (const token of tokens) {
          expect(token.start).toBe(offset);
          expect(token.end).toBe(offset + token.text.length);
          offset = token.end;
        }
      }),
    );
  });
});

// The tokenizer once was one Unicode regex; the scanner that replaced it for speed must cut
// every text exactly as that regex did.
describe("tokenizeWords agrees with the reference regex", () => {
  const SPACELESS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
  const LETTER = String.raw`\p{L}\p{N}\p{M}`;
  const reference = new RegExp(
    [
      String.raw`(?<word>[${SPACELESS}]\p{M}*|(?:(?![${SPACELESS}])[${LETTER}])+)`,
      String.raw`(?<space>\s+)`,
      String.raw`(?<symbol>(?:[^${LETTER}\s]\p{M}*)+)`,
    ].join("|"),
    "gu",
  );
  const byReference = (text: string) =>
    [...text.matchAll(reference)].map((m) => ({
      text: m[0],
      kind: m.groups?.word !== undefined ? "word" : m.groups?.space !== undefined ? "space" : "symbol",
    }));

  test("for any text, including emoji, CJK, combining marks and lone surrogates", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme-ascii" })),
        (text) => {
          expect(tokenizeWords(text).map(({ text: t, kind }) => ({ text: t, kind }))).toEqual(byReference(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
