import { describe, expect, test } from "vitest";
import { EDITED_SENTENCE, matchSentences, SIMILAR_SENTENCE, sentenceWords, wordWeights } from "./match-sentences";
import { splitSentences } from "./split-sentences";

/** For each sentence of `base`, the sentence of `other` it matches, or null. */
function matched(base: string, other: string, corpus: string[] = []): (string | null)[] {
  const [mine, theirs, ...rest] = [base, other, ...corpus].map((text) => sentenceWords(text, splitSentences(text)));
  const weight = wordWeights([mine!, theirs!, ...rest].flat());
  return matchSentences(mine!, theirs!, weight).map((m) => (m ? other.slice(m.sentence.start, m.sentence.end) : null));
}

// Sentences on other matters, so that the words every sentence has weigh as little as they do in an article.
const background = [
  "Die Regierung in Madrid zeigte sich besorgt über die Entwicklung. Der Konzern äußerte sich nicht. " +
    "Die Küstenwache meldete Sturm auf die Stadt. Die Preise für Energie stiegen in der Woche deutlich.",
];

describe("matchSentences", () => {
  test.each([
    {
      label: "An edited sentence finds its version",
      base: "Verdi hat fast 10.000 Streikende nach Berlin gebracht.",
      other: "Der Winter war kalt. Verdi hat mehr als 10.000 Streikende nach Berlin gebracht.",
      expected: ["Verdi hat mehr als 10.000 Streikende nach Berlin gebracht."],
    },
    {
      label: "Independent wording of the same figure is similar",
      base: "Polizei warnt: Gewerkschaft könnte mehr als 10.000 Streikende nach Berlin schicken.",
      other: "Berichten zufolge hat Verdi mehr als 10.000 Streikende nach Berlin gebracht, dazu Busse.",
      expected: ["Berichten zufolge hat Verdi mehr als 10.000 Streikende nach Berlin gebracht, dazu Busse."],
    },
    {
      label: "Sentences on different matters sharing only common words are not",
      base: "Die Regierung kündigte an, die Steuern zu senken.",
      other: "Die Helfer wurden in der Region Valencia gesehen.",
      expected: [null],
    },
    {
      label: "The most similar of several",
      base: "Roth und Berger unterzeichneten im Juni 2024 einen Vertrag.",
      other: "Berger reiste nach Valencia. Im Juni 2024 unterzeichneten Roth und Berger den Vertrag.",
      expected: ["Im Juni 2024 unterzeichneten Roth und Berger den Vertrag."],
    },
    { label: "Null case: no sentence on the other side", base: "Roth empfing Berger.", other: "", expected: [null] },
  ])("$label", ({ base, other, expected }) => {
    expect(matched(base, other, background)).toEqual(expected);
  });

  test("an edited sentence scores as edited; an independent telling as similar only", () => {
    const score = (base: string, other: string) => {
      const [mine, theirs, ...rest] = [base, other, ...background].map((text) => sentenceWords(text, splitSentences(text)));
      return matchSentences(mine!, theirs!, wordWeights([mine!, theirs!, ...rest].flat()))[0]?.similarity ?? 0;
    };
    const edited = score("Verdi hat fast 10.000 Streikende nach Berlin gebracht.", "Verdi hat mehr als 10.000 Streikende nach Berlin gebracht.");
    const told = score(
      "Polizei warnt: Gewerkschaft könnte mehr als 10.000 Streikende nach Berlin schicken.",
      "Berichten zufolge hat Verdi mehr als 10.000 Streikende nach Berlin gebracht, dazu Busse.",
    );
    expect(edited).toBeGreaterThanOrEqual(EDITED_SENTENCE);
    expect(told).toBeGreaterThanOrEqual(SIMILAR_SENTENCE);
    expect(told).toBeLessThan(EDITED_SENTENCE);
  });
});
