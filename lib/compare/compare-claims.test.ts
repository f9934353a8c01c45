import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { arbitraryClaim } from "./arbitrary-claim";
import { compareClaims } from "./compare-claims";
import { type ComparableClaim, comparableClaimSchema } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (min: number | null, max: number | null, minInclusive = true, maxInclusive = true): ClaimValue => ({
  kind: "quantity",
  min,
  max,
  minInclusive,
  maxInclusive,
});
const claim = (id: string, quote: string, value: ClaimValue, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", ...rest });

const almost = claim("almost", "fast 10.000", q(9000, 10000, true, false));
const moreThan = claim("more", "mehr als 10.000", q(10000, null, false));
const about = claim("about", "about 9,500", q(9000, 10000));
const city = claim("city", "etwa 8.000", q(7500, 8500), { place: "ES/Valencia" });
const june = claim("june", "im Juni 2024", { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" });
const june19 = claim("june19", "am 19. Juni 2024", { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" });
const july = claim("july", "im Juli 2024", { kind: "date", from: "2024-07-01", to: "2024-07-31", precision: "month" });
const text = (id: string, t: string) => claim(id, t, { kind: "text", text: t });
const fixed = { canChangeOverTime: false };
const changing = { canChangeOverTime: true };

describe("compareClaims", () => {
  test.each([
    {
      label: "Identical: same interval",
      a: almost,
      b: claim("almost2", "almost 10,000", q(9000, 10000, true, false)),
      options: fixed,
      kind: "identical",
      reason: "'fast 10.000' and 'almost 10,000' give the same value: 9,000 to under 10,000.",
    },
    {
      label: "Compatible: overlapping ranges",
      a: about,
      b: almost,
      options: fixed,
      kind: "compatible",
      reason:
        "'about 9,500' (9,000 to 10,000) and 'fast 10.000' (9,000 to under 10,000) can both be true: their ranges overlap between 9,000 and 10,000.",
    },
    {
      label: "Compatible: a figure inside a range",
      a: claim("exact", "genau 9.500", q(9500, 9500)),
      b: almost,
      options: fixed,
      kind: "compatible",
      reason: "'genau 9.500' (9,500) and 'fast 10.000' (9,000 to under 10,000) can both be true: 9,500 lies within 9,000 to under 10,000.",
    },
    {
      label: "Conflicting: touching bounds that exclude each other",
      a: almost,
      b: moreThan,
      options: fixed,
      kind: "conflicting",
      reason:
        "'fast 10.000' (9,000 to under 10,000) and 'mehr als 10.000' (over 10,000) cannot both be true: one is below 10,000, the other above.",
    },
    {
      label: "Conflicting: two exact figures (a quote that is its value is not repeated)",
      a: claim("8k", "8.000", q(8000, 8000)),
      b: claim("10k", "10.000", q(10000, 10000)),
      options: fixed,
      kind: "conflicting",
      reason: "'8.000' and '10.000' cannot both be true: one is 8,000, the other 10,000.",
    },
    {
      label: "Compatible: closed bounds that touch share their value",
      a: claim("upto", "bis zu 10.000", q(null, 10000)),
      b: claim("atleast", "mindestens 10.000", q(10000, null)),
      options: fixed,
      kind: "compatible",
      reason: "'bis zu 10.000' (at most 10,000) and 'mindestens 10.000' (at least 10,000) can both be true: both allow 10,000.",
    },
    {
      label: "Different scope: a city's figure is a part of the event's whole",
      a: city,
      b: moreThan,
      options: fixed,
      kind: "different-scope",
      reason:
        "'etwa 8.000' (7,500 to 8,500) counts only Valencia, a part; it is not a contradiction of 'mehr als 10.000' (over 10,000), a figure for the whole event.",
    },
    {
      label: "Different scope: a city's figure is a part of its country, the facet's whole",
      a: city,
      b: moreThan,
      options: { ...fixed, wholePlace: "ES" },
      kind: "different-scope",
      reason: "'etwa 8.000' (7,500 to 8,500) counts only Valencia, a part; it is not a contradiction of 'mehr als 10.000' (over 10,000), a figure for Spain.",
    },
    {
      label: "Conflicting: a part that exceeds its whole at the same time",
      a: claim("part", "5.000 allein in Valencia", q(5000, 5000), { place: "ES/Valencia" }),
      b: claim("whole", "2.000 in ganz Spanien", q(2000, 2000), { place: "ES" }),
      options: changing,
      kind: "conflicting",
      reason:
        "'5.000 allein in Valencia' (5,000) and '2.000 in ganz Spanien' (2,000) cannot both be true: 5,000 in Valencia alone is more than 2,000 for Spain, which contains it.",
    },
    {
      label: "Different scope: figures for two places apart",
      a: city,
      b: claim("other", "3.000 in Sevilla", q(3000, 3000), { place: "ES/Sevilla" }),
      options: fixed,
      kind: "different-scope",
      reason:
        "'etwa 8.000' (7,500 to 8,500) is about Valencia and '3.000 in Sevilla' (3,000) about Sevilla: figures for different places do not contradict each other.",
    },
    {
      label: "Different scope: each actor dates their own act",
      a: claim("c1", "am 3. Mai", { kind: "date", from: "2025-05-03", to: "2025-05-03", precision: "day" }, { attribution: "Regierung" }),
      b: claim("c2", "on 5 May", { kind: "date", from: "2025-05-05", to: "2025-05-05", precision: "day" }, { attribution: "opposition" }),
      options: { ...fixed, byActor: true },
      kind: "different-scope",
      reason: "'am 3. Mai' (3 May 2025) dates what Regierung did and 'on 5 May' (5 May 2025) what opposition did: each answers for its own actor.",
    },
    {
      label: "Different scope: a different counted thing",
      a: claim("combat", "3.000 im Kampf", q(3000, 3000), { counted: "combat troops" }),
      b: moreThan,
      options: fixed,
      kind: "different-scope",
      reason:
        "'3.000 im Kampf' (3,000) counts combat troops and 'mehr als 10.000' (over 10,000) counts what the facet asks about: they measure different things.",
    },
    {
      label: "Different scope: different units",
      a: claim("pct", "3 Prozent", { ...q(3, 3), unit: "%" } as ClaimValue),
      b: claim("eur", "3 Milliarden Euro", { ...q(3e9, 3e9), unit: "EUR" } as ClaimValue),
      options: fixed,
      kind: "different-scope",
      reason: "'3 Prozent' (3) is in % and '3 Milliarden Euro' (3,000,000,000) in EUR: figures in different units do not contradict each other.",
    },
    {
      label: "Different scope: a share and a count",
      a: claim("pct", "44,7 Prozent", { ...q(44.7, 44.7), unit: "%" } as ClaimValue),
      b: claim("count", "52.750", q(52750, 52750)),
      options: fixed,
      kind: "different-scope",
      reason: "'44,7 Prozent' (44.7) is a share and '52.750' a count: a share does not contradict a count.",
    },
    {
      label: "Compatible: the day falls within the month",
      a: june,
      b: june19,
      options: fixed,
      kind: "compatible",
      reason: "'im Juni 2024' (June 2024) and 'am 19. Juni 2024' (19 June 2024) can both be true: the day falls within the month.",
    },
    {
      label: "Conflicting: different months",
      a: june19,
      b: july,
      options: fixed,
      kind: "conflicting",
      reason: "'am 19. Juni 2024' (19 June 2024) and 'im Juli 2024' (July 2024) cannot both be true: 19 June 2024 is before July 2024.",
    },
    {
      label: "Identical: texts equal after normalization",
      a: text("t1", "Anna-Lena Müller"),
      b: text("t2", "anna lena muller"),
      options: fixed,
      kind: "identical",
      reason: "'Anna-Lena Müller' and 'anna lena muller' give the same value: Anna-Lena Müller (ignoring case, accents and punctuation).",
    },
    {
      label: "Conflicting: different texts",
      a: text("t1", "Innenministerium"),
      b: text("t2", "Bürgermeisterin Anna Beispiel"),
      options: fixed,
      kind: "conflicting",
      reason: "'Innenministerium' and 'Bürgermeisterin Anna Beispiel' cannot both be true: they give different answers.",
    },
    {
      label: "Changed over time: conflicting figures on different as-of days",
      a: { ...almost, asOf: { from: "2024-10-23", to: "2024-10-23" } },
      b: { ...moreThan, publishedAt: "2024-12-01T09:00:00+01:00" },
      options: changing,
      kind: "changed-over-time",
      reason:
        "'fast 10.000' (9,000 to under 10,000, as of 23 October 2024) and 'mehr als 10.000' (over 10,000, published 1 December 2024) differ, but they describe different days and the figure can change over time: one is below 10,000, the other above.",
    },
    {
      label: "Changed over time: a toll rising over days",
      a: claim("tue", "95 Tote", q(95, 95), { asOf: { from: "2024-10-29", to: "2024-10-29" } }),
      b: claim("thu", "205 Tote", q(205, 205), { asOf: { from: "2024-10-31", to: "2024-10-31" } }),
      options: { ...changing, cumulative: true },
      kind: "changed-over-time",
      reason:
        "'95 Tote' (95, as of 29 October 2024) and '205 Tote' (205, as of 31 October 2024) differ, but they describe different days and the figure can change over time: one is 95, the other 205.",
    },
    {
      label: "Conflicting: a cumulative count that falls later for the same place",
      a: claim("tue", "sechs Tote", q(6, 6), { asOf: { from: "2024-10-29", to: "2024-10-29" } }),
      b: claim("wed", "fünf Tote", q(5, 5), { asOf: { from: "2024-10-30", to: "2024-10-30" } }),
      options: { ...changing, cumulative: true },
      kind: "conflicting",
      reason:
        "'sechs Tote' (6, as of 29 October 2024) and 'fünf Tote' (5, as of 30 October 2024) cannot both be true: the count only grows, yet the later figure is lower than the earlier one: one is 5, the other 6.",
    },
    {
      label: "Changed over time: a week's figure and a day inside it hold as of different days",
      a: { ...almost, asOf: { from: "2024-10-20", to: "2024-10-26" } },
      b: { ...moreThan, asOf: { from: "2024-10-23", to: "2024-10-23" } },
      options: changing,
      kind: "changed-over-time",
      reason:
        "'fast 10.000' (9,000 to under 10,000, as of 20 October 2024 to 26 October 2024) and 'mehr als 10.000' (over 10,000, as of 23 October 2024) differ, but they describe different periods and the figure can change over time: one is below 10,000, the other above.",
    },
    {
      label: "Changed over time: a count since Monday covers more than Monday's alone",
      a: claim("mon", "87 Festnahmen", q(87, 87), { asOf: { from: "2025-02-03", to: "2025-02-03" } }),
      b: claim("since", "insgesamt 143 Festnahmen", q(143, 143), { asOf: { from: "2025-02-03", to: "2025-02-05" } }),
      options: { ...changing, cumulative: true },
      kind: "changed-over-time",
      reason:
        "'87 Festnahmen' (87, as of 3 February 2025) and 'insgesamt 143 Festnahmen' (143, as of 3 February 2025 to 5 February 2025) differ, but they describe different periods and the figure can change over time: one is 87, the other 143.",
    },
    {
      label: "Conflicting: a cumulative count over a period lower than the count of its last day alone",
      a: claim("since", "seit Montag 120 Festnahmen", q(120, 120), { asOf: { from: "2025-02-03", to: "2025-02-05" } }),
      b: claim("wed", "150 Festnahmen", q(150, 150), { publishedAt: "2025-02-05" }),
      options: { ...changing, cumulative: true },
      kind: "conflicting",
      reason:
        "'seit Montag 120 Festnahmen' (120, as of 3 February 2025 to 5 February 2025) and '150 Festnahmen' (150, published 5 February 2025) cannot both be true: the count only grows, yet the later figure is lower than the earlier one: one is 120, the other 150.",
    },
    {
      label: "Still conflicting when the facet cannot change over time",
      a: { ...almost, asOf: { from: "2024-10-23", to: "2024-10-23" } },
      b: { ...moreThan, asOf: { from: "2024-12-01", to: "2024-12-01" } },
      options: fixed,
      kind: "conflicting",
      reason:
        "'fast 10.000' (9,000 to under 10,000) and 'mehr als 10.000' (over 10,000) cannot both be true: one is below 10,000, the other above.",
    },
    {
      label: "Still conflicting when both hold on the same day",
      a: { ...almost, asOf: { from: "2024-10-23", to: "2024-10-23" } },
      b: { ...moreThan, publishedAt: "2024-10-23" },
      options: changing,
      kind: "conflicting",
      reason:
        "'fast 10.000' (9,000 to under 10,000) and 'mehr als 10.000' (over 10,000) cannot both be true: one is below 10,000, the other above.",
    },
    {
      label: "Conflicting: one denies what the other asserts",
      a: claim("sent", "schickte 10.000", q(10000, 10000)),
      b: claim("denied", "bestreitet 10.000", q(10000, 10000), { certainty: "denied" }),
      options: fixed,
      kind: "conflicting",
      reason: "'schickte 10.000' (10,000) and 'bestreitet 10.000' (10,000) cannot both be true: 'bestreitet 10.000' denies what 'schickte 10.000' asserts.",
    },
    {
      label: "Compatible: denying a value the other does not claim",
      a: claim("8k", "8.000", q(8000, 8000)),
      b: claim("denied", "bestreitet 10.000", q(10000, 10000), { certainty: "denied" }),
      options: fixed,
      kind: "compatible",
      reason: "'8.000' and 'bestreitet 10.000' (10,000) can both be true: 'bestreitet 10.000' denies a value that '8.000' does not claim.",
    },
    {
      label: "Compatible: two denials of different values",
      a: claim("d1", "nicht 8.000", q(8000, 8000), { certainty: "denied" }),
      b: claim("d2", "nicht 10.000", q(10000, 10000), { certainty: "denied" }),
      options: fixed,
      kind: "compatible",
      reason: "'nicht 8.000' (8,000) and 'nicht 10.000' (10,000) can both be true: both are denials, and denying two different values is no contradiction.",
    },
    {
      label: "Different scope: two parties' seats in one election",
      a: claim("spd", "the SPD will hold 29", q(29, 29), { qualifiers: ["SPD"] }),
      b: claim("cdu", "the CDU 25", q(25, 25), { qualifiers: ["CDU"] }),
      options: changing,
      kind: "different-scope",
      reason: "'the SPD will hold 29' (29) is qualified by spd and 'the CDU 25' (25) by cdu: they count different things.",
    },
    {
      label: "Different scope: the provisional and the final result are different counts",
      a: claim("prov", "vorläufig 29 Sitze", q(29, 29), { qualifiers: ["SPD", "provisional"] }),
      b: claim("final", "28 Sitze", q(28, 28), { qualifiers: ["SPD"] }),
      options: changing,
      kind: "different-scope",
      reason: "'vorläufig 29 Sitze' (29) is qualified by provisional, spd and '28 Sitze' (28) by spd: they count different things.",
    },
    {
      label: "Conflicting: one party's share from two institutes, qualifiers written differently",
      a: claim("a", "SPD 28,5 Prozent", q(28.5, 28.5, true, true), { qualifiers: ["SPD"] }),
      b: claim("b", "the SPD at 29.5%", q(29.5, 29.5, true, true), { qualifiers: ["spd"] }),
      options: changing,
      kind: "conflicting",
      reason: "'SPD 28,5 Prozent' (28.5) and 'the SPD at 29.5%' (29.5) cannot both be true: one is 28.5, the other 29.5.",
    },
    {
      label: "Different scope: a change is no rival of a level",
      a: claim("level", "€52bn", q(52e9, 52e9)),
      b: claim("change", "by €2bn", q(2e9, 2e9), { qualifiers: ["change"] }),
      options: changing,
      kind: "different-scope",
      reason: "'by €2bn' (2,000,000,000) is a change and '€52bn' (52,000,000,000) a level: a change does not contradict a level.",
    },
    {
      label: "Different scope: percent and percentage points",
      a: claim("pct", "27,0 Prozent", { ...q(27, 27), unit: "%" } as ClaimValue),
      b: claim("pp", "1.5 points", { ...q(1.5, 1.5), unit: "pp" } as ClaimValue),
      options: changing,
      kind: "different-scope",
      reason: "'27,0 Prozent' (27) is in % and '1.5 points' (1.5) in pp: figures in different units do not contradict each other.",
    },
    {
      label: "Different scope: a district's share may top the whole city's (shares do not add up)",
      a: claim("district", "more than 40 percent", { ...q(40, null, false), unit: "%" } as ClaimValue, { place: "AT/Graz/Andritz" }),
      b: claim("city", "just over 31 percent", { ...q(31, 34.1, false), unit: "%" } as ClaimValue, { place: null }),
      options: changing,
      kind: "different-scope",
      reason: "'more than 40 percent' (over 40) counts only Graz/Andritz, a part; it is not a contradiction of 'just over 31 percent' (over 31 to 34.1), a figure for the whole event.",
    },
    {
      label: "Different scope: a combined count is no rival of its part",
      a: claim("both", "30 Tote und Verletzte", q(30, 30), { counted: "dead+injured" }),
      b: claim("dead", "zwölf Tote", q(12, 12), { counted: "dead" }),
      options: changing,
      kind: "different-scope",
      reason: "'zwölf Tote' (12) counts dead, a part of what '30 Tote und Verletzte' (30) counts together (dead+injured): it is not a contradiction of it.",
    },
    {
      label: "Conflicting: a part that exceeds the combined count at the same time",
      a: claim("both", "30 Tote und Verletzte", q(30, 30), { counted: "dead+injured" }),
      b: claim("dead", "50 Tote", q(50, 50), { counted: "dead" }),
      options: changing,
      kind: "conflicting",
      reason: "'50 Tote' (50) and '30 Tote und Verletzte' (30) cannot both be true: 50 dead alone is more than 30 dead+injured, which counts them too.",
    },
    {
      label: "Compatible: hedged figures whose ranges overlap agree",
      a: claim("about", "about 2,000", q(1800, 2200)),
      b: claim("more", "more than 1,800", q(1800, null, false)),
      options: changing,
      kind: "compatible",
      reason: "'about 2,000' (1,800 to 2,200) and 'more than 1,800' (over 1,800) can both be true: their ranges overlap between 1,800 and 2,200.",
    },
    {
      label: "Compatible: a round figure agrees with the exact one it rounds",
      a: claim("round", "1.5 million voters", q(1_500_000, 1_500_000)),
      b: claim("exact", "1,482,000 voters", q(1_482_000, 1_482_000)),
      options: changing,
      kind: "compatible",
      reason:
        "'1.5 million voters' (1,500,000) and '1,482,000 voters' (1,482,000) can both be true: '1.5 million voters' is rounded and stands for 1,450,000 to 1,550,000: 1,482,000 lies within 1,450,000 to 1,550,000.",
    },
    {
      label: "Conflicting: an exact figure beyond what the round one allows",
      a: claim("round", "1.5 million voters", q(1_500_000, 1_500_000)),
      b: claim("exact", "1,420,000 voters", q(1_420_000, 1_420_000)),
      options: changing,
      kind: "conflicting",
      reason: "'1.5 million voters' (1,500,000) and '1,420,000 voters' (1,420,000) cannot both be true: one is 1,420,000, the other 1,500,000.",
    },
    {
      label: "Different scope: a date and a number",
      a: june,
      b: moreThan,
      options: fixed,
      kind: "different-scope",
      reason: "'im Juni 2024' (June 2024) is a date and 'mehr als 10.000' (over 10,000) a number: they answer different questions.",
    },
  ])("$label", ({ a, b, options, kind, reason }) => {
    expect(compareClaims(a, b, options)).toEqual({ a: a.id, b: b.id, kind, reason });
  });

  test("fixtures are valid claims", () => {
    for (const c of [almost, moreThan, about, city, june, june19, july]) expect(comparableClaimSchema.parse(c)).toEqual(c);
  });

  test.each([
    { options: fixed },
    { options: changing },
    { options: { ...changing, cumulative: true, wholePlace: "ES" } },
    { options: { ...fixed, byActor: true } },
  ])("kind is symmetric ($options)", ({ options }) => {
    fc.assert(
      fc.property(arbitraryClaim, arbitraryClaim, (a, b) => {
        expect(compareClaims(a, b, options).kind).toBe(compareClaims(b, a, options).kind);
      }),
      { numRuns: 2000 },
    );
  });

  test("a claim is always identical to itself", () => {
    fc.assert(
      fc.property(arbitraryClaim, fc.boolean(), (c, canChangeOverTime) => {
        expect(compareClaims(c, c, { canChangeOverTime }).kind).toBe("identical");
      }),
    );
  });

  test("every generated claim is valid and every reason is one sentence", () => {
    fc.assert(
      fc.property(arbitraryClaim, arbitraryClaim, (a, b) => {
        expect(comparableClaimSchema.safeParse(a).success).toBe(true);
        expect(compareClaims(a, b, changing).reason).toMatch(/^'.*\.$/s);
      }),
    );
  });
});
