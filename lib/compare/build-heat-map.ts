import type { BaseComparison } from "@/lib/diff";

/**
 * A word of the base text with how many other texts differ at it and how many have a sentence
 * like the one it is in, or (count and similarIn null) the space between words, shaded like the
 * lighter of its two words when both are of one sentence (so a sentence reads as one stretch),
 * else not at all.
 */
export type HeatPiece = { text: string; count: number | null; similarIn: number | null; level: HeatLevel };
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
 * its count, level and how many others tell its sentence, so the page can shade the words and
 * title them with their numbers. Spaces keep their text (a single line break inside a paragraph
 * reads as a space). Never throws.
 */
export function buildHeatMap(base: string, comparison: BaseComparison): HeatMap {
  const { others, sentences } = comparison;
  let sentence = 0;
  const paragraphs: HeatPiece[][] = [[]];
  let at = 0;
  let previous: { sentence: number; level: HeatLevel } | null = null;
  for (const word of comparison.baseWords) {
    while ((sentences[sentence]?.end ?? Infinity) <= word.start) sentence += 1;
    const level = heatLevel(word.differingCount, others);
    const gap = base.slice(at, word.start);
    const current = paragraphs.at(-1);
    if (PARAGRAPH_BREAK.test(gap)) {
      if (current && current.length > 0) paragraphs.push([]);
    } else if (gap.length > 0 && current && current.length > 0) {
      const within = previous?.sentence === sentence ? (Math.min(previous.level, level) as HeatLevel) : 0;
      current.push({ text: gap.replace(/\s+/g, " "), count: null, similarIn: null, level: within });
    }
    paragraphs.at(-1)?.push({ text: word.text, count: word.differingCount, similarIn: sentences[sentence]?.similarIn ?? 0, level });
    previous = { sentence, level };
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

/**
 * The other articles a heat map of `base` compares with: those in its language, since no sentence
 * of another language is ever alike and they would only darken every sentence evenly. The rest
 * are returned too, for the page to say they were left out. Articles of unknown language count as
 * being in the base's.
 */
export function chooseHeatMapArticles<T>(
  baseLanguage: string | null,
  others: readonly T[],
  languageOf: (other: T) => string | null,
): { compared: T[]; leftOut: T[] } {
  const alike = (o: T) => baseLanguage === null || languageOf(o) === null || languageOf(o) === baseLanguage;
  return { compared: others.filter(alike), leftOut: others.filter((o) => !alike(o)) };
}
