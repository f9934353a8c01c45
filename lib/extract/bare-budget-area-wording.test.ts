import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A budget part named alone beside its money ("Für Bildung …", "Defence rises to …") is spending on
// that part, the key "spending on education" and "Bildungsausgaben" get, so both languages meet in
// one facet; so do staff costs. Sentences of our own.
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: "2026-05-04" }).map(claimSummary);

describe("a bare budget part holding money is spent on", () => {
  test.each([
    { language: "de", text: "Zuletzt war für die Bildung von 14 Milliarden Euro die Rede.", expected: ["spending/area:education [14000000000, 14000000000] EUR"] },
    { language: "en", text: "Defence climbs by £2bn to £61bn.", expected: ["spending/area:defence+change [2000000000, 2000000000] GBP", "spending/area:defence [61000000000, 61000000000] GBP"] },
    { language: "en", text: "Health is the winner: up €3.1bn, to some €95bn.", expected: ["spending/area:health+change [3100000000, 3100000000] EUR", "spending/area:health [85500000000, 104500000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a narrowed or plural part keeps its own word", () => {
  test.each([
    { language: "en", text: "The council set aside £4m for coastal defences.", expected: ["spending/en:defenc [4000000, 4000000] GBP"] },
    { language: "de", text: "Für die öffentliche Gesundheit sind 7 Millionen Euro vorgesehen.", expected: ["spending/de:gesund [7000000, 7000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("what a budget pays its own people, in both languages", () => {
  test.each([
    { language: "de", text: "Die Personalkosten wachsen auf 880 Millionen Euro.", expected: ["spending/area:staff [880000000, 880000000] EUR"] },
    { language: "en", text: "Staff costs grow to €880m.", expected: ["spending/area:staff [880000000, 880000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
