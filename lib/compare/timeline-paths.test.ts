import { describe, expect, test } from "vitest";
import type { TimelineMark } from "./build-timeline";
import { timelinePaths } from "./timeline-paths";

const mark = (over: Partial<TimelineMark>): TimelineMark => ({
  id: "c",
  x: 100,
  yHigh: 50,
  yLow: 80,
  openHigh: false,
  openLow: false,
  exclusiveHigh: false,
  exclusiveLow: false,
  point: false,
  label: "police",
  labelX: 0,
  labelY: 0,
  labelAnchor: "start",
  title: "",
  relation: "agrees",
  ...over,
});

describe("timelinePaths", () => {
  test("draws many claims of one standing as one path, a bar per claim", () => {
    const marks = Array.from({ length: 500 }, (_, i) => mark({ id: `c${i}`, x: 80 + i }));
    const paths = timelinePaths(marks);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatchObject({ paint: "solid", relation: "agrees" });
    expect(paths[0]!.d.match(/M/g)).toHaveLength(500);
  });

  test("a bar spans its range, at least one unit high", () => {
    expect(timelinePaths([mark({ x: 100, yHigh: 50, yLow: 80 })])[0]!.d).toBe("M97 50h6v30h-6z");
    expect(timelinePaths([mark({ x: 100, yHigh: 50, yLow: 50.2 })])[0]!.d).toBe("M97 50h6v1h-6z");
  });

  test("keeps each standing's colour, open ends fading with an arrow, dots and hollow ends apart", () => {
    const paths = timelinePaths([
      mark({ relation: "conflicts", point: true, yHigh: 60, yLow: 60 }),
      mark({ relation: "agrees", openHigh: true, exclusiveLow: true }),
      mark({ relation: "agrees" }),
    ]);
    expect(paths.map((p) => `${p.paint}:${p.relation}:${p.fade}`)).toEqual(["solid:agrees:", "fade:agrees:h", "dot:conflicts:", "hollow:agrees:"]);
    // The open bar's arrow is drawn with the solid bar of its colour.
    expect(paths[0]!.d.match(/M/g)).toHaveLength(2);
  });
});
