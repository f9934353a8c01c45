import type { AsOf } from "@/lib/claims/schema";
import { placeName } from "@/lib/places";
import { type ReportLabels, formatDay, formatShortDay, languageName } from "./labels";
import type { Report, ReportClaim, ReportFacet, ReportNote, ReportRelation, ReportVerdict } from "./schema";
import { RELATION_GLYPH } from "./standing-style";

// The sentences and table rows every format shares, so Markdown, HTML and PDF say the same thing
// in the same words; each format only marks them up.

/** "Comparison report · Sources published 18 Oct 2024 – 5 Nov 2024 · Generated 2 December 2026". */
export function subtitle(report: Report, labels: ReportLabels): string {
  const range = report.dateRange
    ? `${labels.publishedBetween} ${formatShortDay(report.dateRange.from, labels)} – ${formatShortDay(report.dateRange.to, labels)}`
    : null;
  return [labels.comparisonReport, range, `${labels.generated} ${formatDay(report.generatedAt, labels)}`].filter(Boolean).join(" · ");
}

/** The summary as label/value rows, and the options chosen when they leave something out. */
export function summaryRows(report: Report, labels: ReportLabels): [string, string][] {
  const s = report.summary;
  const chosen = [
    report.options.facets ? labels.optionSomeFacets : null,
    report.options.disputedOnly ? labels.optionDisputedOnly : null,
    report.options.notes ? null : labels.optionWithoutNotes,
  ].filter((o): o is string => o !== null);
  return [
    [labels.articles, String(s.articles)],
    [labels.outlets, String(s.outlets)],
    [labels.languages, s.languages.map((code) => languageName(code, labels)).join(", ")],
    [labels.facets, labels.facetsShown(s.facetsShown, s.facets)],
    [labels.disputedFacets, String(s.disputed)],
    [labels.agreedFacets, String(s.agreed)],
    [labels.singleSourceFacets, String(s.singleSource)],
    [labels.contradictions, String(s.contradictions)],
    [labels.verdicts, String(s.verdicts)],
    ...(chosen.length ? [[labels.options, chosen.join("; ")] as [string, string]] : []),
  ];
}

/** "1. How many soldiers …?" and its status in words. */
export function facetHeading(facet: ReportFacet, index: number, labels: ReportLabels): { title: string; status: string } {
  const count = facet.contradictions ? ` (${labels.contradictionCount(facet.contradictions)})` : "";
  return { title: `${index + 1}. ${facet.question}`, status: `${labels.status[facet.status]}${count}` };
}

/** "Verdict: Mostly false" and "Dana Fact, 4 November 2026". */
export function verdictHeading(verdict: ReportVerdict, labels: ReportLabels): { title: string; byline: string | null } {
  const byline = [verdict.author, verdict.date ? formatDay(verdict.date, labels) : null].filter(Boolean).join(", ");
  return {
    title: verdict.rating ? `${labels.verdict}: ${labels.ratingOf[verdict.rating]}` : labels.verdict,
    byline: byline || null,
  };
}

/** Outlet, date, claimant, certainty, the figure's stage (null when unsaid) and review of a claim, in the report's words. */
export function claimFacts(claim: ReportClaim, labels: ReportLabels) {
  return {
    outlet: claim.outlet ?? labels.unknownOutlet,
    date: formatShortDay(claim.publishedAt, labels),
    claimant: claim.attributed ? claim.claimant : `${claim.claimant} (${labels.ownReporting})`,
    certainty: labels.certaintyOf[claim.certainty],
    stage: claim.figureStatus ? labels.figureStatusOf[claim.figureStatus] : null,
    review: labels.reviewOf[claim.status],
    scope: [
      claim.scope ? placeName(claim.scope, labels.locale.startsWith("de") ? "de" : "en") : null,
      claim.asOf ? `${labels.asOf} ${asOfDays(claim.asOf, labels)}` : null,
    ]
      .filter(Boolean)
      .join(", "),
  };
}

/** "3 Nov 2024", or "1 Nov 2024 – 3 Nov 2024" when a figure held over several days. */
function asOfDays(asOf: AsOf, labels: ReportLabels): string {
  const from = formatShortDay(asOf.from, labels);
  // The hour is on the last day ("2 Jun 2031, 09:40"), as a ticker entry gives it.
  const hour = asOf.time ? `, ${asOf.time}` : "";
  return asOf.to === asOf.from ? `${from}${hour}` : `${from} – ${formatShortDay(asOf.to, labels)}${hour}`;
}

/** "≠ 1 ↔ 3 · conflicting #1" (without the glyph for a format that marks the kind otherwise); the reason goes beside it. */
export function relationTitle(relation: ReportRelation, labels: ReportLabels, glyph = true): string {
  const title = `${relation.a} ↔ ${relation.b} · ${labels.kind[relation.kind]}${relation.rank ? ` #${relation.rank}` : ""}`;
  return glyph ? `${RELATION_GLYPH[relation.kind]} ${title}` : title;
}

/** "All pairs: 2 conflicting, 1 compatible." */
export function relationCountsLine(facet: ReportFacet, labels: ReportLabels): string | null {
  const counts = Object.entries(facet.relationCounts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${labels.kind[kind as ReportRelation["kind"]]}`);
  return counts.length ? `${labels.relationCounts}: ${counts.join(", ")}.` : null;
}

/** Where a note sits: "Dorfbote, 5 Nov 2024, on claim 3". */
export function noteSource(note: ReportNote, labels: ReportLabels): string {
  return [note.outlet ?? labels.unknownOutlet, formatShortDay(note.publishedAt, labels), note.claim ? labels.aboutClaim(note.claim) : null]
    .filter(Boolean)
    .join(", ");
}

/** The outlet of a source with its domain and country: "Regio-Kurier (regio-kurier.example, DE)". */
export function sourceOutlet(source: Report["sources"][number], labels: ReportLabels): string {
  const details = [source.domain, source.country].filter(Boolean).join(", ");
  return `${source.outlet ?? labels.unknownOutlet}${details ? ` (${details})` : ""}`;
}
