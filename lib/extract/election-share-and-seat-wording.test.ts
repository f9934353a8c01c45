import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Wording of election results the older rules missed or misread: shares held by a party named in an
// unusual place, seats lost, differences in points below an earlier figure, tallies and partitives.
// Each case is a sentence of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-09"; // a Monday

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a German party that is no acronym holds a share beside a verb that moves or keeps it", () => {
  test.each([
    { language: "de", text: "Die Linken fielen um 2,1 Punkte auf 9,4 Prozent.", expected: ["votes/holder:linken+change [-2.1, -2.1] pp", "votes/holder:linken [9.4, 9.4] %"] },
    { language: "de", text: "Die Freien Wähler blieben mit 11 Prozent drittstärkste Kraft.", expected: ["votes/holder:freien wähler [11, 11] %"] },
    // A noun after a preposition is where or when, not who: the party before it holds the share.
    { language: "de", text: "Die Grünen blieben in der Altstadt mit 31 Prozent vorn.", expected: ["votes/holder:grünen [31, 31] %"] },
    { language: "de", text: "Die Linken rutschten nach der Nachwahl auf 8,8 Prozent ab.", expected: ["votes/holder:linken [8.8, 8.8] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a noun read only from a prepositional phrase yields a share to the party named", () => {
  test.each([
    { language: "de", text: "Nach dem ersten Zwischenstand steht die ÖVP bei 24,6 Prozent.", expected: ["votes/holder:övp [24.6, 24.6] %"] },
    { language: "en", text: "Plaid's share in the county fell to 38.5%.", expected: ["votes/holder:plaid [38.5, 38.5] %"] },
    // A noun the sentence is about stays what the share is of.
    { language: "en", text: "Unemployment in the EU rose to 6.1%.", expected: ["en:unemploy [6.1, 6.1] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a share is not of a word that only describes its holder", () => {
  test.each([
    { language: "en", text: "The centre-left SDA climbed to 15.2%.", expected: ["votes/holder:sda [15.2, 15.2] %"] },
    { language: "en", text: "The SNP said its candidate was heading for 44%.", expected: ["votes [44, 44] %"] },
    { language: "de", text: "Bundesweit erreichte die Partei von Kanzlerin Erika Brandt 31,5 Prozent.", expected: ["votes [31.5, 31.5] %"] },
    // "with" after a party's seats: the share is that party's.
    { language: "en", text: "The Liberals won 14 seats with 21.3%.", expected: ["seats/holder:liberals [14, 14]", "votes/holder:liberals [21.3, 21.3] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("seats lost are a negative change, whatever stands between the verb and the count", () => {
  test.each([
    { language: "de", text: "Die ÖVP bleibt vorn, verliert allerdings drei Sitze.", expected: ["seats/change+holder:övp [-3, -3]"] },
    { language: "en", text: "Liberals drop three seats", expected: ["seats/change+holder:liberals [-3, -3]"] },
    { language: "en", text: "The Greens lost their ninth seat.", expected: ["seats/change+holder:greens [-1, -1]"] },
    { language: "de", text: "Die FPÖ verliert ihren neunten Sitz.", expected: ["seats/change+holder:fpö [-1, -1]"] },
    // Won by rank, the seat is still the holder's new total.
    { language: "en", text: "The Greens won their ninth seat.", expected: ["seats/holder:greens [9, 9]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("points below an earlier figure are a fall", () => {
  test.each([
    { language: "de", text: "Die Wahlbeteiligung lag bei 71,2 Prozent und damit 2,4 Prozentpunkte unter dem Wert von 2021.", expected: ["turnout [71.2, 71.2] %", "turnout/change [-2.4, -2.4] pp"] },
    { language: "en", text: "Turnout was 71.2%, 2.4 points below the 2021 figure.", expected: ["turnout [71.2, 71.2] %", "turnout/change [-2.4, -2.4] pp"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a tally of two sides is two counts, not a range", () => {
  test.each([
    { language: "de", text: "Im Stichentscheid siegte Haas mit 2.310 zu 2.298 Stimmen.", expected: ["votes [2310, 2310]", "votes [2298, 2298]"] },
    // The margin said first is a question of its own; the tally after it counts each side.
    { language: "en", text: "Haas won by 12 votes, 2,310 to 2,298.", expected: ["votes/margin [12, 12]", "votes [2310, 2310]", "votes [2298, 2298]"] },
    // Upwards it stays a range.
    { language: "en", text: "Officials expect 2,200 to 2,400 votes.", expected: ["votes [2200, 2400]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("partitives of seats and votes in other forms", () => {
  test.each([
    { language: "en", text: "The Liberals took five of their 19 seats in the north.", expected: ["seats/holder:liberals [5, 5]", "seats/holder:liberals [19, 19]"] },
    { language: "de", text: "Die ÖVP holt zwei der neun Sitze des Wahlkreises.", expected: ["seats/holder:övp [2, 2]", "seats/holder:övp [9, 9]"] },
    // An adjective in "-al" is no noun: "personal votes" are votes.
    { language: "en", text: "Brandt won 12,450 personal votes.", expected: ["votes/holder:brandt [12450, 12450]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("the part of the electorate that cast a ballot is the turnout; the whole stays the electorate", () => {
  test.each([
    { language: "en", text: "About 48,000 of the 61,000 registered voters cast a ballot.", expected: ["turnout [43200, 52800]", "voters [61000, 61000]"] },
    { language: "en", text: "Of the 9,000 voters registered abroad, only 2,100 returned a ballot.", expected: ["voters/abroad [9000, 9000]", "turnout [2100, 2100]"] },
    { language: "de", text: "Rund 2,1 Millionen der knapp 2,9 Millionen Wahlberechtigten gingen an die Urnen.", expected: ["turnout [1890000, 2310000]", "voters [2610000, 2900000)"] },
    // A speech verb before a figure is still a verb.
    { language: "en", text: "Police registered 40 incidents.", expected: ["en:incid [40, 40]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a share beside a word for any party, or set off by commas after a name, is a vote share", () => {
  test.each([
    { language: "en", text: "In the old mining town, the party won 38.1%.", expected: ["votes [38.1, 38.1] %"] },
    { language: "de", text: "In der Altstadt erreichte die Partei 29,9 Prozent.", expected: ["votes [29.9, 29.9] %"] },
    { language: "en", text: "The Liberals, on 7.7%, kept their two seats.", expected: ["votes/holder:liberals [7.7, 7.7] %", "seats [2, 2]"] },
    { language: "de", text: "Die Linke, mit 6,3 Prozent, verliert zwei Sitze.", expected: ["votes/holder:linke [6.3, 6.3] %", "seats/change [-2, -2]"] },
    // A capitalized German noun is no party: no vote share (what the figure is of is left to the older rules).
    { language: "de", text: "In der Hauptstadt erreichte die Inflation 7,4 Prozent.", expected: ["en:citi [7.4, 7.4] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
