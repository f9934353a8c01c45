// Photo credits that may sit in parentheses inside prose: "(Foto: AP, 19.06.2024)".
export const CREDITS = ["foto:", "fotos:", "photo:", "photos:", "bild:", "image:", "©"];
const PAREN_REACH = 200;
const HEAD = 40;
const OPEN = 40;
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
  const close = text.indexOf(")", open);
  if (close >= 0 && close < offset) return false;
  const inner = text.slice(open + 1, open + 1 + HEAD).trimStart().toLowerCase();
  return CREDITS.some((credit) => inner.startsWith(credit));
}
