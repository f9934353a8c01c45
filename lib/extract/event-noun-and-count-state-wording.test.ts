import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own, in German and English (published on Monday 2025-05-19): an event noun with
// a quoted name or a plural possessive before it, German compounds naming a rally, and where a
// count's noun ends before a preposition of motion or a possessive determiner.

describe("a storm's quoted name stands between its noun and its day", () => {
  test.each([
    { language: "de", text: "Der Wirbelsturm „Mira“ ist am Samstagmorgen auf die Küste getroffen.", expected: ["struck 2025-05-17..2025-05-17 day"] },
    { language: "de", text: "Der Hurrikan „Mira“ vom Freitag hat viele Dächer abgedeckt.", expected: ["struck 2025-05-16..2025-05-16 day"] },
    { language: "en", text: "The cyclone 'Mira' on Saturday flattened a fishing village.", expected: ["struck 2025-05-17..2025-05-17 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a plural possessive between the day and the event noun", () => {
  test.each([
    { language: "en", text: "Police made 12 arrests after Saturday's teachers' strike.", expected: ["arrests [12, 12]", "strike 2025-05-17..2025-05-17 day"] },
    { language: "en", text: "Officers detained 8 people after Friday's nurses' march.", expected: ["arrests [8, 8]", "protest 2025-05-16..2025-05-16 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("German compounds naming a rally date it", () => {
  test.each([
    { language: "de", text: "Nach der Großkundgebung der Pflegekräfte vom Donnerstag blieb es ruhig.", expected: ["protest 2025-05-15..2025-05-15 day"] },
    { language: "de", text: "Der Bauernprotest am Dienstag legte die Innenstadt lahm.", expected: ["protest 2025-05-13..2025-05-13 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a count's noun ends before a preposition of motion or a possessive", () => {
  test.each([
    { language: "en", text: "Fishermen steered hundreds of boats into the harbour.", expected: ["en:boat [200, 999]"] },
    { language: "en", text: "Thousands of tractors rolled through the capital.", expected: ["en:tractor [2000, 9999]"] },
    { language: "en", text: "Drivers sat in 800 km of queues during the holiday weekend.", expected: ["en:queue [800, 800] km"] },
    { language: "en", text: "Hundreds of growers parked their combines outside the ministry.", expected: ["en:grower [200, 999]"] },
    { language: "de", text: "Hunderte Winzer stellten ihre Traktoren vor dem Ministerium ab.", expected: ["de:winz [200, 999]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("people sheltered in evacuation centres are displaced", () => {
  test.each([
    { language: "en", text: "Some 12,000 residents were taken to evacuation centres overnight.", expected: ["displaced [10800, 13200]"] },
    { language: "en", text: "About 3,000 still remain in evacuation centers.", expected: ["displaced [2700, 3300]"] },
    { language: "de", text: "Rund 5.000 Menschen schliefen in Evakuierungszentren.", expected: ["displaced [4500, 5500]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a figure behind a place preposition does not end the group's clause", () => {
  test.each([
    { language: "en", text: "Nearly 40,000 people in 120 villages were affected.", expected: ["affected [36000, 40000)", "en:villag [120, 120]"] },
    { language: "de", text: "Etwa 8.000 Menschen in 30 Dörfern wurden evakuiert.", expected: ["displaced [7200, 8800]", "en:villag [30, 30]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a share by which a verb changes its object is a change of the object", () => {
  test.each([
    { language: "en", text: "The airline plans to cut its ticket prices by 15%.", expected: ["en:price/change [-15, -15] %"] },
    { language: "en", text: "The council raised parking fees by 12%.", expected: ["en:fee/change [12, 12] %, by council"] },
    { language: "de", text: "Die Stadt will den Wasserverbrauch bis 2030 um 20 Prozent senken.", expected: ["de:wasserverbrauch/change [-20, -20] %"] },
    { language: "de", text: "Der Verband erhöht die Beiträge um 3 Prozent.", expected: ["de:beitrag/change [3, 3] %"] },
    // Without a verb taking an object, "by"/"um" keeps the subject named before it.
    { language: "en", text: "Water use fell by 20%.", expected: ["en:use/change [-20, -20] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    // "bis 2030" is the target's as-of date, another rule's concern.
    expect(claimLines(text, language).map((line) => line.replace(/, as of.*$/, ""))).toEqual(expected);
  });
});

describe("an inflected German participle before another noun is not the counted group's state", () => {
  test.each([
    { language: "de", text: "Die Regierung will 2.000 Helfer in die betroffenen Dörfer schicken.", expected: ["en:helper [2000, 2000]"] },
    { language: "de", text: "Rund 4.000 Menschen sind betroffen.", expected: ["affected [3600, 4400]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a speed written out in words is in km/h or mph", () => {
  test.each([
    { language: "de", text: "Es gab Sturmböen von 130 Kilometern pro Stunde.", expected: ["en:gust [130, 130] km/h"] },
    { language: "en", text: "Gusts reached 180 kilometres per hour.", expected: ["en:gust [180, 180] km/h"] },
    { language: "en", text: "Gusts of up to 90 miles an hour were measured.", expected: ["en:gust [0, 90] mph"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
