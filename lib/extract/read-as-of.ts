import { parseIsoDate, toIso, type Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { readDate } from "./read-date";
import type { TokenStream } from "./tokens";

const SINCE = new Set(["seit", "since"]);

/**
 * The as-of date introduced by a time marker at token `j` (ending by token `last`): "bis Mitte
 * Dezember" / "by mid-December" → the date the count holds by (mid-month reads as the 15th), "seit
 * Februar 2025" / "since February 2025" → the start. Null when no dated marker starts here, or the
 * date needs a publication date that is not known.
 */
export function readAsOf(ts: TokenStream, j: number, last: number, lex: CompiledLexicon, pub: Ymd | null): string | null {
  const marker = matchPhraseForward(ts, j, lex.asOfMarkers, last);
  if (!marker) return null;
  const date = readDate(ts, marker.last + 1, lex, pub);
  if (!date || date.last > last) return null;
  if (SINCE.has(marker.phrase.key)) return date.value.from;
  if (date.part === "mid") {
    const day = parseIsoDate(date.value.from);
    return day ? toIso({ ...day, d: 15 }) : date.value.to;
  }
  return date.value.to;
}
