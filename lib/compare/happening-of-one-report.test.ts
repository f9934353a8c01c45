import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import type { ComparableClaim, CompareOptions } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (min: number, max: number | null = min): ClaimValue => ({ kind: "quantity", min, max, minInclusive: max !== null, maxInclusive: max !== null });
const claim = (id: string, quote: string, value: ClaimValue, rest: Partial<ComparableClaim>): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", outlet: "Weser-Kurier am Abend", publishedAt: "2031-05-08", ...rest });
const moving: CompareOptions = { canChangeOverTime: true };
const day = (d: string) => ({ from: d, to: d });

describe("two sources' figures set against each other in one report are rivals of one day", () => {
  test.each([
    {
      label: "German: the organisers' count dated to the day before, the police's undated",
      a: claim("a", "mehr als 4.000 Fahrzeuge", q(4000, null), { attribution: "Veranstalter", asOf: day("2031-05-07") }),
      b: claim("b", "1.900 Fahrzeuge", q(1900), { attribution: "Polizei" }),
      kind: "conflicting",
    },
    {
      label: "English: the union's figure dated to Tuesday, the company's undated",
      a: claim("a", "1,200 workers on Tuesday", q(1200), { attribution: "the union", asOf: day("2031-05-06"), outlet: "The Harbour Post" }),
      b: claim("b", "about 450 workers", q(450), { attribution: "the company", outlet: "The Harbour Post" }),
      kind: "conflicting",
    },
    {
      label: "English: two reports of different outlets keep their days apart",
      a: claim("a", "1,200 workers on Tuesday", q(1200), { attribution: "the union", asOf: day("2031-05-06"), outlet: "The Harbour Post" }),
      b: claim("b", "about 450 workers", q(450), { attribution: "the company", outlet: "Coastal Ledger" }),
      kind: "changed-over-time",
    },
    {
      label: "German: one source's own earlier figure in the report is its count moving, not a rival",
      a: claim("a", "am Montag 3.100", q(3100), { attribution: "Polizei", asOf: day("2031-05-05") }),
      b: claim("b", "inzwischen 3.600", q(3600), { attribution: "die Polizei" }),
      kind: "changed-over-time",
    },
    {
      label: "English: a figure of a year is another period, not the day of the report",
      a: claim("a", "€15.8bn this year", q(15.8e9), { attribution: "the minister", asOf: { from: "2031-01-01", to: "2031-12-31" }, outlet: "The Harbour Post" }),
      b: claim("b", "€16.9bn", q(16.9e9), { attribution: "the auditors", outlet: "The Harbour Post" }),
      kind: "changed-over-time",
    },
    {
      label: "German: a day weeks before the report is not the day its undated figure is about",
      a: claim("a", "am 2. April 700 Beschäftigte", q(700), { attribution: "Gewerkschaft", asOf: day("2031-04-02") }),
      b: claim("b", "rund 450 Beschäftigte", q(450), { attribution: "Unternehmen" }),
      kind: "changed-over-time",
    },
  ])("$label", ({ a, b, kind }) => {
    expect(compareClaims(a, b, moving).kind).toBe(kind);
    expect(compareClaims(b, a, moving).kind).toBe(kind);
  });
});
