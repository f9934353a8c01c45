import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// An airport or a port is named with its town ("at Munich airport", "am Flughafen Frankfurt", "im
// Hafen von Kiel", "in the port of Rostock"): the town is the figure's place. Sentences of our own wording.
describe("the town of an airport or a port is the place", () => {
  test.each([
    { language: "en", text: "About 800 travellers were stuck at Munich airport.", expected: ["en:travel [720, 880], in DE/Munich"] },
    { language: "en", text: "About 800 travellers were stuck at Munich Airport.", expected: ["en:travel [720, 880], in DE/Munich"] },
    { language: "en", text: "About 800 travellers were stuck at the Frankfurt airport.", expected: ["en:travel [720, 880], in DE/Frankfurt am Main"] },
    { language: "en", text: "25 ships waited in the port of Rostock.", expected: ["ships [25, 25], in DE/Rostock"] },
    { language: "en", text: "25 ships waited at the port of Hamburg.", expected: ["ships [25, 25], in DE/Hamburg"] },
    { language: "de", text: "Am Flughafen Frankfurt warteten 800 Reisende.", expected: ["en:travel [800, 800], in DE/Frankfurt am Main"] },
    { language: "de", text: "Am Frankfurter Flughafen warteten 800 Reisende.", expected: ["en:travel [800, 800], in DE/Frankfurt am Main"] },
    { language: "de", text: "Im Hafen von Kiel lagen am Montag 25 Schiffe.", expected: ["ships [25, 25], in DE/Kiel"] },
    { language: "de", text: "Auf dem Hamburger Flughafen warteten 800 Reisende.", expected: ["en:travel [800, 800], in DE/Hamburg"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// "am", "auf" and "at" name a place only around a facility; a facility's own name is no town.
describe("without a facility, or with only the facility's name, there is no place", () => {
  test.each([
    { language: "de", text: "Am Samstag warteten 800 Reisende.", expected: ["en:travel [800, 800], as of 2025-05-17"] },
    { language: "de", text: "Im Hafen warteten 25 Schiffe.", expected: ["ships [25, 25]"] },
    { language: "en", text: "About 800 travellers were stuck at Gatwick airport.", expected: ["en:travel [720, 880]"] },
    { language: "en", text: "25 ships waited in Port Moresby.", expected: ["ships [25, 25], in PG/Port Moresby"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
