import { describe, expect, test } from "vitest";
import { subjectOfFacetKey, subjectTraits } from "./subject-traits";

describe("subjectTraits", () => {
  test.each([
    { subject: "protesters", settled: true },
    { subject: "strikers", settled: true },
    { subject: "deficit", settled: true },
    { subject: "budget", settled: true },
    { subject: "dead", settled: false },
    { subject: "missing", settled: false },
    { subject: "turnout", settled: false },
    { subject: "votes", settled: false },
    { subject: "de:zugfahrt", settled: false },
    { subject: "", settled: false },
  ])("a figure of $subject is settled: $settled", ({ subject, settled }) => {
    expect(subjectTraits(subject).settled).toBe(settled);
  });

  test.each([
    { subject: "dead", cumulative: true },
    { subject: "dead+injured", cumulative: true },
    { subject: "protesters", cumulative: false },
  ])("a figure of $subject is cumulative: $cumulative", ({ subject, cumulative }) => {
    expect(subjectTraits(subject).cumulative).toBe(cumulative);
  });

  test("a facet key of another shape has no subject, and so no traits", () => {
    expect(subjectOfFacetKey("quantity:protesters/per resident|EUR")).toBe("protesters");
    expect(subjectOfFacetKey("how many came?")).toBeNull();
    expect(subjectTraits(subjectOfFacetKey("how many came?") ?? "")).toEqual({ cumulative: false, settled: false, tallied: false, byActor: false });
  });
});
