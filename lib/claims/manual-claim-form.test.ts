import { describe, expect, test } from "vitest";
import { claimInputFromForm, manualClaimFormSchema } from "./manual-claim-form";

const base = {
  revisionId: "00000000-0000-4000-8000-000000000001",
  facetId: "00000000-0000-4000-8000-000000000002",
  start: "10",
  end: "25",
};

describe("claimInputFromForm", () => {
  test.each([
    { label: "'almost' 10.000 in German is just below", form: { hedge: "justBelow", number: "10.000" }, kind: "quantity", language: "de", value: { kind: "quantity", min: 9000, max: 10000, minInclusive: true, maxInclusive: false } },
    { label: "'more than' 10,000 in English has an open upper bound", form: { hedge: "above", number: "10,000" }, kind: "quantity", language: "en", value: { kind: "quantity", min: 10000, max: null, minInclusive: false, maxInclusive: false } },
    { label: "a whole month is month precision", form: { dateFrom: "2024-06-01", dateTo: "2024-06-30" }, kind: "date", language: "en", value: { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" } },
    { label: "one day", form: { dateFrom: "2024-06-19" }, kind: "date", language: "en", value: { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" } },
    { label: "a name", form: { text: " the fire brigade " }, kind: "entity", language: "en", value: { kind: "text", text: "the fire brigade" } },
  ] as const)("$label", ({ form, kind, language, value }) => {
    const outcome = claimInputFromForm(manualClaimFormSchema.parse({ ...base, ...form }), kind, language);
    expect(outcome).toMatchObject({ ok: true, input: { value, start: 10, end: 25 } });
  });

  test.each([
    { label: "a quantity without a number", form: { number: "many" }, kind: "quantity", field: "number" },
    { label: "a date range the wrong way round", form: { dateFrom: "2024-07-01", dateTo: "2024-06-01" }, kind: "date", field: "dateTo" },
    { label: "an empty name", form: { text: "  " }, kind: "entity", field: "text" },
  ] as const)("refuses $label and says which field", ({ form, kind, field }) => {
    const outcome = claimInputFromForm(manualClaimFormSchema.parse({ ...base, ...form }), kind, "en");
    expect(outcome).toMatchObject({ ok: false, field });
  });
});

describe("the figure's stage, as the correction form takes it", () => {
  test.each([
    { label: "a stage chosen is kept", figureStatus: "provisional", expected: "provisional" },
    { label: "blank is unsaid", figureStatus: "", expected: null },
    { label: "no field at all is unsaid", figureStatus: undefined, expected: null },
  ] as const)("$label", ({ figureStatus, expected }) => {
    const form = manualClaimFormSchema.parse({ ...base, number: "10.000", ...(figureStatus === undefined ? {} : { figureStatus }) });
    expect(claimInputFromForm(form, "quantity", "de")).toMatchObject({ ok: true, input: { figureStatus: expected } });
  });

  test("a stage the select does not offer is refused", () => {
    expect(manualClaimFormSchema.safeParse({ ...base, number: "10.000", figureStatus: "rumoured" }).success).toBe(false);
  });
});
