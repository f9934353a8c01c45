import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffAgainstBase } from "./diff-against-base";

// "word:count" pairs read like the heat map itself.
const heat = (base: string, others: string[]) =>
  diffAgainstBase(base, others)
    .baseWords.map((w) => `${w.text}:${w.differingCount}`)
    .join(" ");

describe("diffAgainstBase", () => {
  test.each([
    { label: "Null case", base: "", others: [], expected: "" },
    { label: "No other texts: all zero", base: "fast 10.000 Stimmen", others: [], expected: "fast:0 10:0 .:0 000:0 Stimmen:0" },
    {
      label: "Equal texts: all zero",
      base: "fast 10.000 Stimmen",
      others: ["fast 10.000 Stimmen", "fast 10.000 Stimmen"],
      expected: "fast:0 10:0 .:0 000:0 Stimmen:0",
    },
    {
      label: "Versions of one sentence: each replacement marks the replaced words",
      base: "fast 10.000 Evakuierte in Spanien",
      others: ["mehr als 10.000 Evakuierte in Spanien", "etwa 10.000 Evakuierte in Spanien", "fast 10.000 Evakuierte in Valencia"],
      expected: "fast:2 10:0 .:0 000:0 Evakuierte:0 in:0 Spanien:1",
    },
    {
      label: "A pure insertion marks the word that follows it",
      base: "The cat sat",
      others: ["The big cat sat", "The fat cat sat"],
      expected: "The:0 cat:2 sat:0",
    },
    { label: "An insertion at the end marks the last word", base: "The cat", others: ["The cat sat"], expected: "The:0 cat:1" },
    { label: "A whitespace-only change marks the next word", base: "The  cat", others: ["The cat"], expected: "The:0 cat:1" },
    { label: "Other text empty: every word differs", base: "The cat", others: [""], expected: "The:1 cat:1" },
    {
      label: "Sentences are found wherever they are in the other text",
      base: "Roth empfing Berger. Der Haushalt gilt seit Juni.",
      others: ["Der Haushalt gilt seit Juni. Roth empfing Berger."],
      expected: "Roth:0 empfing:0 Berger:0 .:0 Der:0 Haushalt:0 gilt:0 seit:0 Juni:0 .:0",
    },
    {
      label: "A sentence no other text tells counts in full; an edited version counts only its changes",
      base: "Verdi hat fast 10.000 Streikende nach Berlin gebracht. Der Winter in Lappland war ungewöhnlich kalt.",
      others: [
        "Nach Angaben aus Hamburg hat Verdi mehr als 10.000 Streikende nach Berlin gebracht. Die Ernte fiel gut aus.",
        "Verdi hat etwa 10.000 Streikende nach Berlin gebracht.",
      ],
      expected:
        "Verdi:1 hat:1 fast:2 10:0 .:0 000:0 Streikende:0 nach:0 Berlin:0 gebracht:0 .:0 " +
        "Der:2 Winter:2 in:2 Lappland:2 war:2 ungewöhnlich:2 kalt:2 .:2",
    },
    {
      label: "An independent telling of the same thing counts as telling it, whatever its words",
      base: "Polizei warnt: Gewerkschaft könnte mehr als 10.000 Streikende nach Berlin schicken. Der Winter in Lappland war ungewöhnlich kalt.",
      others: [
        "Berichten zufolge hat Verdi mehr als 10.000 Streikende nach Berlin gebracht, dazu Busse. Die Ernte fiel gut aus.",
        "Polizei warnt: Gewerkschaft könnte fast 10.000 Streikende nach Berlin schicken.",
      ],
      expected:
        "Polizei:0 warnt:0 ::0 Gewerkschaft:0 könnte:0 mehr:1 als:1 10:0 .:0 000:0 Streikende:0 nach:0 Berlin:0 schicken:0 .:0 " +
        "Der:2 Winter:2 in:2 Lappland:2 war:2 ungewöhnlich:2 kalt:2 .:2",
    },
  ])("$label", ({ base, others, expected }) => {
    expect(heat(base, others)).toBe(expected);
  });

  test("each sentence says how many other texts tell it", () => {
    const base = "Verdi hat fast 10.000 Streikende nach Berlin gebracht. Der Winter in Lappland war ungewöhnlich kalt.";
    const others = ["Verdi hat mehr als 10.000 Streikende nach Berlin gebracht.", "Verdi hat 10.000 Streikende nach Berlin gebracht. Die Ernte fiel gut aus."];
    const { sentences, others: count } = diffAgainstBase(base, others);
    expect(count).toBe(2);
    expect(sentences.map((s) => `${base.slice(s.start, s.end)} ${s.similarIn}`)).toEqual([
      "Verdi hat fast 10.000 Streikende nach Berlin gebracht. 2",
      "Der Winter in Lappland war ungewöhnlich kalt. 0",
    ]);
  });

  test("words carry their offsets into the base, and every word lies in a sentence", () => {
    const sentence = fc.constantFrom("Roth empfing Berger. ", "Am 19. Juni unterzeichneten sie.\n\n", "Fast 10.000 Stimmen", "Der Winter war kalt! ", "😀 ", "Éire");
    const text = fc.array(sentence, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (base, others) => {
        const result = diffAgainstBase(base, others);
        for (const word of result.baseWords) {
          expect(base.slice(word.start, word.end)).toBe(word.text);
          expect(word.differingCount).toBeLessThanOrEqual(others.length);
          expect(result.sentences.some((s) => s.start <= word.start && word.end <= s.end)).toBe(true);
        }
        if (others.every((o) => o === base)) expect(result.baseWords.every((w) => w.differingCount === 0)).toBe(true);
      }),
    );
  });
});
