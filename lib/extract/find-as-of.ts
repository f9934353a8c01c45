import { parseIsoDate, toIso, type Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { readDate } from "./read-date";
import type { TokenStream } from "./tokens";

const SINCE = new Set(["seit", "since"]);

/**
 * The as-of date of a count, from a time marker in tokens `from`..`to` followed by a date: "bis Mitte
 * Dezember" / "by mid-December" → the date the count holds by (mid-month reads as the 15th), "seit
 * Februar 2025" / "since February 2025" → the start. Undefined when there is none, or when the date
 * needs a publication date that is not known.
 */
export function findAsOf(ts: TokenStream, from: number, to: number, lex: CompiledLexicon, pub: Ymd | null): string | undefined {
  for (let j = from; j <= to; j++) {
    const marker = matchPhraseForward(ts, j, lex.asOfMarkers, to);
    if (!marker) continue;
    const date = readDate(ts, marker.last + 1, lex, pub);
    if (!date || date.last > to) continue;
    if (SINCE.has(marker.phrase.key)) return date.value.from;
    if (date.part === "mid") {
      const day = parseIsoDate(date.value.from);
      return day ? toIso({ ...day, d: 15 }) : date.value.to;
    }
    return date.value.to;
  }
  return undefined;
}
