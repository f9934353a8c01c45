import { describe, expect, test } from "vitest";
import { relateQualifiers } from "./relate-qualifiers";
import type { ComparableClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const claim = (qualifiers: string[] | null): ComparableClaim =>
  withScopeMarks({ id: "x", quote: "29", value: { kind: "quantity", min: 29, max: 29, minInclusive: true, maxInclusive: true }, certainty: "stated", qualifiers });

describe("relateQualifiers", () => {
  test.each([
    { label: "no qualifiers on either side", a: null, b: [], kind: "same" },
    { label: "one party written in two cases and orders", a: ["SPD", "Provisional"], b: ["provisional", "spd"], kind: "same" },
    { label: "two parties", a: ["SPD"], b: ["CDU"], kind: "different" },
    { label: "confirmed dead against dead", a: ["confirmed"], b: [], kind: "different" },
    { label: "the first round against the run-off", a: ["first round"], b: ["run-off"], kind: "different" },
    { label: "a change against a level", a: ["change"], b: [], kind: "change-vs-level" },
  ])("$label: $kind", ({ a, b, kind }) => {
    expect(relateQualifiers(claim(a), claim(b)).kind).toBe(kind);
    expect(relateQualifiers(claim(b), claim(a)).kind).toBe(kind);
  });

  test("names which side is the change", () => {
    expect(relateQualifiers(claim([]), claim(["change"]))).toEqual({ kind: "change-vs-level", change: "b" });
  });
});
