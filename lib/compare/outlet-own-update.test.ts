import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import type { ComparableClaim, CompareOptions } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (n: number, unit?: string): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });
const claim = (id: string, quote: string, value: ClaimValue, outlet: string, publishedAt: string, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", outlet, publishedAt, ...rest });
const moving: CompareOptions = { canChangeOverTime: true };
const settled: CompareOptions = { canChangeOverTime: true, settled: true };

describe("an outlet giving two figures in its own words reports a change, it does not dispute itself", () => {
  test.each([
    {
      label: "English: one article gives the new share and the one it replaced",
      a: claim("a", "48.3%", q(48.3, "%"), "The Harbour Post", "2031-04-02"),
      b: claim("b", "from 48.7%", q(48.7, "%"), "The Harbour Post", "2031-04-02"),
      options: moving,
      kind: "changed-over-time",
    },
    {
      label: "German: a follow-up two days later gives another deficit of one budget",
      a: claim("a", "auf 2,1 Mrd. Euro", q(2.1e9, "EUR"), "Rheinland-Bote", "2031-04-02"),
      b: claim("b", "auf 2,25 Mrd. Euro", q(2.25e9, "EUR"), "Rheinland-Bote", "2031-04-04"),
      options: settled,
      kind: "changed-over-time",
    },
    {
      label: "English: two outlets in their own words still dispute it",
      a: claim("a", "cut by €90m", q(-90e6, "EUR"), "The Harbour Post", "2031-04-02"),
      b: claim("b", "€75m", q(-75e6, "EUR"), "Coastal Ledger", "2031-04-02"),
      options: settled,
      kind: "conflicting",
    },
    {
      label: "German: one outlet quoting two sources shows their dispute",
      a: claim("a", "rund 4.000 Teilnehmer", q(4000), "Rheinland-Bote", "2031-04-02", { attribution: "Polizei" }),
      b: claim("b", "mehr als 9.000", q(9000), "Rheinland-Bote", "2031-04-02", { attribution: "Veranstalter" }),
      options: settled,
      kind: "conflicting",
    },
    {
      label: "English: one source in one outlet against the outlet's own figure is still two voices",
      a: claim("a", "212 households", q(212), "The Harbour Post", "2031-04-02", { attribution: "the council" }),
      b: claim("b", "180 households", q(180), "The Harbour Post", "2031-04-02"),
      options: moving,
      kind: "conflicting",
    },
    {
      label: "German: a toll the outlet lowers a day later is still flagged (the count only grows)",
      a: claim("a", "mindestens 41 Tote", q(41), "Rheinland-Bote", "2031-04-02"),
      b: claim("b", "36 Tote", q(36), "Rheinland-Bote", "2031-04-03"),
      options: { canChangeOverTime: true, cumulative: true },
      kind: "conflicting",
    },
    {
      label: "English: a toll the outlet raises a day later is its update",
      a: claim("a", "at least 36 dead", q(36), "The Harbour Post", "2031-04-02"),
      b: claim("b", "41 dead", q(41), "The Harbour Post", "2031-04-03"),
      options: { canChangeOverTime: true, cumulative: true },
      kind: "changed-over-time",
    },
    {
      label: "German: a fact fixed once (a date) is left to the comparison of dates",
      a: claim("a", "am 3. Mai", { kind: "date", from: "2031-05-03", to: "2031-05-03", precision: "day" }, "Rheinland-Bote", "2031-04-02"),
      b: claim("b", "am 5. Mai", { kind: "date", from: "2031-05-05", to: "2031-05-05", precision: "day" }, "Rheinland-Bote", "2031-04-02"),
      options: { canChangeOverTime: false },
      kind: "conflicting",
    },
  ])("$label", ({ a, b, options, kind }) => {
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("the reason names the outlet and why it is no dispute", () => {
    const a = claim("a", "48.3%", q(48.3, "%"), "The Harbour Post", "2031-04-02");
    const b = claim("b", "from 48.7%", q(48.7, "%"), "The Harbour Post", "2031-04-02");
    expect(compareClaims(a, b, moving).reason).toContain("The Harbour Post gives both figures in its own words");
  });
});
