import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import { figureStatusOfName } from "./read-figure-status";
import type { ClaimCandidate } from "./schema";

// The stage of its count a figure is said to be: sentences of our own, in German and English.
const PUBLISHED = "2025-05-19";

const summary = (c: ClaimCandidate) => `${c.subject} ${formatClaimValue(c.value)} ${c.figureStatus ?? "unsaid"}`;
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);

describe("a figure's stage is read from its clause, else its sentence", () => {
  test.each([
    { label: "provisional: 'nach dem vorläufigen Endergebnis' (not final)", language: "de", text: "Nach dem vorläufigen Endergebnis lag die Wahlbeteiligung bei 61,2 Prozent.", expected: ["turnout [61.2, 61.2] provisional"] },
    { label: "final: 'amtliches Endergebnis'", language: "de", text: "Laut amtlichem Endergebnis lag die Wahlbeteiligung bei 61,4 Prozent.", expected: ["turnout [61.4, 61.4] final"] },
    { label: "final: 'endgültig'", language: "de", text: "Die endgültige Zahl der Demonstranten lag bei 12.000.", expected: ["protesters [12000, 12000] final"] },
    { label: "planned: 'Entwurf'", language: "de", text: "Der Entwurf sieht ein Defizit von 2,4 Milliarden Euro vor.", expected: ["deficit [2400000000, 2400000000] planned"] },
    { label: "planned: 'geplant'", language: "de", text: "Geplant sind Investitionen von 800 Millionen Euro.", expected: ["investment [800000000, 800000000] planned"] },
    { label: "planned: the verb 'plant'", language: "de", text: "Für 2026 plant die Landesregierung Investitionen von 800 Millionen Euro.", expected: ["investment [800000000, 800000000] planned"] },
    { label: "unsaid", language: "de", text: "Die Polizei zählte 12.000 Demonstranten.", expected: ["protesters [12000, 12000] unsaid"] },
    { label: "provisional: 'provisional results'", language: "en", text: "Turnout was 58.3% according to provisional results.", expected: ["turnout [58.3, 58.3] provisional"] },
    { label: "projection: 'forecast'", language: "en", text: "The deficit is forecast at €1.8bn.", expected: ["deficit [1800000000, 1800000000] projection"] },
    { label: "planned: 'draft budget'", language: "en", text: "The draft budget puts the deficit at €2.1bn.", expected: ["deficit [2100000000, 2100000000] planned"] },
    { label: "final: 'the final count'", language: "en", text: "The final count put the crowd at 9,000.", expected: ["protesters [9000, 9000] final"] },
    { label: "unsaid", language: "en", text: "Police said 9,000 people marched.", expected: ["protesters [9000, 9000] unsaid"] },
  ] as const)("$language, $label: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a figure's stage is read from the name of the source it is credited to", () => {
  test("English: 'it said' carries an exit poll named in the sentence before", () => {
    const text = "An exit poll for the broadcaster put turnout at 61%. The opposition would win 40 seats, it said.";
    expect(extractClaims(text, { language: "en", publishedAt: PUBLISHED }).map((c) => `${summary(c)} ${c.attribution}`)).toEqual([
      "turnout [61, 61] projection exit poll",
      "seats [40, 40] projection exit poll",
    ]);
  });

  test.each([
    { label: "German: a projection", name: "Hochrechnung eines Regionalsenders", stage: "projection" },
    { label: "German: the first phrase wins ('vorläufige amtliche Endergebnis' is provisional)", name: "das vorläufige amtliche Endergebnis der Kreiswahlleitung", stage: "provisional" },
    { label: "German: the final result", name: "amtliches Endergebnis", stage: "final" },
    { label: "English: the first phrase wins (a preliminary official result is provisional)", name: "the preliminary official result", stage: "provisional" },
    { label: "English: an exit poll", name: "an exit poll for two networks", stage: "projection" },
    { label: "German: a name naming no stage", name: "Landeswahlleiterin", stage: null },
    { label: "English: a stage word only inside another word is none ('drafted' is no draft)", name: "the drafting committee", stage: null },
  ] as const)("$label: $name", ({ name, stage }) => {
    expect(figureStatusOfName(name)).toBe(stage);
  });
});

describe("planned things called off are counted, not planned", () => {
  test.each([
    { language: "de", text: "Wegen des Angriffs mussten 340 geplante Operationen verschoben werden.", expected: ["en:oper [340, 340] unsaid"] },
    { language: "en", text: "More than 500 planned operations have been postponed.", expected: ["en:oper (500, ∞) unsaid"] },
    { language: "en", text: "The company announced 500 planned job cuts.", expected: ["en:cut [500, 500] planned"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
