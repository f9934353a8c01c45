import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of as-of periods named without a preposition or a weekday: the turn of a year ("Ende
// 2031"), the period of publication ("dieses Jahr", "heuer", "earlier this week"), a period a change
// is measured against ("mehr als im laufenden Jahr"), and the year of a change's starting level ("von
// 3,9 Prozent im Jahr 2028 auf 3,2 Prozent"). Sentences of our own, German and English, published on
// Monday 2025-05-19 (test-fixtures.ts).

const of = (lines: string[], value: string) => lines.find((line) => line.includes(value));

describe("a level at the turn of a year holds on its last or first day", () => {
  test.each([
    { language: "de", text: "Der Schuldenstand des Landes soll Ende 2026 bei 48,2 Milliarden Euro liegen.", value: "[48200000000", asOf: "as of 2026-12-31" },
    { language: "en", text: "The state's debt is expected to reach €48.2bn by the end of 2026.", value: "[48200000000", asOf: "as of 2026-12-31" },
    { language: "en", text: "Debt stood at €31.5bn at the end of 2024, the ministry said.", value: "[31500000000", asOf: "as of 2024-12-31" },
    { language: "de", text: "Anfang 2024 lagen die Rücklagen bei 2,1 Milliarden Euro.", value: "[2100000000", asOf: "as of 2024-01-01" },
  ] as const)("$language: $text", ({ text, language, value, asOf }) => {
    expect(of(claimLines(text, language), value)).toContain(asOf);
  });

  test.each([
    { language: "de", text: "Die Verschuldung steigt von 14,1 Milliarden Euro Ende 2025 auf 15,3 Milliarden Euro Ende 2026." },
    { language: "en", text: "Debt rises from €14.1bn at the end of 2025 to €15.3bn at the end of 2026." },
  ] as const)("two turns of the year in one sentence date their own figures: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(of(lines, "[14100000000")).toContain("as of 2025-12-31");
    expect(of(lines, "[15300000000")).toContain("as of 2026-12-31");
  });
});

describe("the period of publication", () => {
  test.each([
    { language: "de", text: "Das Defizit liegt im laufenden Jahr bei 1,2 Milliarden Euro.", asOf: "as of 2025-01-01..2025-12-31" },
    { language: "de", text: "Heuer macht das Land 900 Millionen Euro neue Schulden.", asOf: "as of 2025-01-01..2025-12-31" },
    { language: "en", text: "The city expects a deficit of €1.2bn this year.", asOf: "as of 2025-01-01..2025-12-31" },
    { language: "de", text: "In diesem Monat wurden bislang 40 Menschen festgenommen.", asOf: "as of 2025-05-01..2025-05-19" },
    { language: "en", text: "Police said 40 people had been arrested this month.", asOf: "as of 2025-05-01..2025-05-19" },
  ] as const)("$language: $text", ({ text, language, asOf }) => {
    expect(claimLines(text, language).join(" | ")).toContain(asOf);
  });

  test.each([
    { language: "de", text: "Der Etat umfasst 41,8 Milliarden Euro, 3,2 Prozent mehr als im laufenden Jahr." },
    { language: "de", text: "Gegenüber dem laufenden Jahr steigen die Ausgaben um 3,4 Prozent." },
    { language: "de", text: "Die Ausgaben steigen auf 21,4 Milliarden Euro, um 3,9 Prozent mehr als heuer." },
    { language: "en", text: "The draft budget totals €537bn, up 3.2% on this year." },
    { language: "en", text: "Receipts are forecast at €2.35bn, up €70m on last year." },
  ] as const)("a period a change is measured against dates no figure: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain("as of");
  });
});

describe("the year of a change's starting level is not the new level's", () => {
  test.each([
    { language: "de", text: "Das Defizit soll von 3,9 Prozent des BIP im Jahr 2024 auf 3,2 Prozent sinken." },
    { language: "en", text: "The deficit is to fall from 3.9% of GDP in 2024 to 3.2%." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(of(lines, "[3.9, 3.9]")).toContain("as of 2024-01-01..2024-12-31");
    expect(of(lines, "[3.2, 3.2]")).not.toContain("as of");
  });

  test("a count of polling stations before a day is no earlier level", () => {
    const lines = claimLines("Nach Auszählung von 412 der 451 Wahllokale kam die Partei am Sonntagabend auf 28,4 Prozent.", "de");
    expect(of(lines, "[28.4, 28.4]")).toContain("as of 2025-05-18");
  });
});

describe("a happening's day before a level a count has reached", () => {
  test.each([
    { language: "en", text: "The number of people killed in Friday's landslide has risen to 23, officials said." },
    { language: "de", text: "Die Zahl der Toten des Erdrutschs vom Freitag ist auf 23 gestiegen." },
  ] as const)("the level holds when reported: $text", ({ text, language }) => {
    const line = of(claimLines(text, language), "[23, 23]");
    expect(line).toBeDefined();
    expect(line).not.toContain("as of");
  });

  test("a count of those who took part in a dated happening keeps its day", () => {
    expect(of(claimLines("The union said 1,500 drivers had taken part in Friday's convoy.", "en"), "[1500, 1500]")).toContain("as of 2025-05-16");
  });
});
