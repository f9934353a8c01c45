import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { splitSentences } from "./split-sentences";

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  test.each([
    { label: "Null case", text: "", expected: [] },
    { label: "Whitespace only", text: " \n\n ", expected: [] },
    { label: "Two sentences", text: "Roth empfing Berger. Der Haushalt gilt.", expected: ["Roth empfing Berger.", "Der Haushalt gilt."] },
    { label: "A headline without a full stop ends at its line break", text: "Valencia warnt\n\nDie Flut erreicht die Stadt.", expected: ["Valencia warnt", "Die Flut erreicht die Stadt."] },
    { label: "A day's ordinal is no sentence end", text: "Am 19. Juni unterzeichneten sie. Dann reiste er ab.", expected: ["Am 19. Juni unterzeichneten sie.", "Dann reiste er ab."] },
    { label: "A figure's thousands are no sentence end", text: "Es sind 10.000 Stimmen. Mehr nicht.", expected: ["Es sind 10.000 Stimmen.", "Mehr nicht."] },
    { label: "A sentence ending in a figure still ends", text: "Es waren 12.000. Dann mehr.", expected: ["Es waren 12.000.", "Dann mehr."] },
    { label: "Question and exclamation marks", text: "Wie viele? Fast 10.000! So hieß es.", expected: ["Wie viele?", "Fast 10.000!", "So hieß es."] },
    { label: "An ordinal at the very end", text: "Stand: 3.", expected: ["Stand: 3."] },
  ])("$label", ({ text, expected }) => {
    expect(sentences(text)).toEqual(expected);
  });

  test("sentences are in order, do not overlap, and leave out only whitespace", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("Wort", " ", ". ", "19. ", "\n", "!", "Ä", "😀", "10.000") }), (text) => {
        let at = 0;
        for (const { start, end } of splitSentences(text)) {
          expect(start).toBeGreaterThanOrEqual(at);
          expect(end).toBeGreaterThan(start);
          expect(text.slice(at, start).trim()).toBe("");
          at = end;
        }
        expect(text.slice(at).trim()).toBe("");
      }),
    );
  });
});
