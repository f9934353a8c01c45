import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Wording of election results misread as something else: a count of votes read as a payment, a
// party of several words cut to its last word, a poll's commissioner read as a party, and a clause
// that leaves its party out. Each case is a sentence of our own, in German and
// English, written for the rule it tests.
const PUBLISHED = "2026-03-09"; // a Monday

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("counting votes is no payment, though the lemma folds its umlaut", () => {
  test.each([
    { language: "de", text: "Nach eigener Zählung kamen die Freien Demokraten auf 14,2 Prozent.", expected: ["votes/holder:freien demokraten [14.2, 14.2] %"] },
    { language: "en", text: "By its own count, the Free Democrats came in at 14.2%.", expected: ["votes/holder:free democrats [14.2, 14.2] %"] },
    // Payments stay money spent.
    { language: "de", text: "Die Zahlungen des Landes stiegen im Vorjahr auf 3,1 Milliarden Euro.", expected: ["spending [3100000000, 3100000000] EUR"] },
    { language: "de", text: "Die Auszahlungen an die Landwirte erreichten 410 Millionen Euro.", expected: ["spending [410000000, 410000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a name of several words before a verb of winning holds the share", () => {
  test.each([
    { language: "de", text: "Die Unión Cívica erreichte 30,9 Prozent.", expected: ["votes/holder:unión cívica [30.9, 30.9] %"] },
    { language: "de", text: "Die Liberale Allianz erreichte bei der Wahl am Sonntag 17,5 Prozent.", expected: ["vote 2026-03-08..2026-03-08 day", "votes/holder:liberale allianz [17.5, 17.5] %"] },
    { language: "en", text: "The Civic Platform won 30.9%.", expected: ["votes/holder:civic platform [30.9, 30.9] %"] },
    // A level reaching a sum is no share won.
    { language: "de", text: "Der Schaden erreichte 5 Millionen Euro.", expected: ["cost [5000000, 5000000] EUR"] },
    { language: "en", text: "Inflation reached 7.9% in May.", expected: ["en:inflat [7.9, 7.9] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a name after 'for' a poll is who the poll was for, not who holds the figure", () => {
  test.each([
    { language: "en", text: "One poll for the Daily Courier gave Labour 52 to 55 seats, another for the Evening Star 56 to 59.", expected: ["seats/holder:labour [52, 55]", "seats/holder:labour [56, 59]"] },
    { language: "de", text: "Eine Prognose für den Sender Nordwelle sieht die SPD bei 27 Prozent, eine andere für die Tageszeitung Kurier bei 25 Prozent.", expected: ["votes/holder:spd+projection [27, 27] %", "votes/projection+holder:spd [25, 25] %"] },
    { language: "de", text: "Laut einer Umfrage im Auftrag der Abendzeitung kommt die FDP auf 6 Prozent.", expected: ["votes/holder:fdp [6, 6] %"] },
    // "für" a party, not after a poll, still names the holder.
    { language: "de", text: "Die Umfrage sieht für die CDU 31 Prozent.", expected: ["votes/holder:cdu [31, 31] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a clause with no verb of its own keeps the holder of the share before it", () => {
  test.each([
    { language: "de", text: "Die Bürgerpartei kam laut eigener Hochrechnung auf 24 Prozent, laut Wahlkommission aber nur auf 22,7 Prozent.", expected: ["votes/holder:bürgerpartei+projection [24, 24] %", "votes/projection+holder:bürgerpartei [22.7, 22.7] %"] },
    { language: "en", text: "The Liberal Centre said it had won 24%, the official count only 22.7%.", expected: ["votes/holder:liberal centre [24, 24] %", "votes/holder:liberal centre [22.7, 22.7] %"] },
    // A clause with its own verb says what its figure is.
    { language: "en", text: "The CDU won 24%, turnout was 61%.", expected: ["votes/holder:cdu [24, 24] %", "turnout [61, 61] %"] },
    { language: "de", text: "Die CDU erhielt 24 Prozent, die Wahlbeteiligung lag bei 61 Prozent.", expected: ["votes/holder:cdu [24, 24] %", "turnout [61, 61] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
