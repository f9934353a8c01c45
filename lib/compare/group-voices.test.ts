import { describe, expect, test } from "vitest";
import { groupVoices } from "./group-voices";
import type { ComparableClaim } from "./schema";

const claim = (id: string, outlet: string | null, attribution: string | null = null): ComparableClaim => ({
  id,
  outlet,
  attribution,
  quote: "mehr als 10.000",
  certainty: "reported",
  value: { kind: "quantity", min: 10000, max: null, minInclusive: false, maxInclusive: false },
});

describe("groupVoices", () => {
  test.each([
    { label: "Null case", claims: [], expected: [] },
    {
      label: "Two outlets quoting one claimant are one voice",
      claims: [claim("1", "tagesschau", "laut Antony Blinken"), claim("2", "Spiegel", "Antony Blinken")],
      expected: [{ claimant: "laut Antony Blinken", claimIds: ["1", "2"] }],
    },
    {
      label: "Unattributed claims speak for their outlet",
      claims: [claim("1", "tagesschau"), claim("2", "Spiegel"), claim("3", "Tagesschau")],
      expected: [
        { claimant: "tagesschau", claimIds: ["1", "3"] },
        { claimant: "Spiegel", claimIds: ["2"] },
      ],
    },
    {
      label: "Citing an outlet joins that outlet's own reporting",
      claims: [claim("1", "Reuters"), claim("2", "tagesschau", "according to Reuters")],
      expected: [{ claimant: "Reuters", claimIds: ["1", "2"] }],
    },
    {
      label: "A claim with neither outlet nor claimant stands alone",
      claims: [claim("1", null), claim("2", null)],
      expected: [
        { claimant: "unattributed", claimIds: ["1"] },
        { claimant: "unattributed", claimIds: ["2"] },
      ],
    },
  ])("$label", ({ claims, expected }) => {
    expect(groupVoices(claims)).toEqual(expected);
  });
});
