import { describe, expect, test } from "vitest";
import { foldedWords, shingleText } from "./shingle-text";
import { AGENCY, BRIEF, INDEPENDENT, REWRITE } from "./test-texts";

// The reading `shingleText` must keep: the Unicode steps over the whole text at once. Stored
// fingerprints were made with it, so the run-by-run reading must give the same shingles.
const wholeTextShingles = (text: string) => {
  const words = foldedWords(text);
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  for (let i = 0; i <= Math.max(0, words.length - 4); i++) {
    const joined = words.slice(i, i + 4).join(" ");
    let hash = 0x811c9dc5;
    for (let c = 0; c < joined.length; c++) hash = Math.imul(hash ^ joined.charCodeAt(c), 0x01000193);
    shingles.add(hash >>> 0);
  }
  return shingles;
};

describe("shingleText", () => {
  test.each([
    { label: "German with umlauts and ß", text: "Der Außenminister traf am Dienstag in Köln ein; über 1.200 Menschen warteten." },
    { label: "English with quotes and figures", text: "The mayor said \"we're ready\" – 3,400 homes (about 12%) were flooded." },
    { label: "combining accents after a blank", text: "cafe\u0301 na\u0308ive \u0301start e\u0301te\u0301" },
    { label: "a final sigma and a sigma before a full stop", text: "ΟΔΟΣ. ΟΔΟΣ.Β ΑΣ:Β Σ" },
    { label: "ligatures, fractions, circled and full-width forms", text: "ﬁnal ½ ① Ⅻ ＡＢＣ ㎏ ŉ ǅ İstanbul" },
    { label: "blanks of every kind", text: "one\ttwo\nthree\rfour\u000bfive\u000csix\u00a0seven\u2009eight" },
    { label: "characters beyond the BMP", text: "𝐀𝐁 tea 😀 time 𝟙𝟚" },
  ])("reads $label as the whole-text reading does", ({ text }) => {
    expect([...shingleText(text)]).toEqual([...wholeTextShingles(text)]);
    expect([...shingleText(`${text} ${text}`)]).toEqual([...wholeTextShingles(`${text} ${text}`)]);
  });

  test("gives the articles of the copy tests the shingles they always had", () => {
    for (const text of [AGENCY, BRIEF, INDEPENDENT, REWRITE]) expect([...shingleText(text)]).toEqual([...wholeTextShingles(text)]);
  });
});
