import { describe, expect, test } from "vitest";
import { diffAgainstBase } from "@/lib/diff";
import { buildHeatMap, heatLevel } from "./build-heat-map";

describe("heatLevel", () => {
  test.each([
    { count: 0, others: 6, level: 0 },
    { count: 1, others: 6, level: 1 },
    { count: 3, others: 6, level: 2 },
    { count: 4, others: 6, level: 3 },
    { count: 6, others: 6, level: 4 },
    { count: 1, others: 1, level: 4 },
    { count: 1, others: 0, level: 0 },
  ])("$count of $others differ: level $level", ({ count, others, level }) => {
    expect(heatLevel(count, others)).toBe(level);
  });
});

describe("buildHeatMap", () => {
  const base = "Pjöngjang hat fast 10.000 Soldaten verlegt.\n\nDer Vertrag wurde im Juni 2024 unterzeichnet.";
  const others = [
    "Pjöngjang hat mehr als 10.000 Soldaten verlegt.\n\nDer Vertrag wurde im Juni 2024 unterzeichnet.",
    "Pjöngjang hat fast 10.000 Soldaten verlegt.\n\nDer Vertrag wurde am 19. Juni 2024 unterzeichnet.",
  ];
  const map = buildHeatMap(base, diffAgainstBase(base, others));
  const words = (i: number) => map.paragraphs[i]!.filter((p) => p.count !== null).map((p) => `${p.text}:${p.count}`);

  test("paragraphs split at blank lines; each word carries how many others differ there", () => {
    expect(map.paragraphs).toHaveLength(2);
    expect(words(0)).toEqual(["Pjöngjang:0", "hat:0", "fast:1", "10:0", ".:0", "000:0", "Soldaten:0", "verlegt:0", ".:0"]);
    expect(words(1)).toContain("im:1");
  });

  test("the pieces give back the text of each paragraph", () => {
    expect(map.paragraphs.map((p) => p.map((x) => x.text).join(""))).toEqual([
      "Pjöngjang hat fast 10.000 Soldaten verlegt.",
      "Der Vertrag wurde im Juni 2024 unterzeichnet.",
    ]);
  });

  test("the legend names the counts of each level present", () => {
    expect(map.others).toBe(2);
    expect(map.legend).toEqual([
      { level: 0, label: "no other article differs" },
      { level: 2, label: "1 of 2 differ" },
      { level: 4, label: "2 of 2 differ" },
    ]);
  });

  test("Null case: an empty base", () => {
    expect(buildHeatMap("", diffAgainstBase("", ["x"])).paragraphs).toEqual([]);
  });
});
