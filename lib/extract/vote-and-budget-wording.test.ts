import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Wording of votes in parliament and of budgets that the older rules misread: each case is a
// sentence of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2025-05-19"; // a Monday

function summary(c: ClaimCandidate): string {
  const unit = c.value.kind === "quantity" && c.value.unit ? ` ${c.value.unit}` : "";
  const parts = [`${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}${unit}`];
  if (c.attribution) parts.push(`by ${c.attribution}`);
  return parts.join(", ");
}
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);

describe("a gap in a budget is its deficit", () => {
  test.each([
    { language: "de", text: "Im Landeshaushalt klafft eine Lücke von 1,2 Milliarden Euro.", expected: ["deficit [1200000000, 1200000000] EUR"] },
    { language: "de", text: "Die Opposition beziffert die Lücke auf 80 Millionen Euro.", expected: ["deficit [80000000, 80000000] EUR, by opposition"] },
    { language: "en", text: "The county must close a £45m gap in next year's budget.", expected: ["deficit [45000000, 45000000] GBP"] },
    { language: "en", text: "Auditors said the real gap was €700m.", expected: ["deficit [700000000, 700000000] EUR, by Auditors"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("members who vote for or against a bill cast votes, they do not hold seats", () => {
  test.each([
    { language: "de", text: "Im Landtag stimmten 71 Abgeordnete dafür, 44 dagegen.", expected: ["votes/holder:yes [71, 71]", "votes/holder:no [44, 44]"] },
    { language: "de", text: "Für das Gesetz stimmten 312 Abgeordnete, 240 votierten dagegen.", expected: ["votes/holder:yes [312, 312]", "votes/holder:no [240, 240]"] },
    { language: "de", text: "Bei der Abstimmung votierten 52.300 Wähler für den Vorschlag, 49.100 dagegen.", expected: ["votes/holder:yes [52300, 52300]", "votes/holder:no [49100, 49100]"] },
    { language: "en", text: "In the final reading, 212 voters voted against the plan.", expected: ["votes/holder:no [212, 212]"] },
    // A party's members in parliament are its seats, as before.
    { language: "de", text: "Die SPD stellt künftig 29 Abgeordnete.", expected: ["seats/holder:spd [29, 29]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("votes for a party are its votes, not a side", () => {
    expect(claims("Die SPD erhielt 15.110 Stimmen, 14.698 entfielen auf die CDU.", "de").some((c) => c.includes("holder:yes"))).toBe(false);
    expect(claims("Labour won 15,110 votes, against 14,698 for the Greens.", "en").some((c) => c.includes("holder:yes"))).toBe(false);
  });

  test("voting with no side is no count of votes", () => {
    expect(claims("Insgesamt stimmten 265.000 Wahlberechtigte ab.", "de").some((c) => c.startsWith("votes"))).toBe(false);
  });

  test("ballot papers are votes", () => {
    expect(claims("Mehr als 3.000 Stimmzettel waren ungültig.", "de")).toEqual(["votes (3000, ∞)"]);
  });
});

describe("money cut or saved is a fall in spending", () => {
  test.each([
    { language: "en", text: "The council cuts £40m to balance its books.", expected: ["spending/change [-40000000, -40000000] GBP"] },
    { language: "de", text: "Die Ministerien sollen insgesamt 2 Milliarden Euro einsparen.", expected: ["spending/change [-2000000000, -2000000000] EUR"] },
    { language: "de", text: "Bei den Vereinen werden rund 30 Millionen Euro gestrichen.", expected: ["spending/change [-33000000, -27000000] EUR"] },
    { language: "en", text: "The plan relies on €3bn of savings.", expected: ["spending/change [-3000000000, -3000000000] EUR"] },
    { language: "de", text: "Im Entwurf steckt eine globale Minderausgabe von 500 Mio. Euro.", expected: ["spending/de:mind+change [-500000000, -500000000] EUR"] },
    // A verb of falling gives "um"/"by" its way; what shrinks keeps its subject.
    { language: "de", text: "Der Etat sinkt um 40 Millionen Euro.", expected: ["budget/change [-40000000, -40000000] EUR"] },
    { language: "de", text: "Der Etat, der damit um 40 Millionen Euro schrumpft, wird beschlossen.", expected: ["budget/change [-40000000, -40000000] EUR"] },
    { language: "en", text: "The budget shrinks by £12m.", expected: ["budget/change [-12000000, -12000000] GBP"] },
    // A rise stays a rise.
    { language: "de", text: "Der Etat steigt um 40 Millionen Euro.", expected: ["budget/change [40000000, 40000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a number in a group's name counts nothing", () => {
  const values = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => formatClaimValue(c.value));
  test.each([
    { language: "en", text: "The Vote 16 campaign said 4,000 people signed its petition.", expected: ["[4000, 4000]"] },
    { language: "en", text: "Court ruling: Vote 16 vows appeal\n\nThe Vote 16 campaign will appeal, its chair said.", expected: [] },
    { language: "de", text: "Die Initiative Tempo 30 sammelte 12.000 Unterschriften.", expected: ["[12000, 12000]"] },
    { language: "de", text: "Zum Zukunft 25 Netzwerk gehören 800 Mitglieder.", expected: ["[800, 800]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(values(text, language)).toEqual(expected);
  });

  test("a count after a capitalized word that names no group stays a count", () => {
    expect(values("The result gave Yes 52,300 votes.", "en")).toEqual(["[52300, 52300]"]);
    expect(values("In Leeds 300 people marched.", "en")).toEqual(["[300, 300]"]);
  });
});
