import { describe, expect, test } from "vitest";
import { comparableClaimSchema } from "./schema";

const valid = {
  id: "c1",
  value: { kind: "quantity", min: 10000, max: null, minInclusive: false, maxInclusive: false },
  certainty: "reported",
  quote: "mehr als 10.000",
  subset: false,
  rate: false,
};

describe("comparableClaimSchema", () => {
  test.each([
    { label: "Minimal claim", input: valid, ok: true },
    { label: "With scope, dates and claimant", input: { ...valid, place: "ES/Valencia", asOf: { from: "2024-10-23", to: "2024-10-23" }, attribution: "ministry", outlet: "Dorfbote", publishedAt: "2024-11-05T08:00:00+01:00" }, ok: true },
    { label: "Nulls for the optional fields", input: { ...valid, place: null, asOf: null, counted: null, attribution: null, outlet: null, publishedAt: null }, ok: true },
    { label: "Without the scope marks its builder reads (see readScopeMarks)", input: { ...valid, subset: undefined, rate: undefined }, ok: false },
    { label: "Unknown certainty", input: { ...valid, certainty: "rumoured" }, ok: false },
    { label: "As-of that is not an ISO date", input: { ...valid, asOf: { from: "23.10.2024", to: "23.10.2024" } }, ok: false },
    { label: "As-of that ends before it starts", input: { ...valid, asOf: { from: "2024-10-23", to: "2024-10-01" } }, ok: false },
    { label: "Empty quote", input: { ...valid, quote: "" }, ok: false },
    { label: "Reversed interval", input: { ...valid, value: { ...valid.value, min: 5, max: 1 } }, ok: false },
  ])("$label", ({ input, ok }) => {
    expect(comparableClaimSchema.safeParse(input).success).toBe(ok);
  });
});
