// Quotation marks around a figure phrase ("put the number of injured at "around 50"", "spricht von
// „deutlich mehr als 40“ Hitzetoten", ""nowhere near 40,000" had attended") mark whose words they are,
// not what is counted: the readers, which stop at punctuation, would lose the hedge before the figure
// or the noun after it. Such marks are read as spaces; longer quotations (a speaker's sentence) keep theirs.
const SHORT_QUOTATION = /["„“«»]([^"„“”«»\n]{1,48})["“”«»]/g;
const MAX_WORDS = 6;
const DIGIT = /\d/;
const CLAUSE_MARK = /[.!?;:](?!\d)/;

function isFigurePhrase(inner: string): boolean {
  return DIGIT.test(inner) && !CLAUSE_MARK.test(inner) && inner.trim().split(/\s+/).length <= MAX_WORDS;
}

/**
 * The text with the marks of each short quotation holding a figure turned into spaces: the same length,
 * so every offset into it is an offset into `text` (each mark is one UTF-16 unit). `text` itself when
 * there is none.
 */
export function unquoteFigures(text: string): string {
  let result = "";
  let last = 0;
  for (const m of text.matchAll(SHORT_QUOTATION)) {
    if (!isFigurePhrase(m[1]!)) continue;
    const open = m.index;
    const close = open + m[0].length - 1;
    result += `${text.slice(last, open)} ${text.slice(open + 1, close)} `;
    last = close + 1;
  }
  return last === 0 ? text : result + text.slice(last);
}
