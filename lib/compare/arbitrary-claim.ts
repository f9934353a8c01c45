import fc from "fast-check";
import type { ClaimValue } from "@/lib/claims/schema";
import { readScopeMarks } from "./read-scope-marks";
import type { ComparableClaim } from "./schema";

// Test support: random claims drawn from small pools, so that equal bounds, shared places and
// shared dates (the edge cases) come up often.

const bound = fc.option(fc.integer({ min: -3, max: 12 }).map((x) => x * 1000), { nil: null });

const quantity = fc
  .record({
    a: bound,
    b: bound,
    minInclusive: fc.boolean(),
    maxInclusive: fc.boolean(),
    unit: fc.option(fc.constantFrom("EUR", "%", "pp"), { nil: undefined }),
  })
  .map(({ a, b, unit, ...flags }): ClaimValue => {
    const [min, max] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { kind: "quantity", min, max, ...flags, ...(unit ? { unit } : {}) };
  });

const isoDay = fc.constantFrom("2024-06-01", "2024-06-19", "2024-06-30", "2024-07-01", "2024-10-23", "2025-01-01");
const precision = fc.constantFrom("day", "month", "year") as fc.Arbitrary<"day" | "month" | "year">;
const date = fc
  .tuple(isoDay, isoDay, precision)
  .map(([x, y, p]): ClaimValue => ({ kind: "date", from: x < y ? x : y, to: x < y ? y : x, precision: p }));

const text = fc
  .constantFrom("Ministry", "ministry", "fire brigade", "Südstadt", "Sudstadt")
  .map((t): ClaimValue => ({ kind: "text", text: t }));

const unmarkedClaim: fc.Arbitrary<Omit<ComparableClaim, "subset" | "rate">> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  value: fc.oneof(quantity, date, text),
  place: fc.constantFrom(null, undefined, "ES", "ES/Valencia", "ES/Sevilla", "?/North District"),
  asOf: fc.constantFrom(null, undefined, { from: "2024-10-23", to: "2024-10-23" }, { from: "2024-10-20", to: "2024-11-05" }, { from: "2024-11-05", to: "2024-11-05" }),
  counted: fc.constantFrom(null, undefined, "injured children", "dead", "dead+injured"),
  qualifiers: fc.constantFrom(null, undefined, [], ["SPD"], ["spd"], ["change"], ["SPD", "provisional"]),
  attribution: fc.constantFrom(null, undefined, "Anna Beispiel", "laut Anna Beispiel", "police"),
  certainty: fc.constantFrom("stated", "reported", "hedged", "denied") as fc.Arbitrary<ComparableClaim["certainty"]>,
  figureStatus: fc.constantFrom(null, undefined, "projection", "provisional", "planned", "final") as fc.Arbitrary<ComparableClaim["figureStatus"]>,
  quote: fc.constantFrom("fast 10.000", "mehr als 10.000", "im Juni", "Ministry"),
  outlet: fc.constantFrom(null, undefined, "Regio-Kurier", "Northgate Herald"),
  publishedAt: fc.constantFrom(null, undefined, "2024-10-30", "2024-11-05T08:00:00+01:00"),
});

/** A random claim with the scope marks its builder would read from its words (see readScopeMarks). */
export const arbitraryClaim: fc.Arbitrary<ComparableClaim> = unmarkedClaim.map((claim) => ({ ...claim, ...readScopeMarks(claim) }));
