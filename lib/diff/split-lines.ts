const WHITESPACE = /\s/;

/**
 * Cuts a text into lines that concatenate back to it, each ending after the whole run of
 * whitespace that holds its line break (blank lines and indentation included). Every cut lies
 * between a whitespace character and a non-whitespace one, so it is a token edge of
 * tokenizeWords, and a line tokenizes exactly as it does inside the whole text.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let cut = text.indexOf("\n");
  while (cut !== -1) {
    cut += 1;
    while (cut < text.length && isWhitespace(text.charCodeAt(cut))) cut += 1;
    if (cut === text.length) break;
    lines.push(text.slice(start, cut));
    start = cut;
    cut = text.indexOf("\n", cut);
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

// As tokenizeWords decides it (the JavaScript \s class), with the common cases first.
function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WHITESPACE.test(String.fromCharCode(code));
}
