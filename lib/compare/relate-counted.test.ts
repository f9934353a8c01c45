import { describe, expect, test } from "vitest";
import { relateCounted } from "./relate-counted";

describe("relateCounted", () => {
  test.each([
    { label: "both the facet's subject", a: null, b: undefined, expected: { kind: "same" } },
    { label: "one thing written in two cases", a: "Dead", b: "dead", expected: { kind: "same" } },
    { label: "a combined count contains its part", a: "dead+injured", b: "dead", expected: { kind: "part", part: "b" } },
    { label: "a part of a combined count, the other way round", a: "missing", b: "dead+missing", expected: { kind: "part", part: "a" } },
    { label: "a combined count does not contain another thing", a: "dead+injured", b: "missing", expected: { kind: "different" } },
    { label: "two different things", a: "Wald", b: "forest", expected: { kind: "different" } },
    { label: "a thing against the facet's subject", a: "injured children", b: null, expected: { kind: "different" } },
  ])("$label", ({ a, b, expected }) => {
    expect(relateCounted(a, b)).toEqual(expected);
  });
});
