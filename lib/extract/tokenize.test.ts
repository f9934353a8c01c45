import { describe, expect, test } from "vitest";
import { tokenize } from "./tokenize";
import { TokenKind, tokenAt } from "./tokens";

function tokens(text: string): string[] {
  const ts = tokenize(text);
  return Array.from({ length: ts.count }, (_, i) => tokenAt(ts, i));
}

describe("tokenize", () => {
  test.each([
    { label: "words and punctuation", text: "Beispiel betonte, dass", expected: ["Beispiel", "betonte", ",", "dass"] },
    { label: "German grouped numeral stays whole", text: "fast 10.000 Wähler", expected: ["fast", "10.000", "Wähler"] },
    { label: "decimal comma stays whole", text: "1,5 Millionen", expected: ["1,5", "Millionen"] },
    { label: "trailing period is not part of the numeral", text: "seit 2022.", expected: ["seit", "2022", "."] },
    { label: "numeric date is one token", text: "am 19.06.2024", expected: ["am", "19.06.2024"] },
    { label: "hyphens are tokens of their own", text: "3-Zimmer-Wohnungen", expected: ["3", "-", "Zimmer", "-", "Wohnungen"] },
    { label: "digits and letters split", text: "12k", expected: ["12", "k"] },
    { label: "narrow no-break space groups digits", text: "10\u202f000 Stimmen", expected: ["10\u202f000", "Stimmen"] },
    { label: "apostrophe inside a word", text: "Chile's army", expected: ["Chile's", "army"] },
    { label: "umlauts and ß are letters", text: "Größe über", expected: ["Größe", "über"] },
    { label: "Cyrillic is letters", text: "Вы слушали", expected: ["Вы", "слушали"] },
    { label: "emoji stays one token", text: "a 😀 b", expected: ["a", "😀", "b"] },
    { label: "empty text", text: "", expected: [] },
  ])("$label", ({ text, expected }) => {
    expect(tokens(text)).toEqual(expected);
  });

  test("offsets point into the text and kinds are set", () => {
    const text = "Rund 9.500 Stimmen.";
    const ts = tokenize(text);
    expect(Array.from(ts.kind.subarray(0, ts.count))).toEqual([TokenKind.word, TokenKind.number, TokenKind.word, TokenKind.punct]);
    expect(text.slice(ts.start[1], ts.end[1])).toBe("9.500");
  });

  test("grows beyond its first guess of capacity", () => {
    const text = "a ".repeat(10_000);
    expect(tokenize(text).count).toBe(10_000);
  });
});
