import { describe, expect, test } from "vitest";
import { sentenceAround } from "./sentence-around";

const place = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const sentenceOf = (text: string, word: string, language = "en") => {
  const { range, cut } = sentenceAround(text, place(text, word), language);
  return { sentence: text.slice(range.start, range.end), cut };
};

describe("sentenceAround", () => {
  test.each([
    {
      label: "the sentence of the word, not its neighbours",
      text: "Rain fell all night. The river Linden burst its banks near Marrow. Schools are closed.",
      word: "Linden",
      language: "en",
      expected: "The river Linden burst its banks near Marrow.",
    },
    {
      label: "a German date's ordinal does not end the sentence",
      text: "Der Haushalt wurde am 19. Juni 2024 in Dresden beschlossen. Danach kam mehr.",
      word: "Dresden",
      language: "de",
      expected: "Der Haushalt wurde am 19. Juni 2024 in Dresden beschlossen.",
    },
    {
      label: "a line break ends a headline",
      text: "Flood in Marrow\nThe river Linden burst its banks.",
      word: "Marrow",
      language: "en",
      expected: "Flood in Marrow",
    },
  ])("$label", ({ text, word, language, expected }) => {
    expect(sentenceOf(text, word, language)).toEqual({ sentence: expected, cut: { before: false, after: false } });
  });

  test("a sentence without end is cut around the word, and says so", () => {
    const text = `${"word ".repeat(200)}Marrow ${"word ".repeat(200)}`;
    const { sentence, cut } = sentenceOf(text, "Marrow");
    expect(cut).toEqual({ before: true, after: true });
    expect(sentence).toContain("Marrow");
    expect(sentence.length).toBeLessThan(700);
    expect(text).toContain(sentence);
  });

  test("offsets outside the text are clamped", () => {
    expect(sentenceAround("Short.", { start: 50, end: 90 }, "en").range).toEqual({ start: 6, end: 6 });
  });
});
