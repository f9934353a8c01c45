import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a span of days a figure covers: in a report of Monday 2025-05-19, "am Wochenende" and
// "over the weekend" are Saturday and Sunday gone (05-17..05-18); "an beiden Tagen", "over the three
// days" are that many days ending the day before (05-16..05-18). Sentences of our own, German and
// English.

describe("a span of days dates the figures of its clause", () => {
  test.each([
    { language: "de", text: "Am Wochenende nahm die Polizei in der Hauptstadt 41 Menschen fest.", asOf: "as of 2025-05-17..2025-05-18" },
    { language: "de", text: "Über das Wochenende wurden 41 Menschen festgenommen.", asOf: "as of 2025-05-17..2025-05-18" },
    { language: "en", text: "Officers detained 41 people over the weekend.", asOf: "as of 2025-05-17..2025-05-18" },
    { language: "de", text: "An beiden Tagen zogen nach Angaben der Polizei rund 12.000 Menschen durch die Stadt.", asOf: "as of 2025-05-17..2025-05-18" },
    { language: "de", text: "Die Gewerkschaft zählte an allen drei Tagen jeweils 900 Streikende.", asOf: "as of 2025-05-16..2025-05-18" },
    { language: "en", text: "Some 12,000 people marched over the two days, police said.", asOf: "as of 2025-05-17..2025-05-18" },
    { language: "en", text: "About 900 nurses stayed away on each of the three days.", asOf: "as of 2025-05-16..2025-05-18" },
  ] as const)("$language: $text", ({ text, language, asOf }) => {
    expect(claimLines(text, language).join(" | ")).toContain(asOf);
  });

  test("en: a figure set against it after a comma keeps the sentence's day", () => {
    const lines = claimLines("Officers detained 41 people over the two days, up from 17 arrests reported on Saturday night.", "en");
    expect(lines.find((l) => l.includes("[41, 41]"))).toContain("as of 2025-05-17..2025-05-18");
    expect(lines.find((l) => l.includes("[17, 17]"))).toContain("as of 2025-05-17");
    expect(lines.find((l) => l.includes("[17, 17]"))).not.toContain("..2025-05-18");
  });

  test("de: a day opening the sentence frames the span after it", () => {
    const lines = claimLines("Bis Sonntagabend wurden an beiden Tagen 41 Menschen festgenommen.", "de");
    expect(lines.join(" | ")).toContain("as of 2025-05-18");
    expect(lines.join(" | ")).not.toContain("2025-05-17..");
  });

  test.each([
    { language: "de", text: "Die Frist für Einsprüche beträgt 30 Tage; 41 Menschen wurden festgenommen." },
    { language: "en", text: "The union said 900 nurses would stay away in 14 days." },
  ] as const)("a longer count of days is no span: $text", ({ text, language }) => {
    expect(claimLines(text, language).join(" | ")).not.toMatch(/as of 2025-05-\d\d\.\./);
  });
});
