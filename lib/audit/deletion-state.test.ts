import { expect, test } from "vitest";
import { deletionState } from "./deletion-state";

test.each([
  { label: "a deleted claim whose latest deletion this is can be undone", entityType: "claim", entity: { deleted: true, latestDeleteId: 7n }, expected: "undoable" },
  { label: "a dismissed facet can be undone", entityType: "facet", entity: { deleted: true, latestDeleteId: 7n }, expected: "undoable" },
  { label: "a claim that is live again was restored", entityType: "claim", entity: { deleted: false, latestDeleteId: 7n }, expected: "restored" },
  { label: "an older deletion of a row deleted again was restored in between", entityType: "claim", entity: { deleted: true, latestDeleteId: 9n }, expected: "restored" },
  { label: "a row removed for good cannot come back", entityType: "claim", entity: null, expected: "gone" },
  { label: "outlets and revisions are never deleted softly", entityType: "revision", entity: { deleted: true, latestDeleteId: 7n }, expected: "gone" },
] as const)("$label", ({ entityType, entity, expected }) => {
  expect(deletionState({ id: 7n, entityType }, entity)).toBe(expected);
});
