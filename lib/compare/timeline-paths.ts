import type { CellRelation } from "./cell-relations";
import type { TimelineMark } from "./build-timeline";

/** How a merged path is painted: a bar's body or arrow, an open bar's fading body, a dot, a hollow end. */
export type TimelinePaint = "solid" | "fade" | "dot" | "hollow";

/** Marks of one paint and relation (and, for fading bars, which ends fade) as one SVG path. */
export type TimelinePath = { paint: TimelinePaint; relation: CellRelation | null; fade: string; d: string };

/** The width of a claim's bar, in SVG units. */
export const TIMELINE_BAR = 6;

// Tenths of a unit are finer than a screen shows, and keep the path short.
const n = (value: number) => String(Math.round(value * 10) / 10);
const circle = (cx: number, cy: number, r: number) => `M${n(cx - r)} ${n(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** Which ends of a bar fade (its gradient), "" when neither. */
export const fadeOf = (mark: Pick<TimelineMark, "openHigh" | "openLow">) => `${mark.openHigh ? "h" : ""}${mark.openLow ? "l" : ""}`;

/**
 * The given marks drawn as a handful of paths, one per paint and relation, rather than a group of
 * shapes per claim: a facet of hundreds of claims draws the same picture in a few KB of markup
 * (which the page's RSC payload repeats). The shapes are those of one mark drawn alone: a bar
 * from `yHigh` to `yLow` (at least 1 high), arrows at open ends, hollow circles at excluded ends,
 * a dot for an exact value; bars lose their rounded corners. Paths come in drawing order: bars,
 * then dots, then hollow ends on top.
 */
export function timelinePaths(marks: readonly TimelineMark[]): TimelinePath[] {
  const paths = new Map<string, TimelinePath>();
  const add = (paint: TimelinePaint, relation: CellRelation | null, fade: string, d: string) => {
    const key = `${paint}:${relation}:${fade}`;
    const path = paths.get(key);
    if (path) path.d += d;
    else paths.set(key, { paint, relation, fade, d });
  };
  for (const mark of marks) {
    if (mark.point) {
      add("dot", mark.relation, "", circle(mark.x, (mark.yHigh + mark.yLow) / 2, 5));
      continue;
    }
    const fade = fadeOf(mark);
    const height = Math.max(1, mark.yLow - mark.yHigh);
    add(fade ? "fade" : "solid", mark.relation, fade, `M${n(mark.x - TIMELINE_BAR / 2)} ${n(mark.yHigh)}h${TIMELINE_BAR}v${n(height)}h${-TIMELINE_BAR}z`);
    if (mark.openHigh) add("solid", mark.relation, "", `M${n(mark.x - 6)} ${n(mark.yHigh + 8)}h12L${n(mark.x)} ${n(mark.yHigh - 2)}z`);
    if (mark.openLow) add("solid", mark.relation, "", `M${n(mark.x - 6)} ${n(mark.yLow - 8)}h12L${n(mark.x)} ${n(mark.yLow + 2)}z`);
  }
  for (const mark of marks) {
    if (mark.point) continue;
    if (mark.exclusiveHigh) add("hollow", mark.relation, "", circle(mark.x, mark.yHigh, 4));
    if (mark.exclusiveLow) add("hollow", mark.relation, "", circle(mark.x, mark.yLow, 4));
  }
  const order: TimelinePaint[] = ["solid", "fade", "dot", "hollow"];
  return [...paths.values()].sort((a, b) => order.indexOf(a.paint) - order.indexOf(b.paint));
}
