import { splitParagraphs, type Paragraph } from "../articles/split-paragraphs";

/** Longest passage indexed as one: a search result shows a sentence, and ranking favours short, dense passages. */
export const MAX_PASSAGE = 2000;

/**
 * The passages of a revision text the search indexes: its paragraphs (as the reader shows them),
 * a paragraph longer than MAX_PASSAGE cut at a sentence end, else at a space, else hard (never
 * inside a surrogate pair). Offsets are into the whole text. Never throws.
 */
export function splitPassages(text: string): Paragraph[] {
  return splitParagraphs(text).flatMap((paragraph) => {
    const passages: Paragraph[] = [];
    let start = paragraph.start;
    while (paragraph.end - start > MAX_PASSAGE) {
      const window = text.slice(start, start + MAX_PASSAGE);
      const sentenceEnd = Math.max(window.lastIndexOf(". "), window.lastIndexOf("! "), window.lastIndexOf("? "));
      const space = window.lastIndexOf(" ");
      let cut = sentenceEnd > MAX_PASSAGE / 2 ? sentenceEnd + 1 : space > MAX_PASSAGE / 2 ? space : MAX_PASSAGE;
      if (/[\uD800-\uDBFF]/.test(window[cut - 1] ?? "")) cut -= 1;
      passages.push({ text: text.slice(start, start + cut), start, end: start + cut });
      start += cut;
      while (start < paragraph.end && /\s/.test(text[start] ?? "")) start++;
    }
    if (start < paragraph.end) passages.push({ text: text.slice(start, paragraph.end), start, end: paragraph.end });
    return passages;
  });
}
