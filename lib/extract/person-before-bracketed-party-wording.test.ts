import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { nameHoldersAcrossEvent } from "./name-holders-across-event";
import { PUBLISHED, claimLines } from "./test-fixtures";

// A party's acronym in brackets after a person's name is the person's party: the share is the
// person's, and a later mention by the last name alone is the same holder. Sentences of our own.

describe("a person's bracketed party leaves the share to the person", () => {
  test.each([
    { language: "de", text: "Bei der Wahl kam Thomas Reuter (CDU) auf 40 Prozent.", expected: ["votes/holder:thomas reuter [40, 40] %, of Thomas Reuter"] },
    { language: "de", text: "Thomas Reuter (CDU) erhielt 1.200 Stimmen.", expected: ["votes/holder:thomas reuter [1200, 1200], of Thomas Reuter"] },
    { language: "en", text: "Thomas Reuter (CDU) won 40% of the vote.", expected: ["votes/holder:thomas reuter [40, 40] %, of Thomas Reuter"] },
    // A pronoun pointing back to the bracketed party stands for the person.
    { language: "de", text: "Bürgermeisterin Anna Vogt (SPD) gewann die Wahl. Im ersten Wahlgang hatte sie 44,7 Prozent.", expected: ["votes/holder:anna vogt+first round [44.7, 44.7] %, of Anna Vogt"] },
    { language: "de", text: "Die SPD gewann die Wahl. Im ersten Wahlgang hatte sie 44,7 Prozent.", expected: ["votes/holder:spd+first round [44.7, 44.7] %, of SPD"] },
    // A long name the acronym abbreviates is the party itself.
    { language: "de", text: "Die Christlich Demokratische Union (CDU) kam auf 30 Prozent.", expected: ["votes/holder:cdu [30, 30] %, of CDU"] },
    { language: "en", text: "The Alliance for Renewal (AR) won 33.4%.", expected: ["votes/holder:ar [33.4, 33.4] %, of AR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("the full name and the last name alone are one holder", () => {
  test.each([
    { language: "de", text: "Bei der Wahl kam Thomas Reuter (CDU) auf 40 Prozent. Später kam Reuter auf 41 Prozent." },
    { language: "en", text: "Thomas Reuter (CDU) won 40% of the vote. Reuter got 41% in Kiel." },
  ] as const)("$language: $text", ({ text, language }) => {
    const candidates = extractClaims(text, { language, publishedAt: PUBLISHED });
    const [named] = nameHoldersAcrossEvent([{ text, candidates }]);
    expect(named!.map((c) => c.holder)).toEqual(["Reuter", "Reuter"]);
  });
});
