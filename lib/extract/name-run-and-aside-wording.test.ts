import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Rules of language found by classifying the tuning set's misses (not the phrasing of one story):
// names of several words that end in a word a table knows, runs of parties' shares that leave the
// verb of winning out, a rival figure set between commas, a source right after a figure, a
// demonstrative partitive, and people a thing acts on. Each case is a sentence of our own, in German
// and English, written for the rule it tests.
const PUBLISHED = "2026-11-16"; // a Monday

function summary(c: ClaimCandidate): string {
  const unit = c.value.kind === "quantity" && c.value.unit ? ` ${c.value.unit}` : "";
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}${unit}${c.attribution ? ` by ${c.attribution}` : ""}`;
}
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);

describe("English capitalizes only names: a word a table knows ends a name of several words", () => {
  test.each([
    { language: "en", text: "The Civic Union won 22.1%.", expected: ["votes/holder:civic union [22.1, 22.1] %"] },
    { language: "en", text: "The Free Voters won 6.4%.", expected: ["votes/holder:free voters [6.4, 6.4] %"] },
    { language: "en", text: "The SDP took 30.5%, the Rural Alliance 7.7% and the Free Voters 4.2%.", expected: ["votes/holder:sdp [30.5, 30.5] %", "votes/holder:rural alliance [7.7, 7.7] %", "votes/holder:free voters [4.2, 4.2] %"] },
    { language: "de", text: "Die Freien Wähler erreichten 6,4 Prozent.", expected: ["votes/holder:freien wähler [6.4, 6.4] %"] },
    // Lower case, the noun is what the share is of; an institution gives a share, it holds none.
    { language: "en", text: "Turnout was 62%. Voters backed the plan with 54%.", expected: ["turnout [62, 62] %", "turnout [54, 54] %"] },
    { language: "en", text: "The Electoral Commission reported 58.3%.", expected: ["turnout [58.3, 58.3] % by Electoral Commission"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a run of parties' shares goes on with the next party's name, with or without a verb", () => {
  test.each([
    { language: "de", text: "Die SPD kommt auf 28,4 Prozent. Die Linke liegt bei 4,1 Prozent, die Freien Wähler bei 3,8 Prozent.", expected: ["votes/holder:spd [28.4, 28.4] %", "votes/holder:linke [4.1, 4.1] %", "votes/holder:freien wähler [3.8, 3.8] %"] },
    { language: "de", text: "Die CSU erreicht 37 Prozent.\n\nDie Grünen liegen bei 14 Prozent.", expected: ["votes/holder:csu [37, 37] %", "votes/holder:grünen [14, 14] %"] },
    { language: "en", text: "The SDP won 33%, the Greens 11% and the Free Voters 6%.", expected: ["votes/holder:sdp [33, 33] %", "votes/holder:greens [11, 11] %", "votes/holder:free voters [6, 6] %"] },
    // What a share is of, a place, or whom a poll was made for, is no next party.
    { language: "de", text: "Die SPD erreichte 30 Prozent. Die Arbeitslosenquote liegt bei 5 Prozent.", expected: ["votes/holder:spd [30, 30] %", "de:arbeitslosenquot [5, 5] %"] },
    { language: "de", text: "Die SPD erreichte 30 Prozent, die Wahlbeteiligung lag um 18 Uhr bei 61 Prozent.", expected: ["votes/holder:spd [30, 30] %", "turnout [61, 61] %"] },
    { language: "en", text: "The SDP won 33%, while turnout stood at 64%.", expected: ["votes/holder:sdp [33, 33] %", "turnout [64, 64] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a rival figure between commas leaves the verb after it to the group before it", () => {
  test.each([
    { language: "de", text: "Etwa 6.000 Menschen, nach Angaben der Veranstalter sogar 9.000, demonstrierten vor dem Rathaus.", subjects: ["protesters", "protesters"] },
    { language: "en", text: "About 6,000 people, 9,000 according to the organisers, marched to the town hall.", subjects: ["protesters", "protesters"] },
    // An aside without a figure is no rival count.
    { language: "de", text: "Etwa 6.000 Menschen, darunter viele Familien, verfolgten das Konzert.", subjects: ["people"] },
  ] as const)("$language: $text", ({ text, language, subjects }) => {
    expect(extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => c.subject)).toEqual(subjects);
  });
});

describe("a part named by a demonstrative and a noun is a part of that group", () => {
  test.each([
    { language: "en", text: "Some 3,000 people marched. 120 of these protesters were detained.", expected: ["protesters [2700, 3300]", "arrests/protesters [120, 120]"] },
    { language: "de", text: "Etwa 3.000 Menschen demonstrierten. 120 dieser Demonstranten wurden festgenommen.", expected: ["protesters [2700, 3300]", "arrests/protesters [120, 120]"] },
    // Alone, "of these" points back to the figure before.
    { language: "en", text: "Some 3,000 people marched. 120 of these were detained.", expected: ["protesters [2700, 3300]", "protesters [120, 120]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("people a thing acts on are not a count of that thing", () => {
  test.each([
    { language: "de", text: "Zwei Rettungsschiffe brachten 140 Menschen an Land.", expected: ["ships [2, 2]", "people [140, 140]"] },
    { language: "en", text: "Two rescue vessels brought 140 people ashore.", expected: ["ships/en:rescu [2, 2]", "people [140, 140]"] },
    // A count's level is still the count's.
    { language: "en", text: "Police raised their count of the marchers to 8,400 people.", expected: ["protesters [8400, 8400] by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a lone source after a figure, in an aside giving another figure, vouches for that figure only", () => {
  test.each([
    { language: "de", text: "Etwa 6.000 Menschen, nach Angaben der Veranstalter sogar 9.000, demonstrierten vor dem Rathaus.", expected: ["protesters [5400, 6600]", "protesters [9000, 9000] by organisers"] },
    { language: "en", text: "About 6,000 people, 9,000 according to the organisers, marched to the town hall.", first: "protesters [5400, 6600]" },
    // A source after its own figure, or one heading a list, still speaks for it.
    { language: "de", text: "Rund 18.000 Menschen demonstrierten, teilte die Polizei mit.", expected: ["protesters [16200, 19800] by police"] },
    { language: "de", text: "Laut Polizei demonstrierten 18.000 Menschen, in Köln 5.000.", expected: ["protesters [18000, 18000] by police", "protesters [5000, 5000] by police"] },
  ] as const)("$language: $text", (c) => {
    const found = claims(c.text, c.language);
    if ("expected" in c) expect(found).toEqual(c.expected);
    else expect(found[0]).toBe(c.first);
  });
});
