import { describe, expect, test } from "vitest";
import { snapToWords } from "./snap-to-words";

const text = "Roth sagte, fast 10.000 evakuierte Menschen seien in Valencia; Bürgermeister Schulte-Wessel schwieg.";
const at = (word: string) => text.indexOf(word);

describe("snapToWords", () => {
  test.each([
    { label: "a whole word stays as it is", start: at("sagte"), end: at("sagte") + 5, expected: "sagte" },
    { label: "part of a word grows to the whole word", start: at("sagte") + 1, end: at("sagte") + 3, expected: "sagte" },
    { label: "a drag across two part-words takes both whole", start: at("Menschen") + 3, end: at("seien") + 2, expected: "Menschen seien" },
    { label: "surrounding white space is dropped", start: at("fast") - 1, end: at("fast") + 5, expected: "fast" },
    { label: "a German number is one word", start: at("10.000") + 4, end: at("10.000") + 5, expected: "10.000" },
    { label: "a hyphenated name is one word", start: at("Wessel"), end: at("Wessel") + 2, expected: "Schulte-Wessel" },
    { label: "punctuation the reader selected stays", start: at("Valencia"), end: at("Valencia") + 9, expected: "Valencia;" },
    { label: "a backwards selection is read forwards", start: at("sagte") + 5, end: at("sagte"), expected: "sagte" },
  ])("$label", ({ start, end, expected }) => {
    const snapped = snapToWords(text, start, end);
    expect(snapped && text.slice(snapped.start, snapped.end)).toBe(expected);
  });

  test("nothing but white space is no selection", () => {
    expect(snapToWords("a   b", 1, 4)).toBeNull();
  });

  test("offsets beyond the text are clamped to it", () => {
    expect(snapToWords("kurz", -5, 50)).toEqual({ start: 0, end: 4 });
  });

  test("a surrogate pair is never split", () => {
    const emoji = "Ort 🇪🇸 heute";
    const snapped = snapToWords(emoji, 5, 6)!;
    expect(emoji.slice(snapped.start, snapped.end)).toBe("🇪🇸");
  });
});
