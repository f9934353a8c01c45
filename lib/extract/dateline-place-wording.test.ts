import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A dateline whose town the first sentence names as the scene: the figures of that paragraph that
// name no place are the town's. A dateline alone, a town's body ("im Kieler Landtag") or a place of
// speaking after the figures say only where the reporter or the speaker was. Articles of our own.

describe("a dateline the first sentence names as the scene", () => {
  test.each([
    {
      language: "en",
      text: "Nurses rally in northern England\n\nLEEDS — Thousands of nurses rallied in Leeds on Saturday against ward closures. Police counted 8,000 marchers; the union said 15,000.\n\nNationwide, about 40,000 people took part.",
      expected: ["protesters [8000, 8000], in GB/Leeds, by police", "protesters [15000, 15000], in GB/Leeds, by union"],
    },
    {
      language: "de",
      text: "Tausende gegen Klinikschließung\n\nDRESDEN – In Dresden haben am Samstag Tausende gegen die Schließung zweier Kliniken demonstriert. Die Polizei zählte 8.000 Teilnehmer, die Gewerkschaft sprach von 15.000.\n\nBundesweit waren es etwa 40.000.",
      expected: ["protesters [8000, 8000], in DE/Dresden, by police", "protesters [15000, 15000], in DE/Dresden, by union"],
    },
  ] as const)("$language: the paragraph's figures are the town's", ({ text, language, expected }) => {
    const lines = claimLines(text, language);
    for (const line of expected) expect(lines).toContain(line);
    // The next paragraph moves on: the nationwide figure is no town's.
    for (const line of lines.filter((l) => l.includes("40000"))) expect(line).not.toMatch(/Leeds|Dresden/);
  });

  test.each([
    { language: "en", text: "Aid for flooded region\n\nROME — Italy's cabinet approved emergency aid for the flooded north on Tuesday. At least 12 people have died, the civil protection agency said.", figure: "dead [12, ∞)" },
    { language: "de", text: "Streit um Schulden\n\nKIEL – Die Opposition im Kieler Landtag kritisiert den Haushaltsentwurf der Regierung. Die Neuverschuldung steige auf 900 Millionen Euro, sagte der Fraktionschef.", figure: "deficit [900000000, 900000000] EUR" },
    { language: "en", text: "Budget approved\n\nLEEDS — The council approved a budget of £1.2bn on Tuesday, up 2.1% on this year, the council leader told reporters in Leeds. New borrowing is set to fall to £40m.", figure: "deficit [40000000, 40000000] GBP" },
  ] as const)("no scene named: $text", ({ text, language, figure }) => {
    const line = claimLines(text, language).find((l) => l.startsWith(figure));
    expect(line).toBeDefined();
    expect(line).not.toContain(" in ");
  });
});
