import type { BaseComparison } from "@/lib/diff";

/** A word of the base text with how many other texts differ at it, or (count null) the space between words. */
export type HeatPiece = { text: string; count: number | null; level: HeatLevel };
/** 0: no other text differs here; 1–4: up to a quarter, half, three quarters, or more of them do. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export type HeatMap = {
  /** The base text's paragraphs (split at blank lines), each a run of words and the spaces between. */
  paragraphs: HeatPiece[][];
  /** How many texts were compared with the base. */
  others: number;
  /** What each level means, in counts of this map: "1–2 of 6 differ". Levels no count reaches are left out. */
  legend: { level: HeatLevel; label: string }[];
};

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** The level of a word that `count` of `others` texts differ at: its share, in quarters. */
export function heatLevel(count: number, others: number): HeatLevel {
  if (count <= 0 || others <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / others) * 4))) as HeatLevel;
}

/**
 * The heat map of diffAgainstBase, ready to draw: the base text as paragraphs of words, each with
 * its count and level, so the page can shade the words and title them with their number. Spaces
 * keep their text (a single line break inside a paragraph reads as a space). Never throws.
 */
export function buildHeatMap(base: string, comparison: BaseComparison): HeatMap {
  const others = comparison.segmentsPerOther.length;
  const paragraphs: HeatPiece[][] = [[]];
  let at = 0;
  const gap = (text: string) => {
    if (text.length === 0) return;
    const current = paragraphs.at(-1);
    if (PARAGRAPH_BREAK.test(text)) {
      if (current && current.length > 0) paragraphs.push([]);
      return;
    }
    if (current && current.length > 0) current.push({ text: text.replace(/\s+/g, " "), count: null, level: 0 });
  };
  for (const word of comparison.baseWords) {
    gap(base.slice(at, word.start));
    paragraphs.at(-1)?.push({ text: word.text, count: word.differingCount, level: heatLevel(word.differingCount, others) });
    at = word.end;
  }
  if (paragraphs.at(-1)?.length === 0) paragraphs.pop();

  const legend: HeatMap["legend"] = [{ level: 0, label: "no other article differs" }];
  for (const level of [1, 2, 3, 4] as const) {
    const counts = Array.from({ length: others }, (_, i) => i + 1).filter((c) => heatLevel(c, others) === level);
    const first = counts[0];
    const last = counts.at(-1);
    if (first === undefined || last === undefined) continue;
    legend.push({ level, label: `${first === last ? first : `${first}–${last}`} of ${others} differ` });
  }
  return { paragraphs, others, legend };
}
