import { type ReportLabels, formatShortDay, labelsFor, languageName } from "./labels";
import { markdownRuns } from "./markdown-runs";
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
import { timelineAsText } from "./timeline-as-text";

/**
 * The report as CommonMark with GitHub's tables, which GitHub and GitLab render alike: headings,
 * tables of sources and claims, the differing words of each quote in bold, the timeline drawn in
 * text in a code block. Nothing from the data can become markup: every piece of text is escaped,
 * and the Markdown of verdicts and notes is reduced to bold, italic, code and http(s) links.
 * Yields the document a section at a time.
 */
export function* renderMarkdown(report: Report): Generator<string> {
  const labels = labelsFor(report.language);
  yield `# ${inline(report.event.title)}\n\n_${inline(subtitle(report, labels))}_\n\n`;
  if (report.event.description) yield `${block(inline(report.event.description))}\n\n`;

  yield `## ${labels.summary}\n\n| | |\n| --- | --: |\n`;
  yield summaryRows(report, labels)
    .map(([label, value]) => `| ${inline(label)} | ${inline(value)} |\n`)
    .join("");

  yield `\n## ${labels.sources}\n\n| # | ${labels.outlet} | ${labels.date} | ${labels.language} | ${labels.title} |\n| --: | --- | --- | --- | --- |\n`;
  yield report.sources
    .map((s, i) => {
      const title = s.url ? `[${inline(s.title)}](${destination(s.url)})` : inline(s.title);
      return `| ${i + 1} | ${inline(sourceOutlet(s, labels))} | ${formatShortDay(s.publishedAt, labels)} | ${inline(languageName(s.language, labels))} | ${title} |\n`;
    })
    .join("");

  yield `\n## ${labels.facets}\n\n`;
  if (report.facets.length === 0) yield `${labels.noFacets}\n\n`;
  for (const [index, facet] of report.facets.entries()) yield facetSection(facet, index, labels);

  if (report.otherNotes.length) yield `## ${labels.editorsNotes}\n\n${notesList(report.otherNotes, labels)}\n`;
  yield `## ${labels.methodology}\n\n${block(inline(labels.methodologyText))}\n`;
}

function facetSection(facet: ReportFacet, index: number, labels: ReportLabels): string {
  const heading = facetHeading(facet, index, labels);
  const parts = [`### ${inline(heading.title)}\n\n**${inline(heading.status)}**\n`];

  if (facet.verdict) {
    const verdict = verdictHeading(facet.verdict, labels);
    const explanation = markdownRuns(facet.verdict.explanation).map((runs) => `> ${block(safeMarkdown(runs))}`).join("\n>\n");
    parts.push(`**${inline(verdict.title)}**${verdict.byline ? ` — ${inline(verdict.byline)}` : ""}\n${explanation ? `\n${explanation}\n` : ""}`);
  } else {
    parts.push(`_${labels.noVerdict}_\n`);
  }

  parts.push(
    `| # | ${labels.outlet} | ${labels.date} | ${labels.claimant} | ${labels.certainty} | ${labels.quote} | ${labels.value} | ${labels.normalized} | ${labels.standing} |\n` +
      "| --: | --- | --- | --- | --- | --- | --- | --- | --- |\n" +
      facet.claims
        .map((c) => {
          const facts = claimFacts(c, labels);
          const stage = facts.stage ? `, ${inline(facts.stage)}` : "";
          const review = c.status === "confirmed" ? `, ${facts.review}` : "";
          const scope = facts.scope ? ` (${inline(`${labels.scope}: ${facts.scope}`)})` : "";
          return `| ${c.n} | ${inline(facts.outlet)} | ${facts.date} | ${inline(facts.claimant)} | ${inline(facts.certainty)}${stage}${review} | ${quote(c.pieces)}${scope} | ${inline(c.valueShort)} | ${inline(c.valueNormalized)} | ${STANDING_STYLE[c.standing].glyph} ${inline(labels.standingOf[c.standing])} |\n`;
        })
        .join("") +
      (facet.claims.length > 1 ? `\n_${labels.boldLegend}_\n` : ""),
  );

  const counts = relationCountsLine(facet, labels);
  if (counts) {
    const listed = facet.relations.map((r) => `- **${inline(relationTitle(r, labels))}**: ${inline(r.reason)}\n`).join("");
    const more = facet.relationsNotListed ? `- _${labels.relationsNotListed(facet.relationsNotListed)}_\n` : "";
    parts.push(`**${labels.relations}** — ${inline(counts)}\n${listed || more ? `\n${listed}${more}` : ""}`);
  }

  const timeline = timelineAsText(facet);
  if (timeline) parts.push(`**${labels.timeline}** — ${inline(labels.timelineText)}\n\n\`\`\`text\n${timeline.replaceAll("`", "'")}\n\`\`\`\n`);
  if (facet.timeline?.leftOut.length) parts.push(`_${labels.notDrawn(facet.timeline.leftOut.length)}_\n`);
  if (facet.notes.length) parts.push(`**${labels.notesOnFacet}**\n\n${notesList(facet.notes, labels)}`);
  return `${parts.join("\n")}\n`;
}

function notesList(notes: readonly ReportNote[], labels: ReportLabels): string {
  return notes
    .map((note) => {
      const body = markdownRuns(note.body).map(safeMarkdown).join(" ");
      const tags = note.tags.length ? ` (${labels.tags}: ${note.tags.map(inline).join(", ")})` : "";
      return `- ${inline(noteSource(note, labels))} — „${inline(note.exact)}“: ${body}${tags}`;
    })
    .join("\n")
    .concat("\n");
}

/** A quote with its changed words in bold, in typographic quotes. */
function quote(pieces: readonly QuotePiece[]): string {
  const text = pieces
    .map((p) => {
      if (!p.changed) return inline(p.text);
      // Bold must hug the words: keep the spaces around a changed run outside the asterisks.
      const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text)!;
      return `${lead}**${inline(words!)}**${trail}`;
    })
    .join("");
  return `“${text}”`;
}

/** Runs of an editor's Markdown written back as Markdown we trust: only the subset, all text escaped. */
function safeMarkdown(runs: ReturnType<typeof markdownRuns>[number]): string {
  return runs
    .map((run) => {
      const text = inline(run.text);
      if (run.href) return `[${text}](${destination(run.href)})`;
      if (run.code) return `\`${run.text.replaceAll("`", "'")}\``;
      if (run.bold) return `**${text}**`;
      if (run.italic) return `_${text}_`;
      return text;
    })
    .join("");
}

/** Text inside a line of Markdown: every character that could start inline markup is escaped, HTML included. */
function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Markdown that begins a line: a block marker at its start ("# ", "- ", "1. ", "+ ") is escaped too. */
function block(markdown: string): string {
  return markdown.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, (_, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** A link destination: percent-encode what would end it or break out of it. */
function destination(url: string): string {
  return /^https?:\/\//i.test(url) ? url.replace(/[()<>\s\\]/g, (char) => encodeURIComponent(char)) : "#";
}
