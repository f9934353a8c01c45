import { describe, expect, test } from "vitest";
import { contains } from "./contains";

describe("contains", () => {
  test.each([
    { label: "the whole contains everything", outer: null, inner: "DE/Bavaria", expected: true },
    { label: "the whole contains an unknown place", outer: null, inner: "?/Lauterbrunn", expected: true },
    { label: "the whole contains itself", outer: null, inner: null, expected: true },
    { label: "nothing else contains the whole", outer: "DE", inner: null, expected: false },
    { label: "a country contains its region", outer: "DE", inner: "DE/Bavaria", expected: true },
    { label: "a country contains its city", outer: "ES", inner: "ES/Valencia", expected: true },
    { label: "a key contains itself", outer: "DE/Bavaria", inner: "DE/Bavaria", expected: true },
    { label: "a country contains itself", outer: "DE", inner: "DE", expected: true },
    { label: "an unknown place contains itself", outer: "?/Lauterbrunn", inner: "?/Lauterbrunn", expected: true },
    { label: "a region does not contain its country", outer: "DE/Bavaria", inner: "DE", expected: false },
    { label: "another country's place", outer: "DE", inner: "AT/Vienna", expected: false },
    { label: "a country code that is a prefix of nothing", outer: "DE", inner: "DEU/Bavaria", expected: false },
    { label: "two places in one country: no containment known", outer: "DE/Bavaria", inner: "DE/Hamburg", expected: false },
    { label: "a country does not contain an unknown place", outer: "PL", inner: "?/Kattowitz", expected: false },
    { label: "an unknown place contains nothing else", outer: "?/Kattowitz", inner: "PL/Katowice", expected: false },
  ])("$label: $outer ⊇ $inner is $expected", ({ outer, inner, expected }) => {
    expect(contains(outer, inner)).toBe(expected);
  });
});
