import { describe, expect, test } from "vitest";
import { heldOut } from "./fixtures";
import { scoreFixtures } from "./score-fixtures";

describe("scoreFixtures", () => {
  test("reports precision and recall per value kind over all fixtures", () => {
    const { byKind } = scoreFixtures();
    expect(byKind.quantity.expected).toBeGreaterThan(50);
    expect(byKind.date.expected).toBeGreaterThan(15);
    for (const kind of ["quantity", "date"] as const) {
      expect(byKind[kind].precision).toBeGreaterThanOrEqual(0.95);
      expect(byKind[kind].recall).toBeGreaterThanOrEqual(0.95);
    }
  });

  test("stays useful on the held-out sentences the rules were not tuned on", () => {
    const { byKind } = scoreFixtures(heldOut);
    expect(byKind.quantity.precision).toBeGreaterThanOrEqual(0.9);
    expect(byKind.quantity.recall).toBeGreaterThanOrEqual(0.85);
  });

  test("counts a wrong value as both a miss and a false candidate", () => {
    const { byKind, mismatches } = scoreFixtures([
      { label: "wrong on purpose", language: "de", text: "Fast 10.000 Soldaten.", expected: [{ valueKind: "quantity", subject: "troops", value: "[10000, 10000]" }] },
    ]);
    expect(byKind.quantity).toMatchObject({ expected: 1, predicted: 1, correct: 0, precision: 0, recall: 0 });
    expect(mismatches).toHaveLength(2);
  });
});
