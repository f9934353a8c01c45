import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure when German's perfect puts the speech verb last, in sentences of our own
// (published on Monday 2025-05-19); the English perfect keeps its speaker first, as ever.

describe("the perfect of a speech verb names its speaker", () => {
  test.each([
    { language: "de", text: "Am Freitag hatte die Bergwacht noch sieben Verletzte gemeldet.", expected: ["injured [7, 7], as of 2025-05-16, by Bergwacht"] },
    { language: "de", text: "Die Landesregierung hat 300 Evakuierte gezählt.", expected: ["displaced [300, 300], by government"] },
    { language: "en", text: "On Friday the mountain rescue service had reported seven injured.", expected: ["injured [7, 7], as of 2025-05-16, by mountain rescue service"] },
    { language: "de", text: "Die Polizei hatte von 4.000 Teilnehmern gesprochen.", expected: ["protesters [4000, 4000], by police"] },
    { language: "en", text: "Police had counted 4,000 marchers.", expected: ["protesters [4000, 4000], by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a relative clause's speaker gave only the figure it refers to", () => {
  test.each([
    { language: "de", text: "Statt 40 Verletzten, die der Rettungsdienst gemeldet hatte, seien es 35.", expected: ["injured/previous [40, 40], by Rettungsdienst", "injured [35, 35]"] },
    { language: "en", text: "The rescue service had reported 40 injured, but the hospital counted 35.", expected: ["injured [40, 40], by rescue service", "injured [35, 35], by hospital"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("the same participle in the passive or a comparison names nobody", () => {
  test.each([
    { language: "de", text: "Im Stadion wurden 900 Besucher gezählt.", expected: ["en:visitor [900, 900]"] },
    { language: "de", text: "Die Schulden sind höher als angegeben: 4 Millionen Euro.", expected: ["debt [4000000, 4000000] EUR"] },
    { language: "de", text: "Die Zinsausgaben seien mit 1,2 Millionen Euro vorsichtig veranschlagt.", expected: ["spending/area:interest [1200000, 1200000] EUR"] },
    { language: "en", text: "In the stadium, 900 visitors were counted.", expected: ["en:visitor [900, 900]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
