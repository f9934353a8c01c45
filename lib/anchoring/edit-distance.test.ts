import { describe, expect, test } from "vitest";
import { editDistance } from "./edit-distance";

describe("editDistance", () => {
  test.each([
    { label: "equal strings", a: "Leeds", b: "Leeds", expected: 0 },
    { label: "null case", a: "", b: "abc", expected: 3 },
    { label: "one substitution", a: "fast 10.000", b: "fast 11.000", expected: 1 },
    { label: "one insertion", a: "Flutopfer", b: "Flutopferr", expected: 1 },
    { label: "one deletion", a: "Flutopfer", b: "Flutpfer", expected: 1 },
    { label: "whole case", a: "kitten", b: "sitting", expected: 3 },
  ])("$label", ({ a, b, expected }) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});
