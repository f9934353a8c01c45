/** A run of text with the emphasis a note's Markdown gave it. */
export type TextRun = { text: string; bold?: boolean; italic?: boolean; code?: boolean; href?: string };

// The Markdown an editor writes in a verdict or a note, as far as a report shows it: **bold**,
// *italic* or _italic_, `code` and [links](https://…). Anything else (headings, lists, raw HTML)
// stays as the characters typed, so no markup in a note can reach a report as markup.
const INLINE = /\*\*([^*\n]+?)\*\*|\*([^*\n]+?)\*|(?<![\p{L}\p{N}])_([^_\n]+?)_(?![\p{L}\p{N}])|`([^`\n]+?)`|\[([^\]\n]+?)\]\((https?:\/\/[^\s)]+)\)/gu;

/**
 * A note's or verdict's Markdown as paragraphs (split at blank lines, line breaks kept as spaces)
 * of styled runs. Links keep only http(s) targets. Never throws; plain text is one plain run.
 */
export function markdownRuns(markdown: string): TextRun[][] {
  return markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .map(inlineRuns);
}

function inlineRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    const [, bold, star, underscore, code, label, href] = match;
    if (bold !== undefined) runs.push({ text: bold, bold: true });
    else if (star !== undefined || underscore !== undefined) runs.push({ text: (star ?? underscore)!, italic: true });
    else if (code !== undefined) runs.push({ text: code, code: true });
    else runs.push({ text: label!, href: href! });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** The runs as plain text, for formats without emphasis (CSV, JSON-LD). */
export function plainText(markdown: string): string {
  return markdownRuns(markdown)
    .map((runs) => runs.map((r) => r.text).join(""))
    .join("\n\n");
}
