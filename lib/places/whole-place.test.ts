import { describe, expect, test } from "vitest";
import { wholePlaceOf } from "./whole-place";

describe("the place a facet's figures are about as a whole", () => {
  test.each([
    { label: "a region named again and again is the whole", places: ["DE/Bavaria", "DE/Bavaria", null, "DE/Bavaria"], expected: "DE/Bavaria" },
    { label: "a region named by fewer figures than name no place is a part of an unnamed whole", places: ["DE/Bavaria", null, null], expected: null },
    { label: "a country is the whole however few figures name it", places: ["AT", null, null, null], expected: "AT" },
    { label: "no place named: the event's whole, unnamed", places: [null, null], expected: null },
  ])("$label", ({ places, expected }) => {
    expect(wholePlaceOf(places)).toBe(expected);
  });
});
