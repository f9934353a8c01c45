import { diffWords } from "@/lib/diff";
import type { QuotePiece } from "./schema";

/**
 * A quote cut into runs, the words that are not in `reference` marked as changed (lib/diff's word
 * diff, so "fast" against "mehr als" is one change, not scattered letters). Words of the reference
 * that this quote lacks are not shown: the quote stays exactly as the article wrote it.
 * Joining the pieces' texts gives `quote` back. Never throws.
 */
export function highlightQuote(reference: string, quote: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  for (const segment of diffWords(reference, quote)) {
    if (segment.kind === "delete" || segment.text === "") continue;
    const changed = segment.kind === "insert" && segment.text.trim() !== "";
    const last = pieces.at(-1);
    if (last && last.changed === changed) last.text += segment.text;
    else pieces.push({ text: segment.text, changed });
  }
  return pieces.length ? pieces : [{ text: quote, changed: false }];
}
