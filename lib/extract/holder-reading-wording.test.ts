import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who holds a share or a count, where the sentence names a party and a person side by side, refers
// back with a pronoun, or names the source of the figure. Sentences of our own, German and English.
const holders = (text: string, language: "de" | "en") => claimLines(text, language).map((line) => line.slice(0, line.indexOf(" [")));

describe("a candidate introduced by their party holds the figure, not the party", () => {
  test.each([
    { language: "de", text: "Im Wahlkreis Nord kam FDP-Kandidat Lukas Brenner auf 2.310 Stimmen.", expected: ["votes/holder:lukas brenner"] },
    { language: "de", text: "Dahinter landete Grünen-Bewerberin Nora Falk mit 1.980 Stimmen.", expected: ["votes/holder:nora falk"] },
    { language: "en", text: "In the northern ward, the FDP's Lukas Brenner won 2,310 votes.", expected: ["votes/holder:lukas brenner"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("the party of a person holds a share the sentence does not credit to a named party", () => {
  test.each([
    { language: "de", text: "Landesweit erreichte die Partei von Ministerpräsidentin Clara Vogt 38,2 Prozent.", expected: ["votes"] },
    { language: "en", text: "Nationally, the party of Prime Minister Tomas Lind won 38.2%.", expected: ["votes"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("a pronoun holding a share points back to the party last named", () => {
  test.each([
    { language: "de", text: "Die liberale LFP bleibt stärkste Kraft. Nach dem amtlichen Endergebnis kam sie auf 24,8 Prozent der Stimmen.", expected: ["votes/holder:lfp"] },
    { language: "de", text: "Die NVP fordert eine Nachzählung im Bezirk Süd, wo sie nach eigenen Angaben auf 19 Prozent kam.", expected: ["votes/holder:nvp"] },
    { language: "en", text: "The liberal LFP remains the largest party. It won 24.8% of the vote, the final count showed.", expected: ["votes/holder:lfp"] },
    { language: "en", text: "The agrarian KVP held on in the north. Its final share was 17.3% of the vote.", expected: ["votes/holder:kvp"] },
    { language: "de", text: "Die agrarische KVP hielt sich im Norden. Am Ende kam sie auf 17,3 Prozent der Stimmen.", expected: ["votes/holder:kvp"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("the level a party's change ends at is the party's share", () => {
  test.each([
    { language: "de", text: "Die NVP legte um 3,2 Punkte auf 17,5 Prozent zu.", expected: ["votes/holder:nvp+change", "votes/holder:nvp"] },
    { language: "en", text: "The NVP rose 3.2 points to 17.5%.", expected: ["votes/holder:nvp+change", "votes/holder:nvp"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

// A headline ends without a stop: its party holds none of the body's figures.
describe("a headline's acronym holds no figure of the body", () => {
  test("en", () => {
    expect(claimLines("Greens narrowly win as CSP surges\n\nThe Social Democrats won with 31.4% of the vote.", "en")).toEqual(["votes/holder:social democrats [31.4, 31.4] %, of Social Democrats"]);
  });
});

// A word capitalized only by the sentence start, of a class that names nobody, is no part of the name.
describe("an opening adverb is no part of the holder's name", () => {
  test.each([
    { text: "Voss won the runoff. Then Reiter took 45.8%.", holder: "Reiter" },
    { text: "Voss won the runoff. Yesterday Reiter took 45.8%.", holder: "Reiter" },
  ])("$text", ({ text, holder }) => {
    expect(claimLines(text, "en")[0]).toMatch(new RegExp(`^votes/holder:${holder.toLowerCase()} \\[45\\.8, 45\\.8\\] %,.* of ${holder}$`));
  });
});
