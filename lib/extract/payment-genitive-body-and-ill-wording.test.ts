import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Money named by the kind of payment, a body named in the genitive, and the bare "ill" after a
// count. Sentences of our own.

describe("compensation is what its money is, in either language, never a cost", () => {
  test.each([
    { language: "de" as const, text: "Die Stadt zahlte eine Entschädigung in Höhe von 4 Millionen Euro.", expected: ["en:compens [4000000, 4000000] EUR"] },
    { language: "de" as const, text: "Die Versicherung leistet Entschädigungen von 800.000 Euro.", expected: ["en:compens [800000, 800000] EUR"] },
    { language: "de" as const, text: "Der Konzern zahlt 3 Millionen Franken Entschädigung.", expected: ["en:compens [3000000, 3000000] CHF"] },
    { language: "en" as const, text: "The council paid compensation of $4 million.", expected: ["en:compens [4000000, 4000000] USD"] },
    { language: "en" as const, text: "The carrier paid £2m in compensation.", expected: ["en:compens [2000000, 2000000] GBP"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a word sharing out or adding up the sum stands between 'von' and the figure", () => {
  test.each([
    { text: "Die Firma sagte den Angehörigen eine Entschädigung von je 20.000 Euro zu.", expected: ["en:compens [20000, 20000] EUR, by Firma"] },
    { text: "Die Bande verlangte ein Lösegeld von insgesamt 3 Millionen Euro.", expected: ["en:ransom [3000000, 3000000] EUR, by Bande"] },
    { text: "Die Täter forderten ein Lösegeld in Höhe von jeweils 400.000 Euro.", expected: ["en:ransom [400000, 400000] EUR, by Täter"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});

describe("a kind of payment after 'in' or 'an' is what the money is; what money buys is spending", () => {
  test.each([
    { language: "en" as const, text: "The kidnappers demanded $3 million in ransom.", subject: "en:ransom" },
    { language: "en" as const, text: "Pirates sought €8m in ransom for the crew.", subject: "en:ransom" },
    { language: "de" as const, text: "Die Entführer verlangten 2 Millionen Euro an Lösegeld.", subject: "en:ransom" },
    { language: "en" as const, text: "The plan sets aside €12bn in interest.", subject: "spending" },
    { language: "en" as const, text: "The town paid $2m for compensation claims.", subject: "spending" },
  ])("$text", ({ language, text, subject }) => {
    expect(claimLines(text, language)[0]).toMatch(new RegExp(`^${subject}[ /]`));
  });
});

describe("a body in the genitive is named in its base form", () => {
  test.each([
    { text: "Laut Angaben des Veterinäramts verendeten 300 Schafe.", by: "Veterinäramt" },
    { text: "Nach Angaben des Gesundheitsamtes sind 60 Menschen erkrankt.", by: "Gesundheitsamt" },
    { text: "Nach Angaben des Rettungsdienstes wurden 9 Menschen verletzt.", by: "Rettungsdienst" },
    { text: "Nach Angaben des Landgerichts wurden 14 Klagen eingereicht.", by: "Landgericht" },
  ])("$text", ({ text, by }) => {
    const lines = claimLines(text, "de");
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`by ${by}(,|$)`));
  });
});

describe("the bare 'ill' after a count counts the sick; the critically ill stay what they were", () => {
  test.each([
    { text: "The outbreak has left two dead and 64 ill.", expected: ["dead [2, 2]", "sick [64, 64]"] },
    { text: "Inspectors counted 31 ill.", expected: ["sick [31, 31], by Inspectors"] },
    { text: "So far 45 people have become ill.", expected: ["sick [45, 45]"] },
    // A part of the sick in a grave state is no count of the outbreak's sick.
    { text: "Doctors are treating 7 critically ill patients.", expected: [] },
    { text: "The clinic has 7 critically ill.", expected: [] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
