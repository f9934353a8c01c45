import type { ReportFacet } from "./schema";

// Characters of the value axis: wide enough to tell 9,000 from 10,000, narrow enough for a page.
const AXIS = 40;
const LABEL = 18;

/**
 * The facet's timeline drawn in text, for formats that cannot show a picture (Markdown on a code
 * host): one row per claim in time order (its as-of day and hour, else its publication day), the value axis across, each claim's interval as
 * a bar (● an exact value, ◀ ▶ an open end), tick labels above. Null when there is no timeline.
 */
export function timelineAsText(facet: ReportFacet): string | null {
  const timeline = facet.timeline;
  if (!timeline) return null;
  const { top, bottom } = timeline.plot;
  const column = (y: number) => Math.max(0, Math.min(AXIS - 1, Math.round(((bottom - y) / (bottom - top)) * (AXIS - 1))));
  const claimOf = new Map(facet.claims.map((c) => [c.id, c]));
  const whenOf = new Map(facet.claims.map((c) => [c.id, c.asOf ? `${c.asOf.to}${c.asOf.time ? ` ${c.asOf.time}` : ""}` : (c.publishedAt ?? "")]));
  const DATE = Math.max(10, ...[...whenOf.values()].map((w) => w.length));
  const indent = " ".repeat(DATE + 1 + LABEL + 1);

  const ticks = Array.from({ length: AXIS + 12 }, () => " ");
  let free = 0;
  for (const tick of [...timeline.yTicks].sort((a, b) => b.y - a.y)) {
    const at = column(tick.y);
    if (at < free) continue;
    [...tick.label].forEach((char, i) => (ticks[at + i] = char));
    free = at + tick.label.length + 1;
  }
  const lines = [`${indent}${ticks.join("").trimEnd()}`, `${indent}${"┬".padEnd(AXIS, "─")}`];

  for (const mark of [...timeline.marks].sort((a, b) => a.x - b.x)) {
    const claim = claimOf.get(mark.id);
    const bar = Array.from({ length: AXIS }, () => " ");
    const low = column(mark.yLow);
    const high = column(mark.yHigh);
    if (mark.point) bar[low] = "●";
    else {
      for (let i = low; i <= high; i++) bar[i] = "█";
      if (mark.openLow) bar[0] = "◀";
      if (mark.openHigh) bar[AXIS - 1] = "▶";
    }
    const date = (whenOf.get(mark.id) ?? "").padEnd(DATE);
    const label = fit(mark.label, LABEL);
    lines.push(`${date} ${label} ${bar.join("")} ${claim?.valueShort ?? ""}`.trimEnd());
  }
  return lines.join("\n");
}

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text.padEnd(width) : `${chars.slice(0, width - 1).join("")}…`;
}
