import { CREDIT, isInCredit } from "./is-in-credit";
import type { CompiledLexicon } from "./lexicon";
import { newlineBefore, newlineFrom } from "./text-landmarks";

// Captions credit the photo at the end ("… unterzeichnen den Vertrag. Foto: AP"), so a short line
// with a credit after its text is a caption. Long lines are paragraphs that happen to mention one.
const CAPTION_MAX = 300;
const HEAD = 40;
// Furniture lines are short; looking further for the line start would make a huge one-line paste
// quadratic (every claim scanning back to its beginning).
const LINE_REACH = 1000;
// A caption's credit follows the caption's last sentence or a separator, not an opening parenthesis.
const CREDIT_OPENERS = new Set([".", "|", "/", "–", "-", ":", "!", "?"]);

/**
 * True when `offset` lies in page furniture rather than article prose: a line that starts with a
 * furniture prefix ("Foto:", "LESEN SIE AUCH", "Read more"), a short caption line carrying a photo
 * credit, or a parenthesised credit "(Foto: …)". Claims are never taken from there.
 */
export function isPageFurniture(text: string, offset: number, lex: CompiledLexicon): boolean {
  // The line's start and end from the text's line breaks (found once per text), each within its reach.
  const reach = Math.max(0, offset - LINE_REACH);
  const newline = newlineBefore(text, Math.min(offset, text.length));
  const from = newline >= reach ? newline + 1 : reach;
  const lineStartKnown = newline >= reach || reach === 0;
  if (lineStartKnown && lex.furnitureLine.test(text.slice(from, from + HEAD))) return true;
  if (lineStartKnown && offset - from <= CAPTION_MAX) {
    const limit = Math.min(text.length, from + CAPTION_MAX + 1);
    const ahead = newlineFrom(text, offset);
    const to = ahead >= 0 && ahead < limit ? ahead : limit;
    if (to - from > CAPTION_MAX) return isInCredit(text, offset);
    const line = text.slice(from, to);
    const credit = CREDIT.exec(line);
    if (credit && CREDIT_OPENERS.has(line.slice(0, credit.index).trimEnd().slice(-1))) return true;
  }
  return isInCredit(text, offset);
}
