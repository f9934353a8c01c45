import { describe, expect, test } from "vitest";
import type { DatePrecision, DateValue } from "@/lib/claims/schema";
import { compareDates } from "./compare-dates";

const date = (from: string, to: string, precision: DatePrecision): DateValue => ({ kind: "date", from, to, precision });
const june = date("2024-06-01", "2024-06-30", "month");
const june19 = date("2024-06-19", "2024-06-19", "day");
const year = date("2024-01-01", "2024-12-31", "year");

describe("compareDates", () => {
  test.each([
    { label: "Same day", a: june19, b: june19, relation: "identical", why: "19 June 2024" },
    { label: "The day falls within the month", a: june, b: june19, relation: "overlapping", why: "the day falls within the month" },
    { label: "The month falls within the year", a: june, b: year, relation: "overlapping", why: "the month falls within the year" },
    {
      label: "A day range within a month",
      a: date("2024-06-10", "2024-06-20", "day"),
      b: june,
      relation: "overlapping",
      why: "10 June 2024 to 20 June 2024 lies within June 2024",
    },
    {
      label: "Periods overlapping partly",
      a: date("2024-06-10", "2024-06-20", "day"),
      b: date("2024-06-15", "2024-06-25", "day"),
      relation: "overlapping",
      why: "their periods overlap from 15 June 2024 to 20 June 2024",
    },
    { label: "Day before the month", a: date("2024-07-01", "2024-07-31", "month"), b: june19, relation: "disjoint", why: "19 June 2024 is before July 2024" },
  ])("$label", ({ a, b, relation, why }) => {
    expect(compareDates(a, b)).toMatchObject({ relation, why });
    expect(compareDates(b, a).relation).toBe(relation);
  });

  test.each([
    { label: "Adjacent days are barely apart", a: date("2024-06-30", "2024-06-30", "day"), b: date("2024-07-01", "2024-07-01", "day"), separation: 1 / 31 },
    { label: "A month apart is half-way", a: date("2024-06-01", "2024-06-01", "day"), b: date("2024-07-01", "2024-07-01", "day"), separation: 0.5 },
  ])("separation — $label", ({ a, b, separation }) => {
    expect(compareDates(a, b).separation).toBeCloseTo(separation);
  });
});
