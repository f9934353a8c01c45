import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { type TimelineClaim, buildTimeline } from "./build-timeline";
import { quantity } from "./test-fixtures";

const claim = (id: string, publishedAt: string | null, value: ClaimValue): TimelineClaim => ({ id, publishedAt, value, label: id, title: id });

const estimates = [
  claim("more", "2024-10-25", quantity(10000, null, false)),
  claim("almost", "2024-11-01", quantity(9000, 10000, true, false)),
  claim("about", "2024-12-17", quantity(9900, 12100)),
  claim("several", "2025-04-29", quantity(2000, 9999)),
];

describe("buildTimeline", () => {
  test("Null case: text values have no scale", () => {
    expect(buildTimeline([claim("a", "2024-01-01", { kind: "text", text: "the ministry" })])).toBeNull();
  });

  test("x follows the publication date, y the value: later is right, larger is higher", () => {
    const timeline = buildTimeline(estimates)!;
    const at = (id: string) => timeline.marks.find((m) => m.id === id)!;
    expect(at("more").x).toBeLessThan(at("almost").x);
    expect(at("about").x).toBeLessThan(at("several").x);
    expect(at("about").yHigh).toBeLessThan(at("almost").yHigh);
    expect(at("several").yLow).toBeGreaterThan(at("almost").yLow);
    for (const mark of timeline.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(timeline.plot.left);
      expect(mark.x).toBeLessThanOrEqual(timeline.plot.right);
      expect(mark.yHigh).toBeLessThanOrEqual(mark.yLow);
    }
  });

  test.each([
    { label: "'more than 10,000' is open upwards with an excluded lower end", id: "more", expected: { openHigh: true, openLow: false, exclusiveLow: true, exclusiveHigh: false, point: false } },
    { label: "'almost 10,000' excludes its upper end", id: "almost", expected: { openHigh: false, openLow: false, exclusiveLow: false, exclusiveHigh: true, point: false } },
  ])("$label", ({ id, expected }) => {
    expect(buildTimeline(estimates)!.marks.find((m) => m.id === id)).toMatchObject(expected);
  });

  test("an open upper end reaches the top of the plot", () => {
    const timeline = buildTimeline(estimates)!;
    expect(timeline.marks.find((m) => m.id === "more")?.yHigh).toBe(timeline.plot.top);
  });

  test("an exact figure is a point; counts are drawn from zero", () => {
    const timeline = buildTimeline([claim("a", "2024-01-01", quantity(8000, 8000)), claim("b", "2024-02-01", quantity(2000, 3000))])!;
    expect(timeline.marks[0]?.point).toBe(true);
    expect(timeline.yTicks[0]?.label).toBe("0");
  });

  test("claims all of one day, about one date, get an axis of weeks, not of years", () => {
    const june19 = { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" } as const;
    const timeline = buildTimeline([claim("a", "2024-10-18", june19), claim("b", "2024-10-18", june19)])!;
    const labels = [...timeline.xTicks, ...timeline.yTicks].map((t) => t.label).join(" ");
    expect(labels).not.toMatch(/2023|2025/);
  });

  test("claims of one day sit side by side, not on top of each other", () => {
    const timeline = buildTimeline([claim("a", "2025-04-29", quantity(1, 2)), claim("b", "2025-04-29", quantity(1, 2))])!;
    expect(timeline.marks[0]?.x).not.toBe(timeline.marks[1]?.x);
  });

  test("labels do not overlap", () => {
    const crowd = Array.from({ length: 6 }, (_, i) => claim(`Western officials ${i}`, "2024-11-01", quantity(10000, 10000)));
    const boxes = buildTimeline(crowd)!.marks.map((m) => ({ x: m.labelX, y: m.labelY }));
    expect(new Set(boxes.map((b) => `${b.x}:${b.y}`)).size).toBe(boxes.length);
    const ys = boxes.map((b) => b.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  test("two claims of one day: neither label is written over the other's mark", () => {
    const marks = buildTimeline([claim("Polizei", "2025-04-29", quantity(8000, 8000)), claim("Veranstalter", "2025-04-29", quantity(8000, 8000))])!.marks;
    const [left, right] = [...marks].sort((a, b) => a.x - b.x);
    for (const mark of marks) {
      // A label reads from labelX rightwards ("start") or ends at labelX ("end").
      if (mark.labelAnchor === "start") expect(mark.labelX).toBeGreaterThan(right!.x + 5);
      else expect(mark.labelX).toBeLessThan(left!.x - 5);
    }
  });

  test("dates are ranges of days: a month is a bar, its day a point inside it", () => {
    const timeline = buildTimeline([
      claim("day", "2024-10-25", { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" }),
      claim("month", "2024-11-01", { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" }),
    ])!;
    const [day, month] = timeline.marks;
    expect(day?.point).toBe(true);
    expect(month?.point).toBe(false);
    expect(day!.yHigh).toBeGreaterThan(month!.yHigh);
    expect(day!.yLow).toBeLessThan(month!.yLow);
    expect(timeline.yTicks.some((t) => t.label.includes("Jun"))).toBe(true);
  });

  test("claims without a publication date or any bound are left out and said to be", () => {
    const timeline = buildTimeline([...estimates, claim("undated", null, quantity(1, 2)), claim("any", "2024-11-01", quantity(null, null))])!;
    expect(timeline.leftOut).toEqual(["undated", "any"]);
    expect(timeline.marks).toHaveLength(4);
    expect(timeline.description).toMatch(/^4 claims given for 2024-10-25 to 2025-04-29, with values between 2,000 and 12,100/);
  });

  describe("a figure given for a day and hour, as a live ticker gives it", () => {
    const at = (id: string, day: string, time: string | undefined, n: number): TimelineClaim => ({
      ...claim(id, "2031-06-02", quantity(n, n)),
      asOf: { from: day, to: day, ...(time ? { time } : {}) },
    });
    const ticker = [at("morning", "2031-06-02", "09:40", 9), at("evening", "2031-06-02", "18:30", 14), at("noon", "2031-06-02", "13:15", 11)];

    test("is drawn at its hour: the day's tally rises from left to right, on an axis of hours", () => {
      const timeline = buildTimeline(ticker)!;
      const x = (id: string) => timeline.marks.find((m) => m.id === id)!.x;
      expect(timeline.xScale).toBe("hours");
      expect(x("morning")).toBeLessThan(x("noon"));
      expect(x("noon")).toBeLessThan(x("evening"));
      expect(timeline.xTicks.map((t) => t.label)).toContain("12:00");
      expect(timeline.description).toContain("by the hour");
    });

    test("a figure of the same day without an hour stands at midday, not at midnight", () => {
      const timeline = buildTimeline([...ticker, at("day only", "2031-06-02", undefined, 10)])!;
      const x = (id: string) => timeline.marks.find((m) => m.id === id)!.x;
      expect(x("day only")).toBeGreaterThan(x("morning"));
      expect(x("day only")).toBeLessThan(x("noon"));
    });

    test("over weeks, hours are left out and the axis counts days", () => {
      const timeline = buildTimeline([...ticker, at("later", "2031-06-20", undefined, 30)])!;
      expect(timeline.xScale).toBe("days");
      expect(timeline.xTicks.some((t) => /:/.test(t.label))).toBe(false);
    });
  });

  test("a figure said to hold up to an earlier day is drawn at that day, not at its publication", () => {
    const friday = { ...claim("friday", "2024-11-04", quantity(95, 95)), asOf: { from: "2024-11-01", to: "2024-11-01" } };
    const monday = claim("monday", "2024-11-04", quantity(120, 120));
    const timeline = buildTimeline([friday, monday])!;
    expect(timeline.marks[0]!.x).toBeLessThan(timeline.marks[1]!.x);
  });
});

