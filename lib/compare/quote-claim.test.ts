import { describe, expect, test } from "vitest";
import { quoteClaim } from "./quote-claim";
import type { ComparableClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const claim = (quote: string, value: ComparableClaim["value"]): ComparableClaim => withScopeMarks({ id: "c", quote, value, certainty: "stated" });
const almost = { kind: "quantity", min: 9000, max: 10000, minInclusive: true, maxInclusive: false } as const;

describe("quoteClaim", () => {
  test.each([
    { label: "Quote and reading", claim: claim("fast 10.000", almost), options: {}, expected: "'fast 10.000' (9,000 to under 10,000)" },
    { label: "Quote only", claim: claim("fast 10.000", almost), options: { value: false }, expected: "'fast 10.000'" },
    {
      label: "With details",
      claim: claim("fast 10.000", almost),
      options: { details: ["as of 23 October 2024"] },
      expected: "'fast 10.000' (9,000 to under 10,000, as of 23 October 2024)",
    },
    { label: "A name quoted as itself is not repeated", claim: claim("die Feuerwehr", { kind: "text", text: "Die Feuerwehr" }), options: {}, expected: "'die Feuerwehr'" },
    {
      label: "Long quotes are shortened",
      claim: claim(`${"Feuerwehr hat ".repeat(8)}Menschen gerettet`, { kind: "text", text: "ja" }),
      options: { value: false },
      expected: `'${"Feuerwehr hat ".repeat(5)}Feuerwehr…'`,
    },
  ])("$label", ({ claim: c, options, expected }) => {
    expect(quoteClaim(c, options)).toBe(expected);
  });
});
