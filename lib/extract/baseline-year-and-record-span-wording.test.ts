import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a year a figure is measured against ("up 3 points on 2021", "weniger als die Stadt im
// Jahr 2024 ausgab") and of a record's span ("the worst result since 1958", "die größte Kundgebung
// seit 2011"): neither dates the figure, which holds as of the report. Sentences of our own.

describe("a baseline year or a record's span is not the figure's as-of", () => {
  test.each([
    { language: "en", text: "The party won 18.4%, down 3.1 percentage points on 2021." },
    { language: "en", text: "Turnout was 51.2%, up 2.4 points on 2019." },
    { language: "en", text: "Spending falls by 2.5%, or 1.1% less than the council spent in 2024." },
    { language: "de", text: "Die Ausgaben sinken um 2,5 Prozent, 1,1 Prozent weniger als die Stadt im Jahr 2024 ausgab." },
    { language: "en", text: "The Greens' 9.8% is their worst result in the region since 1958." },
    { language: "de", text: "Mit 42.000 Teilnehmern war es die größte Kundgebung seit 2011." },
    { language: "de", text: "Die Partei kam auf 14,2 Prozent, das schlechteste Ergebnis seit 1958." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain("as of");
  });

  test.each([
    { language: "en", text: "Since 2019, 4,200 people have left the town.", asOf: "as of 2019-01-01..2025-05-19" },
    { language: "de", text: "Seit 2019 haben 4.200 Menschen die Stadt verlassen.", asOf: "as of 2019-01-01..2025-05-19" },
    { language: "en", text: "Exports rose to €4.1bn in 2024.", asOf: "as of 2024-01-01..2024-12-31" },
  ] as const)("a span or a year of the figure's own still dates it: $text", ({ text, language, asOf }) => {
    expect(claimLines(text, language).join(" | ")).toContain(asOf);
  });
});

describe("a span that only looks like a record's still dates the figure", () => {
  test.each([
    { language: "de", text: "Erst seit 2022 sind 1.200 Helfer im Einsatz.", asOf: "as of 2022-01-01..2025-05-19" },
    { language: "en", text: "Most of the 3,000 residents have been evacuated since Friday.", asOf: "as of 2025-05-16..2025-05-19" },
  ] as const)("$language: $text", ({ text, language, asOf }) => {
    expect(claimLines(text, language).join(" | ")).toContain(asOf);
  });
});
