import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import { happeningOf } from "./happening-of";
import type { ComparableClaim, CompareOptions } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const n = (value: number, unit?: string): ClaimValue => ({ kind: "quantity", min: value, max: value, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });
const claim = (id: string, quote: string, value: ClaimValue, publishedAt: string, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", publishedAt, outlet: `Outlet ${id}`, ...rest });
const march: CompareOptions = { canChangeOverTime: true, settled: true };
const vote: CompareOptions = { canChangeOverTime: true, tallied: true };
const toll: CompareOptions = { canChangeOverTime: true, cumulative: true };
const day = (d: string) => ({ from: d, to: d });

describe("happeningOf: what a figure holds for", () => {
  test.each([
    { label: "an undated crowd holds for its march", c: claim("a", "12.000 Teilnehmer", n(12000), "2031-06-02"), options: march, over: "one happening that is over" },
    { label: "a crowd its sentence dates holds on that day", c: claim("a", "12,000 on Saturday", n(12000), "2031-06-02", { asOf: day("2031-05-31") }), options: march, over: null },
    { label: "a named source's count of ballots holds for its stage of the vote", c: claim("a", "4.100 Stimmen", n(4100), "2031-06-02", { attribution: "Wahlamt" }), options: vote, over: "one stage of a vote's count" },
    { label: "an outlet's own count of ballots may be any stage", c: claim("a", "4,100 votes", n(4100), "2031-06-02"), options: vote, over: null },
    { label: "a share of the vote moves with each batch counted", c: claim("a", "61,3 Prozent", n(61.3, "%"), "2031-06-02", { attribution: "Wahlamt" }), options: vote, over: null },
    { label: "a toll holds on its day", c: claim("a", "14 dead", n(14), "2031-06-02"), options: toll, over: null },
  ])("$label", ({ c, options, over }) => {
    expect(happeningOf(c, options)?.over).toBe(over);
  });

  test("a fact fixed once, or a figure with no day at all, is placed in no time", () => {
    expect(happeningOf(claim("a", "am 3. Juni", { kind: "date", from: "2031-06-03", to: "2031-06-03", precision: "day" }, "2031-06-02"), { canChangeOverTime: false })).toBeNull();
    expect(happeningOf(withScopeMarks({ id: "a", quote: "14 dead", value: n(14), certainty: "stated" }), toll)).toBeNull();
  });
});

describe("one question: do two figures hold for one happening at one moment?", () => {
  test.each([
    {
      label: "English: a march's crowd by the police and by the organisers, reported two days apart",
      a: claim("a", "some 6,500 marchers", n(6500), "2031-06-02", { attribution: "police" }),
      b: claim("b", "18,000 people", n(18000), "2031-06-04", { attribution: "the organisers" }),
      options: march,
      kind: "conflicting",
    },
    {
      label: "German: a march's crowd by the police and by the organisers, reported two days apart",
      a: claim("a", "rund 6.500 Demonstrierende", n(6500), "2031-06-02", { attribution: "Polizei" }),
      b: claim("b", "18.000 Menschen", n(18000), "2031-06-04", { attribution: "Veranstalter" }),
      options: march,
      kind: "conflicting",
    },
    {
      label: "English: how many voted, by two named sources on election night and the day after",
      a: claim("a", "2.31 million voters", n(2.31e6), "2031-06-01", { attribution: "the electoral commission" }),
      b: claim("b", "2.45 million", n(2.45e6), "2031-06-02", { attribution: "the opposition" }),
      options: vote,
      kind: "conflicting",
    },
    {
      label: "German: how many voted, by two named sources on election night and the day after",
      a: claim("a", "2,31 Millionen Wähler", n(2.31e6), "2031-06-01", { attribution: "Landeswahlleiter" }),
      b: claim("b", "2,45 Millionen", n(2.45e6), "2031-06-02", { attribution: "Opposition" }),
      options: vote,
      kind: "conflicting",
    },
    {
      label: "English: the turnout's share the night and the next day moves with the ballots counted",
      a: claim("a", "58.2%", n(58.2, "%"), "2031-06-01", { attribution: "the electoral commission" }),
      b: claim("b", "59.0%", n(59.0, "%"), "2031-06-02", { attribution: "the opposition" }),
      options: vote,
      kind: "changed-over-time",
    },
    {
      label: "German: a toll rising over the days changed over time",
      a: claim("a", "mindestens 9 Tote", n(9), "2031-06-01"),
      b: claim("b", "23 Todesopfer", n(23), "2031-06-03", { attribution: "Katastrophenschutz" }),
      options: toll,
      kind: "changed-over-time",
    },
    {
      label: "English: a toll falling on a later day cannot be",
      a: claim("a", "23 dead", n(23), "2031-06-01", { attribution: "the coastguard" }),
      b: claim("b", "nine deaths", n(9), "2031-06-03", { attribution: "the governor" }),
      options: toll,
      kind: "conflicting",
    },
    {
      label: "German: the organisers revising their own count a day later",
      a: claim("a", "14.000 Teilnehmer", n(14000), "2031-06-02", { attribution: "Veranstalter" }),
      b: claim("b", "gut 17.000", n(17000), "2031-06-03", { attribution: "die Veranstalter" }),
      options: march,
      kind: "changed-over-time",
    },
    {
      label: "English: an electoral office revising its own count of ballots a day later",
      a: claim("a", "3,980 postal ballots", n(3980), "2031-06-01", { attribution: "the electoral office" }),
      b: claim("b", "4,130 postal ballots", n(4130), "2031-06-02", { attribution: "electoral office" }),
      options: vote,
      kind: "changed-over-time",
    },
    {
      label: "German: a projection against the final result, on one day",
      a: claim("a", "41 Sitze", n(41), "2031-06-02", { attribution: "Sender", figureStatus: "projection" }),
      b: claim("b", "39 Sitze", n(39), "2031-06-02", { attribution: "Wahlamt", figureStatus: "final" }),
      options: vote,
      kind: "changed-over-time",
    },
    {
      label: "English: a projection against the final result, a day apart",
      a: claim("a", "41 seats", n(41), "2031-06-01", { attribution: "a broadcaster", figureStatus: "projection" }),
      b: claim("b", "39 seats", n(39), "2031-06-02", { attribution: "the returning officer", figureStatus: "final" }),
      options: vote,
      kind: "changed-over-time",
    },
    {
      label: "English: a figure saying nothing of its stage is at the same stage as far as the comparer knows",
      a: claim("a", "41 seats", n(41), "2031-06-01", { attribution: "a broadcaster", figureStatus: "provisional" }),
      b: claim("b", "39 seats", n(39), "2031-06-02", { attribution: "the returning officer" }),
      options: vote,
      kind: "conflicting",
    },
  ])("$label: $kind", ({ a, b, options, kind }) => {
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("the reason names the happening, the days, the sources, and why the days do not part them", () => {
    const a = claim("a", "rund 6.500 Demonstrierende", n(6500), "2031-06-02", { attribution: "Polizei" });
    const b = claim("b", "18.000 Menschen", n(18000), "2031-06-04", { attribution: "Veranstalter" });
    expect(compareClaims(a, b, march).reason).toBe(
      "'rund 6.500 Demonstrierende' (6,500) and '18.000 Menschen' (18,000) cannot both be true: reports of 2 June 2031 and 4 June 2031 (by Polizei and Veranstalter), neither dating its figure, tell of one happening that is over, whose figure does not change with the day it is printed: one is 6,500, the other 18,000.",
    );
  });

  test("the reason of a revision names the source", () => {
    const a = claim("a", "14.000 Teilnehmer", n(14000), "2031-06-02", { attribution: "Veranstalter" });
    const b = claim("b", "gut 17.000", n(17000), "2031-06-03", { attribution: "die Veranstalter" });
    expect(compareClaims(a, b, march).reason).toContain("Veranstalter gave one figure and later another: a source revising its own count is no dispute between sources");
  });
});

describe("hours of one day: figures its words time an hour or more apart", () => {
  const at = (d: string, time: string) => ({ from: d, to: d, time });
  test.each([
    {
      label: "German: a live ticker's toll at 10:15 and at 17:40 of one day rose",
      a: claim("a", "neun Tote", n(9), "2031-06-02", { asOf: at("2031-06-02", "10:15"), attribution: "Innenministerium", outlet: "Ticker" }),
      b: claim("b", "zwölf", n(12), "2031-06-02", { asOf: at("2031-06-02", "17:40"), attribution: "Polizei", outlet: "Ticker" }),
      options: toll,
      kind: "changed-over-time",
    },
    {
      label: "English: arrests by the afternoon and by the evening",
      a: claim("a", "three drivers", n(3), "2031-06-02", { asOf: at("2031-06-02", "15:00"), attribution: "police" }),
      b: claim("b", "five drivers", n(5), "2031-06-02", { asOf: at("2031-06-02", "19:00"), attribution: "police" }),
      options: { canChangeOverTime: true },
      kind: "changed-over-time",
    },
    {
      label: "English: a toll that falls later the same day is still flagged",
      a: claim("a", "at least 14 dead", n(14), "2031-06-02", { asOf: at("2031-06-02", "12:00") }),
      b: claim("b", "nine dead", n(9), "2031-06-02", { asOf: at("2031-06-02", "19:00") }),
      options: toll,
      kind: "conflicting",
    },
    {
      label: "German: one source's crowd counted at 15:20 and in the evening grew",
      a: claim("a", "30.000 Personen", n(30000), "2031-06-02", { asOf: at("2031-06-02", "15:20"), attribution: "Polizei", outlet: "Ticker" }),
      b: claim("b", "rund 35.000", n(35000), "2031-06-02", { asOf: at("2031-06-02", "19:00"), attribution: "die Polizei", outlet: "Ticker" }),
      options: march,
      kind: "changed-over-time",
    },
    {
      label: "English: two sources' crowds of one march at different hours still dispute it",
      a: claim("a", "12,000 marchers", n(12000), "2031-06-02", { asOf: at("2031-06-02", "14:00"), attribution: "police" }),
      b: claim("b", "40,000", n(40000), "2031-06-02", { asOf: at("2031-06-02", "18:00"), attribution: "the organisers" }),
      options: march,
      kind: "conflicting",
    },
    {
      label: "English: two projections ten minutes apart are one moment",
      a: claim("a", "20 seats", n(20), "2031-06-02", { asOf: at("2031-06-02", "23:40"), attribution: "Nordvarp TV" }),
      b: claim("b", "18 seats", n(18), "2031-06-02", { asOf: at("2031-06-02", "23:50"), attribution: "Morgunvaktin" }),
      options: vote,
      kind: "conflicting",
    },
    {
      label: "German: a figure without an hour is the whole day, so it meets any hour of it",
      a: claim("a", "neun Tote", n(9), "2031-06-02", { asOf: at("2031-06-02", "10:15") }),
      b: claim("b", "zwölf Tote", n(12), "2031-06-02", { attribution: "Polizei" }),
      options: toll,
      kind: "conflicting",
    },
  ])("$label: $kind", ({ a, b, options, kind }) => {
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("the reason names both hours", () => {
    const a = claim("a", "neun Tote", n(9), "2031-06-02", { asOf: at("2031-06-02", "10:15") });
    const b = claim("b", "zwölf", n(12), "2031-06-02", { asOf: at("2031-06-02", "17:40") });
    const reason = compareClaims(a, b, toll).reason;
    expect(reason).toContain("as of 2 June 2031 at 10:15");
    expect(reason).toContain("as of 2 June 2031 at 17:40");
    expect(reason).toContain("different times of one day");
  });
});
