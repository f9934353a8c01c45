import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of an act done, named by a past participle before its noun: in a report of Monday
// 2025-05-19, "Der am Samstag beschlossene Fonds wird …" tells of a fund passed on the Saturday gone
// (05-17), though "wird" speaks of what comes. A plan for the act itself still looks ahead.
// Sentences of our own, German and English.

describe("a past participle before its noun dates a day gone", () => {
  test.each([
    { language: "de", text: "Der am Samstag beschlossene Fonds wird 15 Millionen Euro Hilfe auszahlen.", day: "2025-05-17..2025-05-17 day" },
    { language: "de", text: "Der am Mittwoch verabschiedete Haushalt soll 42 Milliarden Euro umfassen.", day: "2025-05-14..2025-05-14 day" },
    { language: "en", text: "The budget passed on Wednesday will total €42bn.", day: "2025-05-14..2025-05-14 day" },
  ] as const)("$language: $text", ({ text, language, day }) => {
    const lines = claimLines(text, language).join(" | ");
    expect(lines).toContain(day);
    expect(lines).not.toContain("2025-05-2");
  });

  test.each([
    { language: "de", text: "Der Streik soll am Donnerstag beginnen.", day: "2025-05-22..2025-05-22 day" },
    { language: "en", text: "Nurses will strike on Thursday.", day: "2025-05-22..2025-05-22 day" },
  ] as const)("a plan for the act itself keeps the day ahead: $text", ({ text, language, day }) => {
    expect(claimLines(text, language).join(" | ")).toContain(day);
  });
});
