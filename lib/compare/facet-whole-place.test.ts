import { describe, expect, test } from "vitest";
import { facetWholePlace } from "./facet-whole-place";

describe("facetWholePlace", () => {
  test.each([
    { label: "Null case: no key, no places", key: null, places: [], expected: null },
    { label: "a key naming its place", key: "quantity:troops@Kursk", places: ["Kursk", null], expected: "Kursk" },
    { label: "the commonest country of a key without place", key: "quantity:troops", places: ["Russia", null, "Russia", "Ukraine"], expected: "Russia" },
    { label: "a tie between countries goes to the first alphabetically", key: "quantity:troops", places: ["Ukraine", "Russia"], expected: "Russia" },
    { label: "regions are never the whole", key: "quantity:troops", places: ["Kursk", "Kursk"], expected: null },
    { label: "a person's facet (no key) follows the same rule", key: null, places: ["Russia", undefined], expected: "Russia" },
    { label: "a key ending in a bare @ names no place", key: "quantity:troops@", places: [], expected: null },
  ])("$label", ({ key, places, expected }) => {
    expect(facetWholePlace(key, places)).toBe(expected);
  });
});
