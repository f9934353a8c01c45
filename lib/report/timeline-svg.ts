import type { Timeline, TimelineMark } from "@/lib/compare/build-timeline";
import { escapeHtml } from "./escape-html";
import { STANDING_STYLE } from "./standing-style";

const BAR = 6;

const colour = (mark: TimelineMark) => STANDING_STYLE[mark.relation ?? "only"].hex;

/**
 * The facet's timeline as an inline SVG, drawn as the facet view draws it: one bar per claim from
 * its lower to its upper bound at its publication day, an arrow where the range has no end, a
 * hollow end where the bound itself is excluded, a dot for an exact value, each labelled with its
 * claimant and the glyph of its standing. `idPrefix` keeps gradient ids unique in one document.
 */
export function timelineSvg(timeline: Timeline, title: string, axisLabel: string, idPrefix: string): string {
  const { plot } = timeline;
  const gradientId = (mark: TimelineMark) => `${idPrefix}-fade-${mark.id}`;
  const gradients = timeline.marks
    .filter((m) => m.openHigh || m.openLow)
    .map(
      (m) =>
        `<linearGradient id="${gradientId(m)}" x1="0" y1="0" x2="0" y2="1">` +
        `<stop offset="0" stop-color="${colour(m)}" stop-opacity="${m.openHigh ? 0.15 : 1}"/>` +
        `<stop offset="0.35" stop-color="${colour(m)}"/><stop offset="0.65" stop-color="${colour(m)}"/>` +
        `<stop offset="1" stop-color="${colour(m)}" stop-opacity="${m.openLow ? 0.15 : 1}"/></linearGradient>`,
    )
    .join("");
  const yTicks = timeline.yTicks
    .map(
      (t) =>
        `<line x1="${plot.left}" x2="${plot.right}" y1="${t.y}" y2="${t.y}" stroke="#e7e5e4"/>` +
        `<text x="${plot.left - 8}" y="${t.y + 4}" text-anchor="end">${escapeHtml(t.label)}</text>`,
    )
    .join("");
  const xTicks = timeline.xTicks
    .map(
      (t) =>
        `<line x1="${t.x}" x2="${t.x}" y1="${plot.bottom}" y2="${plot.bottom + 5}" stroke="#a8a29e"/>` +
        `<text x="${t.x}" y="${plot.bottom + 18}" text-anchor="middle">${escapeHtml(t.label)}</text>`,
    )
    .join("");
  const marks = timeline.marks
    .map(
      (m) =>
        `<g><title>${escapeHtml(m.title)}</title>${markShape(m, gradientId(m))}` +
        `<text x="${m.labelX}" y="${m.labelY}" text-anchor="${m.labelAnchor}" fill="#292524">${escapeHtml(`${STANDING_STYLE[m.relation ?? "only"].glyph} ${m.label}`)}</text></g>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${timeline.width} ${timeline.height}" width="${timeline.width}" height="${timeline.height}" ` +
    `role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-size="11" font-family="inherit">` +
    `<title id="${idPrefix}-title">${escapeHtml(title)}</title><desc id="${idPrefix}-desc">${escapeHtml(timeline.description)}</desc>` +
    `<defs>${gradients}</defs><g fill="#57534e">${yTicks}${xTicks}` +
    `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#a8a29e"/>` +
    `<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 34}" text-anchor="middle">${escapeHtml(axisLabel)}</text></g>` +
    `${marks}</svg>`
  );
}

function markShape(mark: TimelineMark, gradientId: string): string {
  const fill = colour(mark);
  if (mark.point) return `<circle cx="${mark.x}" cy="${(mark.yHigh + mark.yLow) / 2}" r="5" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`;
  const open = mark.openHigh || mark.openLow;
  const height = Math.max(1, mark.yLow - mark.yHigh);
  return [
    `<rect x="${mark.x - BAR / 2}" y="${mark.yHigh}" width="${BAR}" height="${height}" rx="2" fill="${open ? `url(#${gradientId})` : fill}"/>`,
    mark.openHigh ? `<polygon points="${mark.x - 6},${mark.yHigh + 8} ${mark.x + 6},${mark.yHigh + 8} ${mark.x},${mark.yHigh - 2}" fill="${fill}"/>` : "",
    mark.openLow ? `<polygon points="${mark.x - 6},${mark.yLow - 8} ${mark.x + 6},${mark.yLow - 8} ${mark.x},${mark.yLow + 2}" fill="${fill}"/>` : "",
    mark.exclusiveHigh ? `<circle cx="${mark.x}" cy="${mark.yHigh}" r="4" fill="#fff" stroke="${fill}" stroke-width="2"/>` : "",
    mark.exclusiveLow ? `<circle cx="${mark.x}" cy="${mark.yLow}" r="4" fill="#fff" stroke="${fill}" stroke-width="2"/>` : "",
  ].join("");
}
