import { describe, expect, test } from "vitest";
import { groupVoices } from "./group-voices";
import type { ComparableClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const claim = (id: string, outlet: string | null, attribution: string | null = null, copyGroup: string | null = null): ComparableClaim =>
  withScopeMarks({
    id,
    outlet,
    attribution,
    copyGroup,
    quote: "mehr als 10.000",
    certainty: "reported",
    value: { kind: "quantity", min: 10000, max: null, minInclusive: false, maxInclusive: false },
  });

describe("groupVoices", () => {
  test.each([
    { label: "Null case", claims: [], expected: [] },
    {
      label: "Two outlets quoting one claimant are one voice",
      claims: [claim("1", "tagesschau", "laut Jana Roth"), claim("2", "Spiegel", "Jana Roth")],
      expected: [{ claimant: "laut Jana Roth", claimIds: ["1", "2"] }],
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
    {
      label: "Three outlets that ran one agency text are one voice, named after all of them",
      claims: [claim("1", "Linden Post", null, "wire"), claim("2", "Valley Courier", null, "wire"), claim("3", "Marrow Herald", null, "wire")],
      expected: [{ claimant: "Linden Post, Valley Courier and Marrow Herald (one text)", claimIds: ["1", "2", "3"] }],
    },
    {
      label: "Copies of one text by one outlet keep the outlet's name",
      claims: [claim("1", "Linden Post", null, "wire"), claim("2", "Linden Post", null, "wire")],
      expected: [{ claimant: "Linden Post", claimIds: ["1", "2"] }],
    },
    {
      label: "A claimant quoted in the copies stays its own voice, beside the copies' own reporting",
      claims: [claim("1", "Linden Post", "the mayor", "wire"), claim("2", "Valley Courier", "the mayor", "wire"), claim("3", "Valley Courier", null, "wire")],
      expected: [
        { claimant: "the mayor", claimIds: ["1", "2"] },
        { claimant: "Valley Courier", claimIds: ["3"] },
      ],
    },
    {
      label: "Two copy groups are two voices, and an article that stands alone is its outlet",
      claims: [claim("1", "A", null, "wire-1"), claim("2", "B", null, "wire-2"), claim("3", "C", null, "wire-1"), claim("4", "D")],
      expected: [
        { claimant: "A and C (one text)", claimIds: ["1", "3"] },
        { claimant: "B", claimIds: ["2"] },
        { claimant: "D", claimIds: ["4"] },
      ],
    },
  ])("$label", ({ claims, expected }) => {
    expect(groupVoices(claims)).toEqual(expected);
  });
});
