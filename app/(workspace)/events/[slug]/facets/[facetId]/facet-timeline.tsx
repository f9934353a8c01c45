import type { Timeline, TimelineMark } from "@/lib/compare/build-timeline";
import type { CellRelation } from "@/lib/compare/cell-relations";
import { fadeOf, TIMELINE_BAR as BAR, timelinePaths, type TimelinePath } from "@/lib/compare/timeline-paths";
import { RELATION_STYLE } from "../../_components/relation-style";

function colour(mark: { relation: CellRelation | null }): string {
  return RELATION_STYLE[mark.relation ?? "only"].hex;
}

// One gradient per colour and kind of open end, shared by every mark that needs it.
const fadeId = (mark: { relation: CellRelation | null; openHigh: boolean; openLow: boolean }) => `fade-${mark.relation ?? "only"}-${fadeOf(mark)}`;

/** The paint of one merged path of the marks drawn alone (see timelinePaths). */
function pathPaint(path: TimelinePath) {
  const fill = colour(path);
  switch (path.paint) {
    case "solid":
      return { fill };
    case "fade":
      return { fill: `url(#${fadeId({ relation: path.relation, openHigh: path.fade.includes("h"), openLow: path.fade.includes("l") })})` };
    case "dot":
      return { fill, stroke: "#fff", strokeWidth: 1.5 };
    case "hollow":
      return { fill: "#fff", stroke: fill, strokeWidth: 2 };
  }
}

/**
 * The facet's values over time (each at its as-of day, else its publication day; see buildTimeline): one bar per claim spanning its range, arrows where
 * a range has no end ("more than 10,000"), hollow ends where the bound itself is excluded, a dot
 * for an exact value. The marks of the claims on the shown page (`shown`) link to their cards and
 * carry their details in a <title> and a label; the others are drawn alone, merged into a few
 * paths (timelinePaths), so that a facet of hundreds of claims keeps its picture without markup
 * per claim.
 */
export function FacetTimeline({ timeline, label, shown }: { timeline: Timeline; label: string; shown: ReadonlySet<string> }) {
  const { plot } = timeline;
  const fades = [...new Map(timeline.marks.filter((m) => m.openHigh || m.openLow).map((m) => [fadeId(m), m])).entries()];
  return (
    <figure className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white p-3">
      <svg
        viewBox={`0 0 ${timeline.width} ${timeline.height}`}
        width={timeline.width}
        height={timeline.height}
        // A group, not an image: its marks are links to the claim cards, and an image's content
        // is presentational, which would hide (and nest) those focusable links.
        role="group"
        aria-labelledby="timeline-title timeline-desc"
        className="h-auto max-w-full font-sans"
      >
        <title id="timeline-title">{`Timeline: ${label}`}</title>
        <desc id="timeline-desc">{timeline.description}</desc>
        <defs>
          {/* Open ends fade out towards the arrow: the range goes on past the plot. */}
          {fades.map(([id, mark]) =>
            mark.openHigh || mark.openLow ? (
              <linearGradient key={id} id={id} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0" stopColor={colour(mark)} stopOpacity={mark.openHigh ? 0.15 : 1} />
                <stop offset="0.35" stopColor={colour(mark)} stopOpacity={1} />
                <stop offset="0.65" stopColor={colour(mark)} stopOpacity={1} />
                <stop offset="1" stopColor={colour(mark)} stopOpacity={mark.openLow ? 0.15 : 1} />
              </linearGradient>
            ) : null,
          )}
        </defs>

        <g className="text-stone-500" fontSize={11}>
          {timeline.yTicks.map((tick) => (
            <g key={`y${tick.y}`}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e7e5e4" />
              <text x={plot.left - 8} y={tick.y + 4} textAnchor="end" fill="currentColor">
                {tick.label}
              </text>
            </g>
          ))}
          {timeline.xTicks.map((tick) => (
            <g key={`x${tick.x}`}>
              <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} stroke="#a8a29e" />
              <text x={tick.x} y={plot.bottom + 18} textAnchor="middle" fill="currentColor">
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#a8a29e" />
          <text x={(plot.left + plot.right) / 2} y={plot.bottom + 34} textAnchor="middle" fill="currentColor">
            {timeline.xScale === "hours" ? "hour of the day" : "as of (else published)"}
          </text>
        </g>

        <g aria-hidden>
          {timelinePaths(timeline.marks.filter((mark) => !shown.has(mark.id))).map((path) => (
            <path key={`${path.paint}:${path.relation}:${path.fade}`} d={path.d} {...pathPaint(path)} />
          ))}
        </g>
        {timeline.marks.filter((mark) => shown.has(mark.id)).map((mark) => (
          <a key={mark.id} href={`?claim=${mark.id}#claim-${mark.id}`} className="outline-none focus-visible:[&>*]:opacity-80">
            <title>{mark.title}</title>
            <Mark mark={mark} />
            <text x={mark.labelX} y={mark.labelY} textAnchor={mark.labelAnchor} fontSize={11} fill="#292524">
              {`${RELATION_STYLE[mark.relation ?? "only"].glyph} ${mark.label}`}
            </text>
          </a>
        ))}
      </svg>
      {timeline.leftOut.length > 0 ? (
        <figcaption className="mt-1 text-xs text-stone-500">
          {timeline.leftOut.length} claim(s) not drawn: no publication date, or a value without bounds.
        </figcaption>
      ) : null}
    </figure>
  );
}

function Mark({ mark }: { mark: TimelineMark }) {
  const fill = colour(mark);
  if (mark.point) return <circle cx={mark.x} cy={(mark.yHigh + mark.yLow) / 2} r={5} fill={fill} stroke="#fff" strokeWidth={1.5} />;
  const open = mark.openHigh || mark.openLow;
  return (
    <>
      <rect
        x={mark.x - BAR / 2}
        y={mark.yHigh}
        width={BAR}
        height={Math.max(1, mark.yLow - mark.yHigh)}
        rx={2}
        fill={open ? `url(#${fadeId(mark)})` : fill}
      />
      {mark.openHigh ? <polygon points={`${mark.x - 6},${mark.yHigh + 8} ${mark.x + 6},${mark.yHigh + 8} ${mark.x},${mark.yHigh - 2}`} fill={fill} /> : null}
      {mark.openLow ? <polygon points={`${mark.x - 6},${mark.yLow - 8} ${mark.x + 6},${mark.yLow - 8} ${mark.x},${mark.yLow + 2}`} fill={fill} /> : null}
      {mark.exclusiveHigh ? <circle cx={mark.x} cy={mark.yHigh} r={4} fill="#fff" stroke={fill} strokeWidth={2} /> : null}
      {mark.exclusiveLow ? <circle cx={mark.x} cy={mark.yLow} r={4} fill="#fff" stroke={fill} strokeWidth={2} /> : null}
    </>
  );
}
