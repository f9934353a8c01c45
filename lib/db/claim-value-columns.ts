import type { AsOf, ClaimValue } from "../claims/schema";

/** The typed columns of `claim` that hold a normalized value (see the `claim_value_shape` check). */
export type ClaimValueColumns<N = { toString(): string } | number> = {
  valueKind: "quantity" | "date" | "entity" | "text";
  minValue: N | null;
  maxValue: N | null;
  minInclusive: boolean | null;
  maxInclusive: boolean | null;
  unit: string | null;
  dateFrom: Date | null;
  dateTo: Date | null;
  datePrecision: "day" | "month" | "year" | null;
  valueText: string | null;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const toNumber = (value: ClaimValueColumns["minValue"]) => (value === null ? null : Number(value.toString()));

/** Reads a claim's value back from its columns; throws when they break the value-shape rule. */
export function claimValueFromColumns(row: ClaimValueColumns): ClaimValue {
  if (row.valueKind === "quantity") {
    return {
      kind: "quantity",
      min: toNumber(row.minValue),
      max: toNumber(row.maxValue),
      minInclusive: row.minInclusive ?? true,
      maxInclusive: row.maxInclusive ?? true,
      ...(row.unit ? { unit: row.unit } : {}),
    };
  }
  if (row.valueKind === "date") {
    if (!row.dateFrom || !row.dateTo || !row.datePrecision) {
      throw new Error("date claim without its date range");
    }
    return { kind: "date", from: isoDate(row.dateFrom), to: isoDate(row.dateTo), precision: row.datePrecision };
  }
  if (row.valueText === null) throw new Error("text claim without its text");
  return { kind: "text", text: row.valueText };
}

/** The columns that store `value`; every other value column is set to null. */
export function claimValueToColumns(
  value: ClaimValue,
  textKind: "entity" | "text" = "text",
): ClaimValueColumns<number> {
  // Each shape written out whole, without spreading a shared object of nulls: an extraction builds
  // 20,000 of these, and a spread in a literal is copied key by key.
  switch (value.kind) {
    case "quantity":
      return {
        valueKind: "quantity",
        minValue: value.min,
        maxValue: value.max,
        minInclusive: value.minInclusive,
        maxInclusive: value.maxInclusive,
        unit: value.unit ?? null,
        dateFrom: null,
        dateTo: null,
        datePrecision: null,
        valueText: null,
      };
    case "date":
      return {
        valueKind: "date",
        minValue: null,
        maxValue: null,
        minInclusive: null,
        maxInclusive: null,
        unit: null,
        dateFrom: new Date(`${value.from}T00:00:00Z`),
        dateTo: new Date(`${value.to}T00:00:00Z`),
        datePrecision: value.precision,
        valueText: null,
      };
    case "text":
      return {
        valueKind: textKind,
        minValue: null,
        maxValue: null,
        minInclusive: null,
        maxInclusive: null,
        unit: null,
        dateFrom: null,
        dateTo: null,
        datePrecision: null,
        valueText: value.text,
      };
  }
}

/** The columns that store a figure's as-of days and, when its words name one, its time of day. */
export function asOfToColumns(asOf: AsOf | null | undefined): { asOf: Date | null; asOfTo: Date | null; asOfTime: string | null } {
  if (!asOf) return { asOf: null, asOfTo: null, asOfTime: null };
  return { asOf: new Date(`${asOf.from}T00:00:00Z`), asOfTo: new Date(`${asOf.to}T00:00:00Z`), asOfTime: asOf.time ?? null };
}

/** A figure's as-of days from their columns; one day when only the first is set (a person's claim). */
export function asOfFromColumns(row: { asOf: Date | null; asOfTo: Date | null; asOfTime?: string | null }): AsOf | null {
  if (!row.asOf) return null;
  const from = isoDate(row.asOf);
  const to = row.asOfTo ? isoDate(row.asOfTo) : from;
  return row.asOfTime ? { from, to, time: row.asOfTime } : { from, to };
}
