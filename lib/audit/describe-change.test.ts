import { expect, test } from "vitest";
import { describeChange } from "./describe-change";

test.each([
  { label: "a created article", change: { action: "create", entityType: "article", before: null, after: { title: "Flooding on the Severn", revision: 1 } }, expected: "added article “Flooding on the Severn”" },
  { label: "a new revision", change: { action: "create", entityType: "revision", before: { revision: 1 }, after: { revision: 2 } }, expected: "added article revision" },
  { label: "a status change names the field", change: { action: "update", entityType: "claim", before: { status: "proposed" }, after: { status: "rejected" } }, expected: "changed claim (status: proposed → rejected)" },
  { label: "a rename", change: { action: "update", entityType: "facet", before: { label: "Dead" }, after: { label: "Confirmed deaths" } }, expected: "changed facet “Confirmed deaths” (label: Dead → Confirmed deaths)" },
  { label: "a dismissed facet", change: { action: "delete", entityType: "facet", before: { dismissedAt: null }, after: { dismissedAt: "2026-11-22T00:00:00Z" } }, expected: "removed facet" },
  { label: "the version is not worth a mention", change: { action: "update", entityType: "claim", before: { status: "proposed", version: 1 }, after: { status: "confirmed", version: 2 } }, expected: "changed claim (status: proposed → confirmed)" },
  { label: "a deleted claim is named by its quote", change: { action: "delete", entityType: "claim", before: { quote: "fast 10.000 Evakuierte", deletedAt: null }, after: { deletedAt: "2026-11-22T00:00:00Z" } }, expected: "removed claim “fast 10.000 Evakuierte”" },
  {
    label: "a claim read anew names it and its fields as a fact-checker says them",
    change: { action: "update", entityType: "claim", before: { quote: "12 people", asOfTime: null, attribution: null, version: 1 }, after: { quote: "12 people", asOfTime: "15:00", attribution: "officials", version: 2 } },
    expected: "changed claim “12 people” (hour: none → 15:00; claimant: none → officials)",
  },
  { label: "a restored claim", change: { action: "restore", entityType: "claim", before: { deletedAt: "2026-11-22T00:00:00Z" }, after: { quote: "fast 10.000 Evakuierte", deletedAt: null } }, expected: "restored claim “fast 10.000 Evakuierte”" },
] as const)("$label", ({ change, expected }) => {
  expect(describeChange(change)).toBe(expected);
});
