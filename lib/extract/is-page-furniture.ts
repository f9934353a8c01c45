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
  if (lineStartKnown) {
    const line = lineFacts(text, from, lex);
    if (line.furniturePrefix) return true;
    if (offset - from <= CAPTION_MAX) {
      if (line.to - from > CAPTION_MAX) return isInCredit(text, offset);
      if (line.captionCredit) return true;
    }
  }
  return isInCredit(text, offset);
}

/** What a line starting at `from` is, whichever offset in it is asked about. */
type LineFacts = { furniturePrefix: boolean; to: number; captionCredit: boolean };

// The facts of the line asked about last: the figures of a paragraph ask about one line in turn.
let lastText: string | null = null;
let lastFrom = -1;
let lastLex: CompiledLexicon | null = null;
let lastFacts: LineFacts = { furniturePrefix: false, to: 0, captionCredit: false };

function lineFacts(text: string, from: number, lex: CompiledLexicon): LineFacts {
  if (text === lastText && from === lastFrom && lex === lastLex) return lastFacts;
  const furniturePrefix = lex.furnitureLine.test(text.slice(from, from + HEAD));
  // The line's end, or the caption's limit: no line break lies between `from` and any offset asked about.
  const limit = Math.min(text.length, from + CAPTION_MAX + 1);
  const ahead = newlineFrom(text, from);
  const to = ahead >= 0 && ahead < limit ? ahead : limit;
  let captionCredit = false;
  if (to - from <= CAPTION_MAX) {
    const line = text.slice(from, to);
    // Every credit has a colon or a "©": most lines have neither, and the case-folding regex costs.
    const credit = line.includes(":") || line.includes("©") ? CREDIT.exec(line) : null;
    captionCredit = credit !== null && CREDIT_OPENERS.has(line.slice(0, credit.index).trimEnd().slice(-1));
  }
  lastText = text;
  lastFrom = from;
  lastLex = lex;
  lastFacts = { furniturePrefix, to, captionCredit };
  return lastFacts;
}
