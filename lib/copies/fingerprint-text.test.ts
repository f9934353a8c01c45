import { describe, expect, test } from "vitest";
import { estimateOverlap } from "./estimate-overlap";
import { fingerprintText } from "./fingerprint-text";
import { SIGNATURE_SIZE } from "./schema";
import { AGENCY, AGENCY_COPY, BRIEF, INDEPENDENT, REWRITE } from "./test-texts";

const overlap = (a: string, b: string) => estimateOverlap(fingerprintText(a), fingerprintText(b));

describe("fingerprintText", () => {
  test("gives one minimum per hash function, as signed 32-bit integers", () => {
    const { signature, shingles } = fingerprintText(AGENCY);
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect(signature.every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31)).toBe(true);
    expect(shingles).toBeGreaterThan(100);
  });

  test("is the same tomorrow: a stored fingerprint stays comparable with a fresh one", () => {
    // Pinned values: changing the seeds or the shingling would silently orphan every stored fingerprint.
    expect(fingerprintText("one two three four five").signature.slice(0, 2)).toEqual([2021105095, -628666699]);
  });

  test.each([
    { label: "case", other: AGENCY.toUpperCase() },
    { label: "accents and ß", other: AGENCY.replace("Brandauer", "Brándauer").replace("Mayor", "Mayör") },
    { label: "punctuation and line breaks", other: AGENCY.replaceAll(",", "").replaceAll("\n", " ") },
  ])("does not see $label", ({ other }) => {
    expect(overlap(AGENCY, other).containment).toBeGreaterThan(0.95);
  });

  test("a text without words has no shingles and shares nothing", () => {
    expect(fingerprintText(" — … ").shingles).toBe(0);
    expect(overlap("", AGENCY)).toEqual({ jaccard: 0, containment: 0 });
  });
});

describe("estimateOverlap", () => {
  test.each([
    { label: "Whole case: the same text", a: AGENCY, b: AGENCY, min: 1, max: 1 },
    { label: "agency copy under another headline", a: AGENCY, b: AGENCY_COPY, min: 0.85, max: 1 },
    { label: "a light rewrite", a: AGENCY, b: REWRITE, min: 0.5, max: 0.9 },
    { label: "a brief that ran the first half is contained in it", a: BRIEF, b: AGENCY, min: 0.85, max: 1 },
    { label: "an independent report of the same flood", a: AGENCY, b: INDEPENDENT, min: 0, max: 0.15 },
  ])("$label: containment between $min and $max", ({ a, b, min, max }) => {
    const { containment } = overlap(a, b);
    expect(containment).toBeGreaterThanOrEqual(min);
    expect(containment).toBeLessThanOrEqual(max);
    expect(overlap(b, a).containment).toBe(containment);
  });
});
