import type { TextRange } from "./schema";

let segmenter: Intl.Segmenter | undefined;

// One or two digits and a full stop, after a space or at the start: how German writes the day.
const DAY_ORDINAL = /(?:^|\s)\d{1,2}\.$/;

/**
 * The sentences of a text as ranges, without the whitespace between them, in order: Unicode's
 * sentence boundaries (Intl.Segmenter), which also end a sentence at a line break, so a headline
 * or a paragraph without a full stop is a sentence of its own, except after a day's ordinal
 * ("am 19. Juni"), where Unicode's rules see a full stop before a capital. Whitespace-only
 * stretches are not sentences. Never throws.
 */
export function splitSentences(text: string): TextRange[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "sentence" });
  const sentences: TextRange[] = [];
  let carried: number | null = null;
  for (const { index, segment } of segmenter.segment(text)) {
    let end = index + segment.length;
    while (end > index && /\s/.test(text[end - 1]!)) end -= 1;
    let start: number = carried ?? index;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    if (end <= start) continue;
    // "am 19. Juni", "3. März": a day's ordinal is no sentence end (a line break still is).
    const ordinal: boolean = DAY_ORDINAL.test(text.slice(Math.max(start, end - 4), end)) && !text.slice(end, index + segment.length).includes("\n");
    carried = ordinal ? start : null;
    if (!ordinal) sentences.push({ start, end });
  }
  if (carried !== null) sentences.push({ start: carried, end: text.trimEnd().length });
  return sentences;
}
