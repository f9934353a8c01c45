import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// English says what befell a count with a participle or a headline's present before it ("killing
// 12", "injures dozens") as well as with a past form; German puts its participle after the count
// and is read as before. Sentences of our own.
const PUBLISHED = "2031-03-10";
const subjects = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.subject}`);

describe("A state verb's participle or present before the count, in both languages", () => {
  test.each([
    { language: "en" as const, text: "A landslide buried the road, killing at least 14 drivers and injuring 30 others.", expected: ["at least 14 drivers: dead", "30 others: injured"] },
    { language: "en" as const, text: "Tornado kills four, injures dozens in farming towns", expected: ["four: dead", "dozens: injured"] },
    { language: "en" as const, text: "Gunfire erupted at the border post, wounding six guards.", expected: ["six guards: injured"] },
    { language: "de" as const, text: "Ein Erdrutsch verschüttete die Straße und tötete mindestens 14 Autofahrer; 30 weitere wurden verletzt.", expected: ["mindestens 14 Autofahrer: dead", "30: injured"] },
  ])("$text", ({ text, language, expected }) => {
    expect(subjects(text, language)).toEqual(expected);
  });
});
