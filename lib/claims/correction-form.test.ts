import { describe, expect, test } from "vitest";
import { claimCorrectionFormSchema, correctionFromForm, parseBound } from "./correction-form";

const ID = "5f0c6a52-3a49-4a5e-9d0c-3f3f0d5b2a11";
const form = (fields: Record<string, string | undefined>) => claimCorrectionFormSchema.parse({ claimId: ID, expectedVersion: "3", certainty: "stated", ...fields });

describe("parseBound", () => {
  test.each([
    { label: "plain digits", text: "10000", expected: 10000 },
    { label: "German grouping", text: "10.000", expected: 10000 },
    { label: "English grouping", text: "10,000", expected: 10000 },
    { label: "spaces", text: "1 500 000", expected: 1500000 },
    { label: "German decimal", text: "1,5", expected: 1.5 },
    { label: "English decimal", text: "2.25", expected: 2.25 },
    { label: "not a number", text: "1.2.3x", expected: null },
  ])("$label", ({ text, expected }) => expect(parseBound(text)).toBe(expected));
});

describe("correctionFromForm", () => {
  test("a quantity becomes its interval with the bounds as ticked", () => {
    const outcome = correctionFromForm(form({ min: "9.000", max: "10.000", minInclusive: "on", unit: "soldiers" }), "quantity");
    expect(outcome).toMatchObject({ ok: true, input: { value: { kind: "quantity", min: 9000, max: 10000, minInclusive: true, maxInclusive: false, unit: "soldiers" } } });
  });

  test("a blank bound is open: 'more than 10,000'", () => {
    const outcome = correctionFromForm(form({ min: "10000" }), "quantity");
    expect(outcome).toMatchObject({ ok: true, input: { value: { min: 10000, max: null, maxInclusive: false } } });
  });

  test.each([
    { label: "no bound at all", fields: {}, field: "min" },
    { label: "bounds the wrong way round", fields: { min: "11000", max: "9000" }, field: "max" },
  ])("refuses a quantity with $label", ({ fields, field }) => {
    expect(correctionFromForm(form(fields), "quantity")).toMatchObject({ ok: false, field });
  });

  test("claimant, certainty, scope and as-of day are carried; blanks clear them", () => {
    const outcome = correctionFromForm(form({ text: "the ministry", attribution: " Polizei ", certainty: "reported", scope: "", asOf: "2024-10-31" }), "entity");
    expect(outcome).toMatchObject({
      ok: true,
      input: { value: { kind: "text", text: "the ministry" }, attribution: "Polizei", certainty: "reported", scope: null, asOf: { from: "2024-10-31", to: "2024-10-31" } },
    });
  });

  test("as of several days: the first and the last; a reversed pair is refused", () => {
    expect(correctionFromForm(form({ text: "x", certainty: "stated", asOf: "2024-10-28", asOfTo: "2024-10-31" }), "entity")).toMatchObject({
      ok: true,
      input: { asOf: { from: "2024-10-28", to: "2024-10-31" } },
    });
    expect(correctionFromForm(form({ text: "x", certainty: "stated", asOf: "2024-10-31", asOfTo: "2024-10-28" }), "entity")).toMatchObject({ ok: false });
  });

  test("an hour of the day goes with the day; a blank one is none, a malformed one is refused", () => {
    expect(correctionFromForm(form({ text: "x", certainty: "stated", asOf: "2024-10-31", asOfTime: "14:30" }), "entity")).toMatchObject({
      ok: true,
      input: { asOf: { from: "2024-10-31", to: "2024-10-31", time: "14:30" } },
    });
    const blank = correctionFromForm(form({ text: "x", certainty: "stated", asOf: "2024-10-31", asOfTime: "" }), "entity");
    expect(blank.ok && blank.input.asOf).toEqual({ from: "2024-10-31", to: "2024-10-31" });
    expect(() => form({ text: "x", certainty: "stated", asOf: "2024-10-31", asOfTime: "25:00" })).toThrow();
    expect(correctionFromForm(form({ text: "x", certainty: "stated", asOfTime: "14:30" }), "entity")).toMatchObject({ ok: false, field: "asOfTime" });
  });

  test("sets the figure's stage, and a blank stage is unsaid", () => {
    expect(correctionFromForm(form({ min: "61,2", figureStatus: "provisional" }), "quantity")).toMatchObject({ ok: true, input: { figureStatus: "provisional" } });
    expect(correctionFromForm(form({ min: "61,4", figureStatus: "" }), "quantity")).toMatchObject({ ok: true, input: { figureStatus: null } });
    expect(() => form({ min: "1", figureStatus: "estimated" })).toThrow();
  });

  test("a date range keeps its precision and refuses a reversed range", () => {
    expect(correctionFromForm(form({ dateFrom: "2024-06-01", dateTo: "2024-06-30", precision: "month" }), "date")).toMatchObject({
      ok: true,
      input: { value: { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" } },
    });
    expect(correctionFromForm(form({ dateFrom: "2024-06-30", dateTo: "2024-06-01" }), "date")).toMatchObject({ ok: false, field: "dateTo" });
  });
});
