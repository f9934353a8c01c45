export type Paragraph = { text: string; start: number; end: number };

/**
 * The paragraphs of a revision text with their offsets into it, so highlights given as offsets
 * into the whole text can be placed inside a paragraph. A paragraph ends at a line break: the
 * sources we import put one paragraph per line, with or without a blank line between them.
 */
export function splitParagraphs(text: string): Paragraph[] {
  return [...eachParagraph(text)];
}

/** `splitParagraphs` one at a time, for texts too long to hold every paragraph at once. */
export function* eachParagraph(text: string): Generator<Paragraph> {
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const content = match[0];
    const leading = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + leading;
    yield { text: trimmed, start, end: start + trimmed.length };
  }
}
