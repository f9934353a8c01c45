import type { ClaimantSpan } from "./read-claimant";
import { TokenKind, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A results box or fact box sets its figures out line by line, each line a label, a colon and the
// figures ("Greens: 14.2% (+2.4), 10 seats", "Wahlbeteiligung: 61,3 %"). The label is what the row
// is about, not who speaks; the box names its source, if at all, in a footer line ("Source: …",
// "Quelle: …") right below the rows.

const MAX_LABEL_TOKENS = 6;
// A sign or a currency symbol may stand between the colon and the row's first number.
const MAX_BEFORE_NUMBER = 1;
const FOOTER_WORDS = new Set(["source", "sources", "quelle", "quellen"]);
const FOOTER_ENDS = new Set([",", ".", ";", "(", "–", "—"]);
// How many rows a box may have between a row and its footer.
const MAX_ROWS = 40;

/** The first token of the line after the one holding token `i`, or -1 at the end of the text. */
function nextLineStart(ts: TokenStream, i: number): number {
  for (let k = i + 1; k < ts.count; k++) if (isLineBreakBefore(ts, k)) return k;
  return -1;
}

/** The first token of the line before the one starting at `first`, or -1 for the first line. */
function previousLineStart(ts: TokenStream, first: number): number {
  if (first <= 0) return -1;
  let k = first - 1;
  while (k > 0 && !isLineBreakBefore(ts, k)) k--;
  return k;
}

/** The colon closing the label of the row line starting at `first`, or -1 when the line is no row. */
function rowColon(ts: TokenStream, first: number): number {
  if (first < 0) return -1;
  for (let k = first; k < ts.count && k - first <= MAX_LABEL_TOKENS; k++) {
    if (k > first && isLineBreakBefore(ts, k)) return -1;
    const t = tokenAt(ts, k);
    if (t === ":") {
      if (k === first) return -1;
      for (let m = k + 1; m < ts.count && m - k <= MAX_BEFORE_NUMBER + 1; m++) {
        if (isLineBreakBefore(ts, m)) return -1;
        if (ts.kind[m] === TokenKind.number) return k;
        if (ts.kind[m] === TokenKind.word) return -1;
      }
      return -1;
    }
    if (ts.kind[k] === TokenKind.number) return -1;
    if (ts.kind[k] === TokenKind.punct && t !== "-" && t !== "'" && t !== "’") return -1;
  }
  return -1;
}

/**
 * The labels of the box whose row starts at token `first` (a short label, a colon and a figure, on
 * lines right after one another), or null when that line is no row or stands alone: a lone line of
 * that shape is a headline ("Polizei: 20.000 Teilnehmer") and keeps its source.
 */
export function tableRowLabels(ts: TokenStream, first: number): ClaimantSpan[] | null {
  if (rowColon(ts, first) < 0) return null;
  let top = first;
  for (let rows = 0; rows < MAX_ROWS; rows++) {
    const above = previousLineStart(ts, top);
    if (rowColon(ts, above) < 0) break;
    top = above;
  }
  const labels: ClaimantSpan[] = [];
  for (let line = top; line >= 0 && labels.length < MAX_ROWS; line = nextLineStart(ts, line)) {
    const colon = rowColon(ts, line);
    if (colon < 0) break;
    labels.push({ first: line, last: colon - 1 });
  }
  return labels.length > 1 ? labels : null;
}

/**
 * The source a box's footer names for the row starting at token `first` ("Source: National
 * Electoral Commission, provisional count" → the name up to the comma), or null when the rows
 * below it end without a footer.
 */
export function tableFooterSource(ts: TokenStream, first: number): ClaimantSpan | null {
  let line = first;
  for (let rows = 0; line >= 0 && rows < MAX_ROWS && rowColon(ts, line) >= 0; rows++) line = nextLineStart(ts, line);
  if (line < 0 || !FOOTER_WORDS.has(lowerAt(ts, line)) || tokenAt(ts, line + 1) !== ":") return null;
  const from = line + 2;
  let last = from - 1;
  for (let k = from; k < ts.count && !(k > from && isLineBreakBefore(ts, k)) && !FOOTER_ENDS.has(tokenAt(ts, k)); k++) last = k;
  return last >= from ? { first: from, last } : null;
}
