import { describe, expect, test } from "vitest";
import { subjectTraits } from "@/lib/extract/subject-traits";

// The electorate of one vote is fixed by its register: undated reports of it a few days apart tell
// of one roll, so two different figures of it dispute it rather than change over time.
describe("the electorate is a settled figure", () => {
  test("voters are settled, not tallied or cumulative", () => {
    expect(subjectTraits("voters")).toMatchObject({ settled: true, tallied: false, cumulative: false });
  });
});
