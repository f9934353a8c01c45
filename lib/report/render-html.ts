import { escapeHtml as e } from "./escape-html";
import { type ReportLabels, formatShortDay, labelsFor, languageName } from "./labels";
import { type TextRun, markdownRuns } from "./markdown-runs";
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
import type { QuotePiece, Report, ReportFacet, ReportNote } from "./schema";
import { STANDING_STYLE } from "./standing-style";
import { timelineSvg } from "./timeline-svg";

/** Where the HTML report is shown: as a file on its own, or behind a share link that offers the PDF. */
export type HtmlReportOptions = {
  /** A bar above the report saying it is shared read-only, with a link to its PDF. */
  share?: { pdfHref: string };
};

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, no image, font or
 * style loaded from anywhere (its own Content-Security-Policy forbids every request), and a print
 * stylesheet for A4 pages. All data is escaped; the Markdown of verdicts and notes is reduced to
 * bold, italic, code and http(s) links. Yields the document a section at a time.
 */
export function* renderHtml(report: Report, options: HtmlReportOptions = {}): Generator<string> {
  const labels = labelsFor(report.language);
  const title = `${report.event.title} — ${labels.comparisonReport}`;
  yield `<!doctype html>\n<html lang="${report.language}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="generator" content="Claimdiff">\n<title>${e(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`;
  if (options.share) {
    yield `<header class="share-bar"><span>${e(labels.sharedReadOnly)}</span> <a href="${e(options.share.pdfHref)}" download>${e(labels.downloadPdf)}</a></header>\n`;
  }
  yield `<main>\n<header class="title"><h1>${e(report.event.title)}</h1>` +
    `<p class="meta">${e(subtitle(report, labels))}</p>` +
    (report.event.description ? `<p class="description">${e(report.event.description)}</p>` : "") +
    `</header>\n`;

  yield `<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">${e(labels.contents)}</h2><ol>` +
    `<li><a href="#summary">${e(labels.summary)}</a></li><li><a href="#sources">${e(labels.sources)}</a></li>` +
    `<li><a href="#facets">${e(labels.facets)}</a><ol>` +
    report.facets.map((f) => `<li><a href="#facet-${e(f.id)}">${e(f.question)}</a> <span class="status status-${f.status}">${e(labels.status[f.status])}</span></li>`).join("") +
    `</ol></li>` +
    (report.otherNotes.length ? `<li><a href="#notes">${e(labels.editorsNotes)}</a></li>` : "") +
    `<li><a href="#methodology">${e(labels.methodology)}</a></li></ol></nav>\n`;

  yield `<section id="summary"><h2>${e(labels.summary)}</h2><dl class="summary">` +
    summaryRows(report, labels).map(([label, value]) => `<div><dt>${e(label)}</dt><dd>${e(value)}</dd></div>`).join("") +
    `</dl></section>\n`;

  yield `<section id="sources"><h2>${e(labels.sources)}</h2><table class="sources"><thead><tr><th scope="col">#</th>` +
    `<th scope="col">${e(labels.outlet)}</th><th scope="col">${e(labels.date)}</th><th scope="col">${e(labels.language)}</th>` +
    `<th scope="col">${e(labels.title)}</th></tr></thead><tbody>` +
    report.sources
      .map(
        (s, i) =>
          `<tr><td class="n">${i + 1}</td><td>${e(sourceOutlet(s, labels))}</td><td class="date">${e(formatShortDay(s.publishedAt, labels))}</td>` +
          `<td>${e(languageName(s.language, labels))}</td><td lang="${e(s.language)}">` +
          (s.url && /^https?:\/\//i.test(s.url) ? `<a href="${e(s.url)}" class="source-link">${e(s.title)}</a>` : e(s.title)) +
          `</td></tr>`,
      )
      .join("") +
    `</tbody></table></section>\n`;

  yield `<section id="facets"><h2>${e(labels.facets)}</h2>\n`;
  if (report.facets.length === 0) yield `<p class="empty">${e(labels.noFacets)}</p>\n`;
  for (const [index, facet] of report.facets.entries()) yield facetArticle(facet, index, labels);
  yield `</section>\n`;

  if (report.otherNotes.length) yield `<section id="notes"><h2>${e(labels.editorsNotes)}</h2>${notesList(report.otherNotes, labels)}</section>\n`;
  yield `<section id="methodology"><h2>${e(labels.methodology)}</h2><p>${e(labels.methodologyText)}</p></section>\n`;
  yield `<footer>${e(subtitle(report, labels))} · Claimdiff</footer>\n</main>\n</body>\n</html>\n`;
}

function facetArticle(facet: ReportFacet, index: number, labels: ReportLabels): string {
  const heading = facetHeading(facet, index, labels);
  const parts = [
    `<article class="facet" id="facet-${e(facet.id)}" aria-labelledby="facet-${e(facet.id)}-heading">`,
    `<h3 id="facet-${e(facet.id)}-heading">${e(heading.title)} <span class="status status-${facet.status}">${e(heading.status)}</span></h3>`,
  ];

  if (facet.verdict) {
    const verdict = verdictHeading(facet.verdict, labels);
    parts.push(
      `<div class="verdict${facet.verdict.rating ? ` rating-${facet.verdict.rating}` : ""}"><p class="verdict-title">${e(verdict.title)}` +
        (verdict.byline ? ` <span class="byline">${e(verdict.byline)}</span>` : "") +
        `</p>${markdownRuns(facet.verdict.explanation).map((runs) => `<p>${runsHtml(runs)}</p>`).join("")}</div>`,
    );
  } else {
    parts.push(`<p class="no-verdict">${e(labels.noVerdict)}</p>`);
  }

  parts.push(
    `<table class="claims"><thead><tr><th scope="col">#</th><th scope="col">${e(labels.outlet)}</th><th scope="col">${e(labels.claimant)}</th>` +
      `<th scope="col">${e(labels.quote)}</th><th scope="col">${e(labels.value)}</th><th scope="col">${e(labels.standing)}</th></tr></thead><tbody>` +
      facet.claims
        .map((c) => {
          const facts = claimFacts(c, labels);
          const style = STANDING_STYLE[c.standing];
          return (
            `<tr id="claim-${e(c.id)}"><td class="n">${c.n}</td>` +
            `<td>${e(facts.outlet)}<br><span class="small">${e(facts.date)}</span></td>` +
            `<td>${e(facts.claimant)}<br><span class="small">${[facts.certainty, facts.stage, facts.review].filter(Boolean).map((s) => e(s!)).join(" · ")}</span></td>` +
            `<td><q lang="${e(c.language)}">${quoteHtml(c.pieces)}</q>${facts.scope ? `<br><span class="small">${e(labels.scope)}: ${e(facts.scope)}</span>` : ""}</td>` +
            `<td><span class="value" lang="${e(c.language)}">${e(c.valueShort)}</span><br><span class="small">${e(c.valueNormalized)}</span></td>` +
            `<td><span class="standing" style="--standing:${style.hex}">${e(style.glyph)} ${e(labels.standingOf[c.standing])}</span></td></tr>`
          );
        })
        .join("") +
      `</tbody></table>` +
      (facet.claims.length > 1 ? `<p class="legend">${e(`${labels.highlightKey}: ${labels.highlightMeaning}`)}</p>` : ""),
  );

  const counts = relationCountsLine(facet, labels);
  if (counts) {
    parts.push(
      `<h4>${e(labels.relations)}</h4><p class="counts">${e(counts)}</p>` +
        (facet.relations.length
          ? `<ul class="relations">${facet.relations
              .map((r) => `<li class="relation-${r.kind}"><span class="relation-title">${e(relationTitle(r, labels))}</span> ${e(r.reason)}</li>`)
              .join("")}${facet.relationsNotListed ? `<li class="more">${e(labels.relationsNotListed(facet.relationsNotListed))}</li>` : ""}</ul>`
          : ""),
    );
  }

  if (facet.timeline) {
    parts.push(
      `<figure class="timeline"><figcaption><strong>${e(labels.timeline)}</strong> — ${e(labels.timelineText)}</figcaption>` +
        timelineSvg(facet.timeline, `${labels.timeline}: ${facet.question}`, labels.timelineAxis(facet.timeline.xScale), `t${index}`) +
        (facet.timeline.leftOut.length ? `<p class="small">${e(labels.notDrawn(facet.timeline.leftOut.length))}</p>` : "") +
        `</figure>`,
    );
  }
  if (facet.notes.length) parts.push(`<h4>${e(labels.notesOnFacet)}</h4>${notesList(facet.notes, labels)}`);
  parts.push(`</article>\n`);
  return parts.join("\n");
}

function notesList(notes: readonly ReportNote[], labels: ReportLabels): string {
  return `<ul class="notes">${notes
    .map(
      (note) =>
        `<li><p class="note-source">${e(noteSource(note, labels))} — <q>${e(note.exact)}</q></p>` +
        markdownRuns(note.body).map((runs) => `<p>${runsHtml(runs)}</p>`).join("") +
        (note.tags.length ? `<p class="small">${e(labels.tags)}: ${note.tags.map(e).join(", ")}</p>` : "") +
        `</li>`,
    )
    .join("")}</ul>`;
}

function quoteHtml(pieces: readonly QuotePiece[]): string {
  return pieces.map((p) => (p.changed ? `<mark>${e(p.text)}</mark>` : e(p.text))).join("");
}

function runsHtml(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      const text = e(run.text);
      if (run.href) return `<a href="${e(run.href)}">${text}</a>`;
      if (run.code) return `<code>${text}</code>`;
      if (run.bold) return `<strong>${text}</strong>`;
      if (run.italic) return `<em>${text}</em>`;
      return text;
    })
    .join("");
}

// System fonts only: a self-contained file may not fetch one, and every reader has these.
const STYLE = `
:root { color-scheme: light; --ink: #1c1917; --muted: #57534e; --line: #e7e5e4; --accent: #3730a3; --mark: #fde68a; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; color: var(--ink); background: #fafaf9; line-height: 1.5; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff; }
a { color: var(--accent); }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; letter-spacing: -0.01em; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 0 0 0.6rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
.legend::before { content: ""; display: inline-block; width: 1.1em; height: 0.75em; margin-right: 0.4em; background: var(--mark); border-radius: 0.15em; }
.meta, .small, .legend, .counts, .byline, footer { color: var(--muted); font-size: 0.85rem; }
.description { max-width: 45rem; }
.share-bar { display: flex; gap: 1rem; justify-content: space-between; align-items: center; padding: 0.6rem 1.5rem; background: #eef2ff; border-bottom: 1px solid #c7d2fe; font-size: 0.9rem; }
.share-bar a { font-weight: 600; }
.toc ol { margin: 0.2rem 0; padding-left: 1.4rem; }
.toc li { margin: 0.15rem 0; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.5rem; margin: 0; }
dl.summary div { border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.45rem 0.7rem; }
dl.summary dt { font-size: 0.8rem; color: var(--muted); }
dl.summary dd { margin: 0; font-size: 1.1rem; font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: 0.88rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); border-bottom: 1px solid #a8a29e; }
td.n { width: 2rem; text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
.facet { margin: 1.2rem 0 2rem; padding: 1rem 1.1rem; border: 1px solid var(--line); border-radius: 0.6rem; }
.status { font-size: 0.8rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px; background: #f5f5f4; color: var(--muted); white-space: nowrap; }
.status-disputed { background: #fbe3d4; color: #a34400; }
.status-agreed { background: #d8f0e8; color: #00694c; }
.verdict { margin: 0.4rem 0 0.9rem; padding: 0.6rem 0.9rem; border-left: 4px solid var(--accent); background: #f5f5ff; }
.verdict p { margin: 0.25rem 0; }
.verdict-title { font-weight: 700; }
.rating-true, .rating-mostly-true { border-color: #009e73; background: #ecf8f4; }
.rating-mixed { border-color: #e69f00; background: #fdf6e7; }
.rating-mostly-false, .rating-false { border-color: #d55e00; background: #fcefe6; }
.no-verdict { color: var(--muted); font-style: italic; font-size: 0.9rem; }
q { quotes: "“" "”"; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 0.15em; }
.value { font-weight: 600; white-space: nowrap; }
.standing { white-space: nowrap; border-left: 4px solid var(--standing); padding-left: 0.35rem; }
ul.relations, ul.notes { margin: 0.3rem 0; padding-left: 1.2rem; font-size: 0.9rem; }
ul.relations li, ul.notes li { margin: 0.25rem 0; }
.relation-title { font-weight: 600; white-space: nowrap; }
.relation-conflicting .relation-title { color: #a34400; }
.more { list-style: none; color: var(--muted); font-style: italic; }
.note-source { margin: 0; color: var(--muted); }
ul.notes p { margin: 0.1rem 0; }
figure.timeline { margin: 1rem 0 0; }
figure.timeline figcaption { font-size: 0.85rem; color: var(--muted); margin-bottom: 0.3rem; }
figure.timeline svg { display: block; width: 100%; height: auto; max-width: 720px; }
footer { margin-top: 3rem; padding-top: 0.6rem; border-top: 1px solid var(--line); }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html { background: #fff; font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  .share-bar, .toc { display: none; }
  a { color: inherit; text-decoration: none; }
  a.source-link::after { content: " — " attr(href); color: var(--muted); font-size: 0.85em; word-break: break-all; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .facet { border: none; padding: 0; margin: 0 0 1.5rem; }
  .facet + .facet { border-top: 1px solid var(--line); padding-top: 1rem; }
  tr, .verdict, figure.timeline, ul.relations li, ul.notes li, dl.summary div { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  mark, .legend::before, .status, .verdict, .standing { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.replace(/\n\s*/g, "\n");
