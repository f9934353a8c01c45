import { CREDIT, isInCredit } from "./is-in-credit";
import type { CompiledLexicon } from "./lexicon";

// Captions credit the photo at the end ("… unterzeichnen den Vertrag. Foto: AP"), so a short line
// with a credit after its text is a caption. Long lines are paragraphs that happen to mention one.
const CAPTION_MAX = 300;
const HEAD = 40;
// Furniture lines are short; looking further for the line start would make a huge one-line paste
// quadratic (every claim scanning back to its beginning).
const LINE_REACH = 1000;
const NEWLINE = 10;
// A caption's credit follows the caption's last sentence or a separator, not an opening parenthesis.
const CREDIT_OPENERS = new Set([".", "|", "/", "–", "-", ":", "!", "?"]);

/**
 * True when `offset` lies in page furniture rather than article prose: a line that starts with a
 * furniture prefix ("Foto:", "LESEN SIE AUCH", "Read more"), a short caption line carrying a photo
 * credit, or a parenthesised credit "(Foto: …)". Claims are never taken from there.
 */
export function isPageFurniture(text: string, offset: number, lex: CompiledLexicon): boolean {
  let from = offset;
  while (from > 0 && offset - from < LINE_REACH && text.charCodeAt(from - 1) !== NEWLINE) from--;
  let to = offset;
  while (to < text.length && to - offset < LINE_REACH && text.charCodeAt(to) !== NEWLINE) to++;
  const lineStartKnown = from === 0 || text.charCodeAt(from - 1) === NEWLINE;
  if (lineStartKnown && lex.furnitureLine.test(text.slice(from, from + HEAD))) return true;
  if (lineStartKnown && to - from <= CAPTION_MAX) {
    const line = text.slice(from, to);
    const credit = CREDIT.exec(line);
    if (credit && CREDIT_OPENERS.has(line.slice(0, credit.index).trimEnd().slice(-1))) return true;
  }
  return isInCredit(text, offset);
}
