import type { CompiledLexicon } from "./lexicon";

// Captions credit the photo at the end ("… unterzeichnen den Vertrag. Foto: AP"), so a short line
// holding a credit anywhere is a caption. Long lines are article paragraphs that happen to mention one.
const CREDITS = ["foto:", "fotos:", "photo:", "photos:", "bild:", "image:", "©"];
const CAPTION_MAX = 300;
const HEAD = 40;

function startsWithCredit(lower: string): boolean {
  for (const credit of CREDITS) if (lower.startsWith(credit)) return true;
  return false;
}

/**
 * True when `offset` lies in page furniture rather than article prose: a line that starts with a
 * furniture prefix ("Foto:", "LESEN SIE AUCH", "Read more"), a short caption line carrying a photo
 * credit, or a parenthesised credit "(Foto: …)". Claims are never taken from there.
 */
export function isPageFurniture(text: string, offset: number, lex: CompiledLexicon): boolean {
  const from = text.lastIndexOf("\n", offset - 1) + 1;
  const next = text.indexOf("\n", offset);
  const to = next < 0 ? text.length : next;
  const head = text.slice(from, Math.min(to, from + HEAD)).trimStart().toLowerCase();
  for (const prefix of lex.furniturePrefixes) if (head.startsWith(prefix)) return true;
  if (to - from <= CAPTION_MAX) {
    const line = text.slice(from, to).toLowerCase();
    for (const credit of CREDITS) if (line.includes(credit)) return true;
  }
  // Only the text between the nearest "(" before the offset and its ")" can be a parenthesised credit.
  const open = text.lastIndexOf("(", offset);
  if (open < from) return false;
  const close = text.indexOf(")", open);
  if (close >= 0 && close < offset) return false;
  return startsWithCredit(text.slice(open + 1, open + 1 + HEAD).trimStart().toLowerCase());
}
