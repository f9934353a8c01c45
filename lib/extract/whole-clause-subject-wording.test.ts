import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure, in sentences of our own (published on Monday 2025-05-19): the noun phrase that
// fills the clause before a speech verb is its speaker, whatever body it names. German capitalizes
// every noun and was read so already; English now reads a lowercase head the same way.

describe("a noun phrase filling the clause before a speech verb is the speaker", () => {
  test.each([
    { language: "en", text: "Mountain rescuers said 12 climbers were missing.", expected: ["missing/en:climber [12, 12], by Mountain rescuers"] },
    { language: "en", text: "Nine hikers were missing, the alpine rescue service said.", expected: ["missing/en:hiker [9, 9], by alpine rescue service"] },
    { language: "de", text: "Der Bergrettungsdienst sagte, zwölf Kletterer würden vermisst.", expected: ["missing/de:klett [12, 12], by Bergrettungsdienst"] },
    { language: "de", text: "Neun Wanderer werden vermisst, sagte der alpine Rettungsdienst.", expected: ["missing/de:wand [9, 9], by alpine Rettungsdienst"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("an indefinite phrase before a participle, or a passive with an adverb, names no speaker", () => {
  test.each([
    { language: "en", text: "A new relief fund announced on Friday will pay out €20m.", expected: ["aid [20000000, 20000000] EUR, as of 2025-05-16"] },
    { language: "en", text: "The shortfall is now expected to reach €900m.", expected: ["deficit [900000000, 900000000] EUR"] },
    { language: "de", text: "Die Rücklage wird nun voraussichtlich auf 80 Millionen Euro sinken.", expected: ["de:rucklag [80000000, 80000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a clause opened by a conjunction has its subject right before the speech verb too", () => {
  test.each([
    { language: "en", text: "In the port alone, 320 buildings were damaged, the harbour master said, while the region counted about 2,000.", expected: ["buildings/en:damag [320, 320], by harbour master", "buildings/en:damag [1800, 2200], by region"] },
    { language: "de", text: "Im Hafen wurden 320 Gebäude beschädigt, sagte der Hafenmeister, während die Region rund 2.000 zählte.", expected: ["buildings/de:beschadigt [320, 320], by Hafenmeister", "buildings/de:beschadigt [1800, 2200], by Region"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
