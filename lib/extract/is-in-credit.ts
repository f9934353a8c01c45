// Photo credits, which may also sit in parentheses inside prose: "(Foto: AP, 19.06.2024)".
export const CREDIT = /(?:fotos?|photos?|bild|image):|©/iu;
const CREDIT_START = /^\s*(?:(?:fotos?|photos?|bild|image):|©)/iu;
const PAREN_REACH = 200;
const HEAD = 40;
const OPEN = 40;
const CLOSE = 41;
const NEWLINE = 10;

/** True when `offset` lies inside a parenthesised photo credit that opens shortly before it. */
export function isInCredit(text: string, offset: number): boolean {
  let open = -1;
  for (let p = offset - 1; p >= 0 && offset - p <= PAREN_REACH && open < 0; p--) {
    const c = text.charCodeAt(p);
    if (c === NEWLINE) return false;
    if (c === OPEN) open = p;
  }
  if (open < 0) return false;
  for (let p = open + 1; p < offset; p++) if (text.charCodeAt(p) === CLOSE) return false;
  return CREDIT_START.test(text.slice(open + 1, open + 1 + HEAD));
}
