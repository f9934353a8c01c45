import type { ClaimValue } from "@/lib/claims/schema";
import type { CellRelation } from "./cell-relations";
import { formatNumber } from "./format-number";
import { niceTicks, monthTicks, dayNumber, hourTicks } from "./timeline-ticks";

/** One claim to place on the timeline. */
export type TimelineClaim = {
  id: string;
  /** Publication day (ISO); claims without one cannot be placed and are listed in `undated`. */
  publishedAt: string | null;
  /**
   * The day (and hour) the claim's words give the figure for ("bis Freitag", "+++ 16:20 +++"): it is
   * drawn there rather than at its publication day, so a ticker's toll rises across its day.
   */
  asOf?: { from: string; to: string; time?: string } | null;
  value: ClaimValue;
  /** Who says it: the claimant, else the outlet. */
  label: string;
  /** Read by screen readers and shown as a tooltip: outlet, date, value in words. */
  title: string;
  relation?: CellRelation | null;
};

/** A claim drawn as a vertical bar from `yLow` (its lower bound) up to `yHigh`, at its day `x`. */
export type TimelineMark = {
  id: string;
  x: number;
  yHigh: number;
  yLow: number;
  /** The bound is open ("more than 10,000" has no upper bound): draw an arrow to the plot's edge. */
  openHigh: boolean;
  openLow: boolean;
  /** The bound itself is excluded ("more than 10,000"): draw a hollow end. */
  exclusiveHigh: boolean;
  exclusiveLow: boolean;
  /** Both bounds meet (an exact figure, a single day): draw a dot rather than a bar. */
  point: boolean;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
  title: string;
  relation: CellRelation | null;
};

export type Timeline = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marks: TimelineMark[];
  /** The x axis is hours of a day or two (some claim names its hour), else days. */
  xScale: "days" | "hours";
  /** Claims not drawn: no publication date, or a value without any bound. */
  leftOut: string[];
  /** One sentence for the SVG's <desc>: what is drawn, from when to when, between which values. */
  description: string;
};

const WIDTH = 720;
const HEIGHT = 320;
const PLOT = { left: 72, right: WIDTH - 16, top: 16, bottom: HEIGHT - 40 };
// Claims published on one day sit side by side, this far apart, instead of on top of each other.
const DODGE = 12;
// Label boxes are estimated (no font metrics on the server): wide enough for Geist at 11px.
const CHAR_WIDTH = 6.2;
const LINE_HEIGHT = 14;
// Hours are drawn when the claims span at most this many days: over a week, an hour is a hairline.
const HOURS_SPAN_DAYS = 2;

/**
 * The geometry of a facet's timeline: x is the day the figure is given for (its as-of day, else its
 * publication day; within a day or two, the hour when its words name one), y the value's range (a quantity,
 * or a date as a range of days), one bar per claim labelled by who says it. Pure numbers for an
 * SVG of `width` × `height`; the page only draws them. Text values have no scale and return null.
 * Never throws for valid values.
 */
export function buildTimeline(claims: readonly TimelineClaim[], language = "en"): Timeline | null {
  const kind = claims.find((c) => c.value.kind !== "text")?.value.kind;
  if (kind === undefined) return null;
  const placed: { claim: TimelineClaim; day: number; hour: number | null; low: number | null; high: number | null }[] = [];
  const leftOut: string[] = [];
  for (const claim of claims) {
    const range = claim.value.kind === kind ? numericRange(claim.value) : null;
    const when = whenOf(claim);
    if (!when || !range || (range.low === null && range.high === null)) leftOut.push(claim.id);
    else placed.push({ claim, ...when, ...range });
  }

  const wholeDays = placed.map((p) => p.day);
  const xScale = placed.some((p) => p.hour !== null) && Math.max(...wholeDays) - Math.min(...wholeDays) <= HOURS_SPAN_DAYS ? "hours" : "days";
  // A figure without its hour stands at midday among figures with theirs: its day is all it says.
  const days = placed.map((p) => (xScale === "hours" ? p.day + (p.hour ?? 12) / 24 : p.day));
  const [dayLo, dayHi] = pad(Math.min(...days), Math.max(...days), xScale === "hours" ? 2 / 24 : 15, 0.06, false);
  const bounds = placed.flatMap((p) => [p.low, p.high]).filter((b): b is number => b !== null);
  let [valueLo, valueHi] = pad(Math.min(...bounds), Math.max(...bounds), kind === "date" ? 15 : 1, 0.1, kind === "quantity");
  // Counts read best against zero, unless they all sit far above it (then zero wastes the plot).
  if (kind === "quantity" && valueLo > 0 && Math.min(...bounds) < Math.max(...bounds) * 0.6) valueLo = 0;
  if (kind === "quantity" && Math.min(...bounds) >= 0 && valueLo < 0) valueLo = 0;
  if (valueHi <= valueLo) valueHi = valueLo + 1;

  const x = (day: number) => PLOT.left + ((day - dayLo) / (dayHi - dayLo)) * (PLOT.right - PLOT.left);
  const y = (value: number) => PLOT.bottom - ((value - valueLo) / (valueHi - valueLo)) * (PLOT.bottom - PLOT.top);

  const sameDay = new Map<number, number>();
  for (const day of days) sameDay.set(day, (sameDay.get(day) ?? 0) + 1);
  const seen = new Map<number, number>();
  const dayOf = new Map<TimelineMark, number>();
  const marks = placed.map(({ claim, low, high }, i): TimelineMark => {
    const day = days[i]!;
    const index = seen.get(day) ?? 0;
    seen.set(day, index + 1);
    const offset = (index - ((sameDay.get(day) ?? 1) - 1) / 2) * DODGE;
    const value = claim.value;
    const exclusive = value.kind === "quantity" ? { low: !value.minInclusive, high: !value.maxInclusive } : { low: false, high: false };
    const yHigh = high === null ? PLOT.top : y(high);
    const yLow = low === null ? PLOT.bottom : y(low);
    const mark: TimelineMark = {
      id: claim.id,
      x: round(x(day) + offset),
      yHigh: round(yHigh),
      yLow: round(yLow),
      openHigh: high === null,
      openLow: low === null,
      exclusiveHigh: high !== null && exclusive.high,
      exclusiveLow: low !== null && exclusive.low,
      point: low !== null && high !== null && Math.abs(yLow - yHigh) < 2,
      label: claim.label,
      labelX: 0,
      labelY: 0,
      labelAnchor: "start",
      title: claim.title,
      relation: claim.relation ?? null,
    };
    dayOf.set(mark, day);
    return mark;
  });
  placeLabels(marks, dayOf);

  const describeValue = (v: number) => (kind === "date" ? isoOfDay(v) : formatNumber(v, language));
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: (xScale === "hours" ? hourTicks(dayLo, dayHi, language) : monthTicks(dayLo, dayHi, language)).map((t) => ({ x: round(x(t.day)), label: t.label })),
    yTicks: (kind === "date"
      ? monthTicks(valueLo, valueHi, language).map((t) => ({ value: t.day, label: t.label }))
      : niceTicks(valueLo, valueHi).map((v) => ({ value: v, label: formatNumber(v, language) }))
    ).map((t) => ({ y: round(y(t.value)), label: t.label })),
    marks,
    xScale,
    leftOut: leftOut,
    description:
      marks.length === 0
        ? "No claim can be placed: none has both a publication date and a bounded value."
        : `${marks.length} ${marks.length === 1 ? "claim" : "claims"} given for ${isoOfDay(Math.min(...wholeDays))}` +
          `${Math.max(...wholeDays) > Math.min(...wholeDays) ? ` to ${isoOfDay(Math.max(...wholeDays))}` : ""}${xScale === "hours" ? " by the hour" : ""}, with values between ${describeValue(Math.min(...bounds))} and ` +
          `${describeValue(Math.max(...bounds))}; bars span each claim's range, arrows mark ranges without an end.`,
  };
}

/**
 * Where a claim stands in time: the last day of its as-of days (the figure holds up to then) and its
 * hour there, else its publication day; null when it has neither.
 */
function whenOf(claim: TimelineClaim): { day: number; hour: number | null } | null {
  if (claim.asOf) {
    const [h, m] = claim.asOf.time?.split(":").map(Number) ?? [];
    return { day: dayNumber(claim.asOf.to), hour: h === undefined ? null : h + (m ?? 0) / 60 };
  }
  return claim.publishedAt ? { day: dayNumber(claim.publishedAt), hour: null } : null;
}

/** The value as numbers on one axis: a quantity's bounds, or a date range's days (inclusive). */
function numericRange(value: ClaimValue): { low: number | null; high: number | null } | null {
  if (value.kind === "quantity") return { low: value.min, high: value.max };
  if (value.kind === "date") return { low: dayNumber(value.from), high: dayNumber(value.to) };
  return null;
}

/**
 * Widens [lo, hi] by a share of its span or, when it has none, by `minimum` on each side (or by the
 * share of the value itself when `scaled`: 8,000 alone wants 7,200–8,800, but a lone day counted
 * from 1970 must not be widened by years).
 */
function pad(lo: number, hi: number, minimum: number, share: number, scaled: boolean): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  const margin = Math.max((hi - lo) * share, hi === lo ? Math.max(minimum, scaled ? Math.abs(lo) * share : 0) : 0);
  return [lo - margin, hi + margin];
}

/**
 * Puts each label beside the top of its bar, to the right (to the left near the right edge), and
 * moves it a line down or up, nearest first, while it would overlap a label already placed.
 * Claims of one day stand side by side (see DODGE): their labels start past the group's last
 * mark (or end before its first), so no label is written over a neighbour's bar or dot.
 * Greedy, in x order: good enough for the tens of claims a facet has.
 */
function placeLabels(marks: TimelineMark[], dayOf: ReadonlyMap<TimelineMark, number>): void {
  const group = new Map<number, { left: number; right: number }>();
  for (const mark of marks) {
    const day = dayOf.get(mark)!;
    const edges = group.get(day);
    group.set(day, edges ? { left: Math.min(edges.left, mark.x), right: Math.max(edges.right, mark.x) } : { left: mark.x, right: mark.x });
  }
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const free = (x1: number, x2: number, top: number) =>
    top >= PLOT.top && top + LINE_HEIGHT <= PLOT.bottom && !boxes.some((b) => b.x1 < x2 && x1 < b.x2 && b.y1 < top + LINE_HEIGHT && top < b.y2);
  for (const mark of [...marks].sort((a, b) => a.x - b.x)) {
    const width = mark.label.length * CHAR_WIDTH;
    const { left, right } = group.get(dayOf.get(mark)!)!;
    const anchor = right + 6 + width > PLOT.right ? "end" : "start";
    const x1 = anchor === "start" ? right + 6 : left - 6 - width;
    const wanted = Math.max(PLOT.top, Math.min(mark.yHigh - LINE_HEIGHT / 2, PLOT.bottom - LINE_HEIGHT));
    const shifts = Array.from({ length: 41 }, (_, i) => (i % 2 === 0 ? i / 2 : -(i + 1) / 2) * LINE_HEIGHT);
    const top = wanted + (shifts.find((shift) => free(x1, x1 + width, wanted + shift)) ?? 0);
    boxes.push({ x1, x2: x1 + width, y1: top, y2: top + LINE_HEIGHT });
    mark.labelAnchor = anchor;
    mark.labelX = round(anchor === "start" ? x1 : x1 + width);
    mark.labelY = round(top + LINE_HEIGHT - 3);
  }
}

function isoOfDay(day: number): string {
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
