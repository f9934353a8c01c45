import type { Timeline } from "@/lib/compare/build-timeline";
import { type ReportLabels, formatShortDay, labelsFor, languageName } from "./labels";
import { type TextRun, markdownRuns } from "./markdown-runs";
import { type PdfRun, PdfWriter } from "./pdf-writer";
import {
  claimFacts,
  facetHeading,
  noteSource,
  relationCountsLine,
  relationTitle,
  sourceOutlet,
  subtitle,
  summaryRows,
  verdictHeading,
} from "./report-text";
import type { Report, ReportFacet, ReportNote, VerdictRating } from "./schema";
import { RELATION_STANDING, STANDING_STYLE } from "./standing-style";

const MUTED = "#57534e";
const ACCENT = "#3730a3";
const STATUS_COLOUR = { disputed: "#a34400", agreed: "#00694c", "single-source": MUTED } as const;
const VERDICT_COLOURS: Record<VerdictRating | "none", [string, string]> = {
  true: ["#009e73", "#ecf8f4"],
  "mostly-true": ["#009e73", "#ecf8f4"],
  mixed: ["#e69f00", "#fdf6e7"],
  "mostly-false": ["#d55e00", "#fcefe6"],
  false: ["#d55e00", "#fcefe6"],
  unverifiable: [ACCENT, "#f5f5ff"],
  "no-contradiction": [ACCENT, "#f5f5ff"],
  none: [ACCENT, "#f5f5ff"],
};
// The timeline model is drawn for 720 × 320 px; on the page it takes the content width.
const FOOTER_TITLE_LENGTH = 80;

/**
 * The report as a PDF made in Node (pdfkit; no browser): A4 pages with the title and summary, the
 * sources, every facet with its verdict, its claims (differing words on a highlight), relations,
 * timeline drawn as vectors and notes, then the methodology; Geist embedded, page numbers in the
 * footer. Yields the bytes a page or so at a time, as they are written.
 */
export async function* renderPdf(report: Report): AsyncGenerator<Uint8Array> {
  const labels = labelsFor(report.language);
  const title = report.event.title;
  const shortTitle = title.length > FOOTER_TITLE_LENGTH ? `${title.slice(0, FOOTER_TITLE_LENGTH - 1)}…` : title;
  const pdf = new PdfWriter({
    title: `${title} — ${labels.comparisonReport}`,
    subject: subtitle(report, labels),
    language: report.language,
    footer: () => `${shortTitle} · ${labels.comparisonReport}`,
  });

  pdf.heading(title, 20, { keepWith: 40 });
  pdf.paragraph([{ text: subtitle(report, labels), color: MUTED }], { size: 8.5 });
  if (report.event.description) pdf.paragraph([{ text: report.event.description }], { size: 10 });

  pdf.heading(labels.summary, 13, { rule: true });
  pdf.boxes(summaryRows(report, labels), 5);

  pdf.heading(labels.sources, 13, { rule: true });
  pdf.table(
    [
      { header: "#", width: 4 },
      { header: labels.outlet, width: 28 },
      { header: labels.date, width: 13 },
      { header: labels.language, width: 11 },
      { header: labels.title, width: 44 },
    ],
    report.sources.map((s, i) => [
      [{ text: String(i + 1), color: MUTED }],
      [{ text: sourceOutlet(s, labels) }],
      [{ text: formatShortDay(s.publishedAt, labels) }],
      [{ text: languageName(s.language, labels) }],
      [{ text: s.title, ...(s.url && /^https?:\/\//i.test(s.url) ? { href: s.url, color: ACCENT } : {}) }],
    ]),
  );
  yield* pdf.take();

  pdf.heading(labels.facets, 13, { rule: true });
  if (report.facets.length === 0) pdf.paragraph([{ text: labels.noFacets, italic: true }]);
  for (const [index, facet] of report.facets.entries()) {
    facetPages(pdf, facet, index, labels);
    yield* pdf.take();
  }

  if (report.otherNotes.length) {
    pdf.heading(labels.editorsNotes, 13, { rule: true });
    notes(pdf, report.otherNotes, labels);
  }
  pdf.heading(labels.methodology, 13, { rule: true });
  pdf.paragraph([{ text: labels.methodologyText }], { size: 9 });
  await pdf.end();
  yield* pdf.take();
}

function facetPages(pdf: PdfWriter, facet: ReportFacet, index: number, labels: ReportLabels): void {
  const heading = facetHeading(facet, index, labels);
  pdf.space(6);
  pdf.heading(heading.title, 12, { keepWith: 120 });
  pdf.paragraph([{ text: heading.status, bold: true, color: STATUS_COLOUR[facet.status] }], { size: 8.5 });

  if (facet.verdict) {
    const verdict = verdictHeading(facet.verdict, labels);
    const [colour, tint] = VERDICT_COLOURS[facet.verdict.rating ?? "none"];
    pdf.callout(
      [
        [{ text: verdict.title, bold: true }, ...(verdict.byline ? [{ text: `  ${verdict.byline}`, color: MUTED }] : [])],
        ...markdownRuns(facet.verdict.explanation).map(toPdfRuns),
      ],
      colour,
      tint,
    );
  } else {
    pdf.paragraph([{ text: labels.noVerdict, italic: true, color: MUTED }], { size: 8.5 });
  }

  pdf.table(
    [
      { header: "#", width: 4 },
      { header: labels.outlet, width: 17 },
      { header: labels.claimant, width: 19 },
      { header: labels.quote, width: 30 },
      { header: labels.value, width: 17 },
      { header: labels.standing, width: 13 },
    ],
    facet.claims.map((c) => {
      const facts = claimFacts(c, labels);
      return [
        [{ text: String(c.n), color: MUTED }],
        [{ text: facts.outlet }, { text: `\n${facts.date}`, color: MUTED }],
        [{ text: facts.claimant }, { text: `\n${[facts.certainty, facts.stage, facts.review].filter(Boolean).join(" · ")}`, color: MUTED }],
        [
          { text: "“" },
          ...c.pieces.map((p): PdfRun => ({ text: p.text, highlight: p.changed })),
          { text: "”" },
          ...(facts.scope ? [{ text: `\n${labels.scope}: ${facts.scope}`, color: MUTED }] : []),
        ],
        [{ text: c.valueShort, bold: true }, { text: `\n${c.valueNormalized}`, color: MUTED }],
        [{ text: "● ", color: STANDING_STYLE[c.standing].hex }, { text: labels.standingOf[c.standing] }],
      ];
    }),
  );
  if (facet.claims.length > 1) pdf.paragraph([{ text: labels.highlightKey, highlight: true }, { text: `: ${labels.highlightMeaning}`, color: MUTED }], { size: 7.5 });

  const counts = relationCountsLine(facet, labels);
  if (counts) {
    pdf.heading(labels.relations, 9.5, { keepWith: 30 });
    pdf.paragraph([{ text: counts, color: MUTED }], { size: 8 });
    for (const relation of facet.relations) {
      pdf.paragraph(
        [
          { text: "● ", color: STANDING_STYLE[RELATION_STANDING[relation.kind]].hex },
          { text: relationTitle(relation, labels, false), bold: true },
          { text: `  ${relation.reason}` },
        ],
        { size: 8.5 },
        6,
      );
    }
    if (facet.relationsNotListed) pdf.paragraph([{ text: labels.relationsNotListed(facet.relationsNotListed), italic: true, color: MUTED }], { size: 8 }, 6);
  }

  if (facet.timeline) {
    const scale = pdf.width / facet.timeline.width;
    pdf.ensure(facet.timeline.height * scale + 40);
    pdf.heading(labels.timeline, 9.5, { keepWith: facet.timeline.height * scale + 20 });
    pdf.paragraph([{ text: labels.timelineText, color: MUTED }], { size: 8 });
    drawTimeline(pdf, facet.timeline, labels.timelineAxis(facet.timeline.xScale));
    if (facet.timeline.leftOut.length) pdf.paragraph([{ text: labels.notDrawn(facet.timeline.leftOut.length), color: MUTED }], { size: 7.5 });
  }

  if (facet.notes.length) {
    pdf.heading(labels.notesOnFacet, 9.5, { keepWith: 30 });
    notes(pdf, facet.notes, labels);
  }
  pdf.space(4);
  pdf.hairline(0.5, "#d6d3d1");
  pdf.space(6);
}

function drawTimeline(pdf: PdfWriter, timeline: Timeline, axisLabel: string): void {
  const scale = pdf.width / timeline.width;
  pdf.drawing(timeline.height * scale + 4, (c) => {
    const X = (x: number) => c.origin.x + x * scale;
    const Y = (y: number) => c.origin.y + y * scale;
    const { plot } = timeline;
    for (const tick of timeline.yTicks) {
      c.line(X(plot.left), Y(tick.y), X(plot.right), Y(tick.y), "#e7e5e4");
      c.text(tick.label, X(plot.left - 8), Y(tick.y + 4), { size: 6.5, anchor: "end", color: MUTED });
    }
    for (const tick of timeline.xTicks) {
      c.line(X(tick.x), Y(plot.bottom), X(tick.x), Y(plot.bottom + 5), "#a8a29e");
      c.text(tick.label, X(tick.x), Y(plot.bottom + 18), { size: 6.5, anchor: "middle", color: MUTED });
    }
    c.line(X(plot.left), Y(plot.bottom), X(plot.right), Y(plot.bottom), "#a8a29e");
    c.text(axisLabel, X((plot.left + plot.right) / 2), Y(plot.bottom + 34), { size: 6.5, anchor: "middle", color: MUTED });
    for (const mark of timeline.marks) {
      const colour = STANDING_STYLE[mark.relation ?? "only"].hex;
      if (mark.point) {
        c.circle(X(mark.x), Y((mark.yHigh + mark.yLow) / 2), 3.5, colour, "#ffffff");
      } else {
        c.rect(X(mark.x) - 2, Y(mark.yHigh), 4, Math.max(1, (mark.yLow - mark.yHigh) * scale), colour);
        if (mark.openHigh) c.polygon([[X(mark.x) - 4, Y(mark.yHigh) + 5], [X(mark.x) + 4, Y(mark.yHigh) + 5], [X(mark.x), Y(mark.yHigh) - 2]], colour);
        if (mark.openLow) c.polygon([[X(mark.x) - 4, Y(mark.yLow) - 5], [X(mark.x) + 4, Y(mark.yLow) - 5], [X(mark.x), Y(mark.yLow) + 2]], colour);
        if (mark.exclusiveHigh) c.circle(X(mark.x), Y(mark.yHigh), 2.6, "#ffffff", colour);
        if (mark.exclusiveLow) c.circle(X(mark.x), Y(mark.yLow), 2.6, "#ffffff", colour);
      }
      c.text(mark.label, X(mark.labelX), Y(mark.labelY), { size: 6.5, anchor: mark.labelAnchor, color: "#292524" });
    }
  });
}

function notes(pdf: PdfWriter, list: readonly ReportNote[], labels: ReportLabels): void {
  for (const note of list) {
    pdf.paragraph([{ text: `${noteSource(note, labels)} — „${note.exact}“`, color: MUTED }], { size: 8 }, 6);
    for (const runs of markdownRuns(note.body)) pdf.paragraph(toPdfRuns(runs), { size: 8.5 }, 6);
    if (note.tags.length) pdf.paragraph([{ text: `${labels.tags}: ${note.tags.join(", ")}`, color: MUTED }], { size: 7.5 }, 6);
  }
}

function toPdfRuns(runs: readonly TextRun[]): PdfRun[] {
  return runs.map((run) => ({ text: run.text, bold: run.bold, italic: run.italic, mono: run.code, ...(run.href ? { href: run.href, color: ACCENT } : {}) }));
}
