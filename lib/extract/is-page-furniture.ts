import { CREDITS, isInCredit } from "./is-in-credit";
import type { CompiledLexicon } from "./lexicon";

// Captions credit the photo at the end ("… unterzeichnen den Vertrag. Foto: AP"), so a short line
// with a credit after its text is a caption. Long lines are paragraphs that happen to mention one.
const CAPTION_MAX = 300;
const HEAD = 40;
// A caption's credit follows the caption's last sentence or a separator, not an opening parenthesis.
const CREDIT_OPENERS = new Set([".", "|", "/", "–", "-", ":", "!", "?"]);

/**
 * True when `offset` lies in page furniture rather than article prose: a line that starts with a
 * furniture prefix ("Foto:", "LESEN SIE AUCH", "Read more"), a short caption line carrying a photo
 * credit, or a parenthesised credit "(Foto: …)". Claims are never taken from there.
 */
export function isPageFurniture(text: string, offset: number, lex: CompiledLexicon): boolean {
  const from = text.lastIndexOf("\n", offset - 1) + 1;
  const head = text.slice(from, from + HEAD).trimStart().toLowerCase();
  for (const prefix of lex.furniturePrefixes) if (head.startsWith(prefix)) return true;
  const next = text.indexOf("\n", offset);
  const to = next < 0 ? text.length : next;
  if (to - from <= CAPTION_MAX) {
    const line = text.slice(from, to).toLowerCase();
    for (const credit of CREDITS) {
      const at = line.indexOf(credit);
      if (at >= 0 && CREDIT_OPENERS.has(line.slice(0, at).trimEnd().slice(-1))) return true;
    }
  }
  return isInCredit(text, offset);
}
