import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import type { ComparableClaim, CompareOptions } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const count = (n: number): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true });
const share = (n: number): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true, unit: "%" });
const claim = (id: string, quote: string, value: ClaimValue, publishedAt: string, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", publishedAt, outlet: `Outlet ${id}`, ...rest });
const tallied: CompareOptions = { canChangeOverTime: true, tallied: true };
const moving: CompareOptions = { canChangeOverTime: true };

describe("two named sources giving different figures of one vote's count a few days apart", () => {
  test.each([
    {
      label: "English: the returning officer's spoiled ballots against a party's count two days later",
      a: claim("a", "only 31 ballots", count(31), "2029-04-02", { attribution: "the returning officer" }),
      b: claim("b", "more than 900 spoiled ballots", { kind: "quantity", min: 900, max: null, minInclusive: false, maxInclusive: false }, "2029-04-04", { attribution: "the Liberal party" }),
      options: tallied,
      kind: "conflicting",
    },
    {
      label: "German: seats of one preliminary result, a day apart, by the state returning office and a party",
      a: claim("a", "die Grünen 17 Mandate", count(17), "2029-09-24", { attribution: "Landeswahlleiterin", figureStatus: "provisional" }),
      b: claim("b", "18 Sitze", count(18), "2029-09-25", { attribution: "Parteizentrale der Grünen", figureStatus: "provisional" }),
      options: tallied,
      kind: "conflicting",
    },
    {
      label: "German: a projection named in its source against the preliminary result is an update (extraction reads the stage from the name)",
      a: claim("a", "auf 44 Sitze", count(44), "2029-09-23", { attribution: "Hochrechnung eines Fernsehsenders", figureStatus: "projection" }),
      b: claim("b", "46 Sitze", count(46), "2029-09-24", { attribution: "vorläufiges Endergebnis der Wahlleitung", figureStatus: "provisional" }),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "English: the sentence's stage decides before the source's name (preliminary against final)",
      a: claim("a", "12 seats", count(12), "2029-05-07", { attribution: "the electoral board", figureStatus: "provisional" }),
      b: claim("b", "11 seats", count(11), "2029-05-09", { attribution: "the county clerk", figureStatus: "final" }),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "German: two reports of the final result, two days apart, giving a party other shares",
      a: claim("a", "28,4 Prozent", share(28.4), "2029-09-26", { figureStatus: "final" }),
      b: claim("b", "29,1 Prozent", share(29.1), "2029-09-28", { attribution: "Landeswahlleiter", figureStatus: "final" }),
      options: tallied,
      kind: "conflicting",
    },
    {
      label: "English: the final result against a share whose stage is unsaid is left to the day",
      a: claim("a", "41.2%", share(41.2), "2029-05-08", { figureStatus: "final" }),
      b: claim("b", "40.6%", share(40.6), "2029-05-07"),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "English: one source's own later figure is a revision, not a dispute",
      a: claim("a", "4,210 postal votes", count(4210), "2029-05-07", { attribution: "the electoral commission" }),
      b: claim("b", "4,380 postal votes", count(4380), "2029-05-08", { attribution: "electoral commission" }),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "German: a share of the vote moves with each batch counted",
      a: claim("a", "38,2 Prozent", share(38.2), "2029-09-24", { attribution: "Wahlamt" }),
      b: claim("b", "37,9 Prozent", share(37.9), "2029-09-25", { attribution: "Stadtverwaltung" }),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "English: an outlet's own figure, credited to no source, may be an earlier stage",
      a: claim("a", "23 seats", count(23), "2029-05-07"),
      b: claim("b", "24 seats", count(24), "2029-05-08", { attribution: "the electoral board" }),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "German: reports a week apart are another stage of the count",
      a: claim("a", "31 ungültige Stimmzettel", count(31), "2029-09-24", { attribution: "Wahlleiter" }),
      b: claim("b", "mehr als 900 ungültige Stimmen", count(900), "2029-10-01", { attribution: "Opposition" }),
      options: tallied,
      kind: "changed-over-time",
    },
    {
      label: "English: a count that is no vote's (people sheltering) moves from day to day",
      a: claim("a", "1,200 people", count(1200), "2029-05-07", { attribution: "the mayor" }),
      b: claim("b", "800 people", count(800), "2029-05-08", { attribution: "the Red Cross" }),
      options: moving,
      kind: "changed-over-time",
    },
    {
      label: "German: a figure its sentence dates to another day keeps its day",
      a: claim("a", "bis Montag 3.100 Briefwahlstimmen", count(3100), "2029-09-25", { attribution: "Wahlamt", asOf: { from: "2029-09-24", to: "2029-09-24" } }),
      b: claim("b", "4.000 Briefwahlstimmen", count(4000), "2029-09-26", { attribution: "Bürgerinitiative" }),
      options: tallied,
      kind: "changed-over-time",
    },
  ])("$label: $kind", ({ a, b, options, kind }) => {
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("the reason names both sources and why the days do not part them", () => {
    const a = claim("a", "only 31 ballots", count(31), "2029-04-02", { attribution: "the returning officer" });
    const b = claim("b", "950 ballots", count(950), "2029-04-04", { attribution: "the Liberal party" });
    expect(compareClaims(a, b, tallied).reason).toBe(
      "'only 31 ballots' (31) and '950 ballots' (950) cannot both be true: reports of 2 April 2029 and 4 April 2029 (by the returning officer and the Liberal party), neither dating its figure, tell of one stage of a vote's count, whose figure does not change with the day it is printed: one is 31, the other 950.",
    );
  });
});
