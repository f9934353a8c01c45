import { describe, expect, test } from "vitest";
import { isPlaceKey, placeKeySchema } from "./schema";

describe("isPlaceKey", () => {
  test.each([
    { label: "a country", key: "PL", expected: true },
    { label: "a place in a country", key: "PL/Warsaw", expected: true },
    { label: "a name with spaces and accents", key: "DE/Frankfurt am Main", expected: true },
    { label: "an unknown place", key: "?/Lauterbrunn", expected: true },
    { label: "lowercase country", key: "pl", expected: false },
    { label: "three letters", key: "POL", expected: false },
    { label: "no name after the slash", key: "PL/", expected: false },
    { label: "a name with leading space", key: "PL/ Warsaw", expected: false },
    { label: "a control character", key: "?/Lauter\u0000brunn", expected: false },
    { label: "a bare question mark", key: "?", expected: false },
    { label: "empty", key: "", expected: false },
    { label: "too long", key: `?/${"x".repeat(300)}`, expected: false },
  ])("$label: $key", ({ key, expected }) => {
    expect(isPlaceKey(key)).toBe(expected);
    expect(placeKeySchema.safeParse(key).success).toBe(expected);
  });
});
