const MAX_HEADLINE = 160;

/**
 * The headline of an article without metadata: its first non-empty line, without Markdown `#`
 * marks. Some sources run the headline into the first paragraph; a line that long is cut at its
 * first sentence end, or at a word boundary with an ellipsis. Null for text without words.
 */
export function headlineOf(text: string): string | null {
  const line = text
    .split("\n")
    .map((l) => l.replace(/^#{1,6}\s+/, "").trim())
    .find((l) => l.length > 0);
  if (!line) return null;
  if (line.length <= MAX_HEADLINE) return line;
  const sentenceEnd = line.slice(0, MAX_HEADLINE).search(/[.!?](\s|$)/);
  if (sentenceEnd >= 20) return line.slice(0, sentenceEnd + 1);
  const cut = line.lastIndexOf(" ", MAX_HEADLINE - 1);
  return `${line.slice(0, cut > 40 ? cut : MAX_HEADLINE - 1)}…`;
}
