import { TokenKind, type TokenStream } from "./tokens";

// Letters beyond Latin-1 are rare in German and English news (a Cyrillic quote, a name); testing them
// with a Unicode regex keeps the hot loop on plain char-code comparisons.
const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

// The class of every character below 0x250 (Latin, Latin-1 and Latin Extended), looked up in one
// load: the hot loop runs over each character of the text, and a chain of comparisons per character
// cost more than the rest of tokenizing.
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const TABLE_END = 0x250;
const CLASS = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  if (isSpace(c)) CLASS[c] = SPACE;
  else if (c >= 48 && c <= 57) CLASS[c] = DIGIT;
  else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) CLASS[c] = LETTER;
}

function isLetter(c: number, text: string, p: number): boolean {
  if (c < TABLE_END) return CLASS[c] === LETTER;
  return OTHER_LETTER.test(text.charAt(p));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Separators that may sit inside a numeral: "10.000", "1,5", and the (narrow) no-break spaces of
// "10 000". A plain space or an apostrophe ("25 000", Swiss "12'500") groups thousands only before
// exactly three digits after a group of one to three: "2024 10 Soldaten" stays two numbers.
function isNumeralSeparator(c: number): boolean {
  return c === 46 || c === 44 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 39 || c === 0x2019;
}

// True when text[p] is a plain-space or apostrophe separator followed by a group of exactly three
// digits, and the run of digits before it (back to the token start or an earlier such separator) is
// one to three digits long.
function joinsThousands(text: string, from: number, p: number): boolean {
  const n = text.length;
  if (p + 3 >= n || isDigit(text.charCodeAt(p + 4))) return false;
  for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(p + k))) return false;
  let digits = 0;
  let k = p - 1;
  for (; k >= from && isDigit(text.charCodeAt(k)); k--) digits++;
  if (digits < 1 || digits > 3) return false;
  return k < from || isGroupSeparator(text.charCodeAt(k));
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Split `text` into words, numerals and single punctuation characters, with UTF-16 offsets.
 * This is the bare pass the extraction benchmark compares against, and the one extraction uses.
 * Hyphens are their own tokens ("8-thousand" is three tokens that touch); a numeral keeps its inner
 * separators ("10.000", "1,5", "19.06.2024") so that the number parser sees it whole.
 */
export function tokenize(text: string): TokenStream {
  const capacity = Math.max(16, text.length >> 2);
  return tokenizeInto(text, new Uint8Array(capacity), new Int32Array(capacity), new Int32Array(capacity));
}

/**
 * `tokenize` into arrays the caller owns (they grow when too short; the stream holds the ones used).
 * Their entries past the last token must be 0, as in fresh arrays: readers look a token or two past
 * the end and take 0 for "no token".
 */
export function tokenizeInto(text: string, kind: Uint8Array, start: Int32Array, end: Int32Array): TokenStream {
  let capacity = Math.min(kind.length, start.length, end.length);
  let count = 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    const cls = c < TABLE_END ? CLASS[c] : isSpace(c) ? SPACE : 0;
    if (cls === SPACE) {
      p++;
      continue;
    }
    const from = p;
    let k: TokenKind;
    if (cls === DIGIT) {
      k = TokenKind.number;
      p++;
      while (p < n) {
        const d = text.charCodeAt(p);
        if (isDigit(d)) p++;
        else if (isNumeralSeparator(d) && p + 1 < n && isDigit(text.charCodeAt(p + 1))) p += 2;
        else if (isGroupSeparator(d) && joinsThousands(text, from, p)) p += 4;
        else break;
      }
    } else if (cls === LETTER || (c >= TABLE_END && isLetter(c, text, p))) {
      k = TokenKind.word;
      p++;
      while (p < n) {
        const d = text.charCodeAt(p);
        if (d < TABLE_END ? CLASS[d] === LETTER : isLetter(d, text, p)) p++;
        else if (isApostrophe(d) && p + 1 < n && isLetter(text.charCodeAt(p + 1), text, p + 1)) p += 2;
        else break;
      }
    } else {
      k = TokenKind.punct;
      // Keep a surrogate pair (emoji) together so offsets never split a character.
      p += c >= 0xd800 && c <= 0xdbff && p + 1 < n ? 2 : 1;
    }
    if (count === capacity) {
      capacity = Math.max(16, capacity * 2);
      const k2 = new Uint8Array(capacity);
      k2.set(kind);
      kind = k2;
      const s2 = new Int32Array(capacity);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(capacity);
      e2.set(end);
      end = e2;
    }
    kind[count] = k;
    start[count] = from;
    end[count] = p;
    count++;
  }
  // Every stream gets the lazily filled fields up front, in one order: streams from here (parsing a
  // label, quoting a claim) and extraction's own then share one hidden class. Added later in varying
  // orders, they gave the readers five shapes of stream; their property reads went megamorphic, and
  // extraction ran at half speed in a process that had compared claims (bench:extract's kept figure).
  return { text, count, kind, start, end, formIds: undefined, sentence: undefined, sentences: undefined };
}
