import type { CompiledLexicon } from "./lexicon";

// Captions credit the photo at the end ("… unterzeichnen den Vertrag. Foto: AP"), so a short line
// holding a credit anywhere is a caption. Long lines are article paragraphs that happen to mention one.
const CREDITS = ["foto:", "fotos:", "photo:", "photos:", "bild:", "image:", "©"];
const CAPTION_MAX = 300;

function lineAround(text: string, offset: number): [number, number] {
  const from = text.lastIndexOf("\n", offset - 1) + 1;
  const next = text.indexOf("\n", offset);
  return [from, next < 0 ? text.length : next];
}

/**
 * True when `offset` lies in page furniture rather than article prose: a line that starts with a
 * furniture prefix ("Foto:", "LESEN SIE AUCH", "Read more"), a short caption line carrying a photo
 * credit, or a parenthesised credit "(Foto: …)". Claims are never taken from there.
 */
export function isPageFurniture(text: string, offset: number, lex: CompiledLexicon): boolean {
  const [from, to] = lineAround(text, offset);
  const head = text.slice(from, Math.min(to, from + 40)).trimStart().toLowerCase();
  for (const prefix of lex.furniturePrefixes) if (head.startsWith(prefix)) return true;
  const line = text.slice(from, to).toLowerCase();
  if (to - from <= CAPTION_MAX) for (const credit of CREDITS) if (line.includes(credit)) return true;
  const open = line.lastIndexOf("(", offset - from);
  if (open >= 0 && line.indexOf(")", open) >= offset - from) {
    const inner = line.slice(open + 1).trimStart();
    for (const credit of CREDITS) if (inner.startsWith(credit)) return true;
  }
  return false;
}
