import { newlineBefore, openParenBefore } from "./text-landmarks";

// Photo credits, which may also sit in parentheses inside prose: "(Foto: AP, 19.06.2024)".
export const CREDIT = /(?:fotos?|photos?|bild|image):|©/iu;
const CREDIT_START = /^\s*(?:(?:fotos?|photos?|bild|image):|©)/iu;
const PAREN_REACH = 200;
const HEAD = 40;
const CLOSE = 41;

/** True when `offset` lies inside a parenthesised photo credit that opens shortly before it. */
export function isInCredit(text: string, offset: number): boolean {
  // The nearest "(" before the offset, within reach and on its line (from the text's landmarks, found once per text).
  const open = openParenBefore(text, offset);
  if (open < 0 || offset - open > PAREN_REACH || newlineBefore(text, offset) > open) return false;
  for (let p = open + 1; p < offset; p++) if (text.charCodeAt(p) === CLOSE) return false;
  return CREDIT_START.test(text.slice(open + 1, open + 1 + HEAD));
}
