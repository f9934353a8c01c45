import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a figure put on the day before the sentence's own day: in a report of Monday
// 2025-05-19, "12,000 on Sunday, up from 7,500 a day earlier" puts 7,500 on Saturday (05-17), not on
// the day before publication. After "als"/"than" the day is a baseline's. Sentences of our own,
// German and English.

describe("a figure 'a day earlier' holds on the day before the sentence's day", () => {
  test.each([
    { language: "en", text: "Police counted 12,000 marchers on Sunday, up from 7,500 a day earlier." },
    { language: "en", text: "Officials said 12,000 people marched on Sunday, against 7,500 the day before." },
    { language: "de", text: "Die Polizei zählte am Sonntag 12.000 Teilnehmer, nach 7.500 am Vortag." },
    { language: "de", text: "Am Sonntag kamen 12.000 Menschen, nach 7.500 tags zuvor." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    const earlier = lines.find((l) => l.includes("[7500, 7500]"));
    expect(earlier).toContain("as of 2025-05-17");
    expect(earlier).not.toContain("2025-05-18");
  });

  test.each([
    { language: "de", text: "Am Sonntag streikten 3.400 Pflegekräfte, etwa 250 mehr als am Vortag.", figure: "[225, 275]" },
    { language: "en", text: "On Sunday 3,400 nurses walked out, about 250 more than the day before.", figure: "[225, 275]" },
  ] as const)("a change measured against the day before keeps the sentence's day: $text", ({ text, language, figure }) => {
    const line = claimLines(text, language).find((l) => l.includes(figure));
    expect(line).toBeDefined();
    expect(line).not.toContain("as of 2025-05-17");
  });
});
