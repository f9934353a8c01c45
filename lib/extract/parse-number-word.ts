import type { CompiledLexicon } from "./lexicon";

const TAUSEND = "tausend";
const HUNDERT = "hundert";
const UND = "und";

// German writes numbers below a million as one word: "dreitausendzweihundertfünfundzwanzig". The
// grammar is small enough to parse directly: [n]tausend[m], where n and m are [u]hundert[b] or b, and
// b is a unit, a teen, a ten, or unit+"und"+ten. Each split has at most one place to cut, so no
// backtracking is needed.
function belowHundred(word: string, lex: CompiledLexicon): number | null {
  const direct = lex.numberWords.get(word);
  if (direct !== undefined && word !== "eine") return direct;
  const cut = word.indexOf(UND);
  if (cut <= 0) return null;
  const unit = lex.numberWords.get(word.slice(0, cut));
  const ten = lex.numberWords.get(word.slice(cut + UND.length));
  if (unit === undefined || ten === undefined || unit < 1 || unit > 9 || ten < 20 || ten % 10 !== 0) return null;
  return unit + ten;
}

function belowThousand(word: string, lex: CompiledLexicon): number | null {
  const cut = word.indexOf(HUNDERT);
  if (cut < 0) return belowHundred(word, lex);
  const head = word.slice(0, cut);
  const tail = word.slice(cut + HUNDERT.length);
  const hundreds = head === "" ? 1 : belowHundred(head, lex);
  if (hundreds === null || hundreds < 1 || hundreds > 9) return null;
  const rest = tail === "" ? 0 : belowHundred(tail, lex);
  return rest === null ? null : hundreds * 100 + rest;
}

/**
 * The value of one number word, lowercase ("zwölf", "twenty", "dreitausendzweihundert"), or null.
 * Multipliers on their own ("tausend", "million") are not handled here: they scale the number before
 * them, which `readNumberPhrase` does.
 */
export function parseNumberWord(word: string, lex: CompiledLexicon): number | null {
  const direct = lex.numberWords.get(word);
  if (direct !== undefined) return direct;
  if (!lex.compoundNumberWords || word.length < 6) return null;
  const cut = word.indexOf(TAUSEND);
  if (cut < 0) return belowThousand(word, lex);
  const head = word.slice(0, cut);
  const tail = word.slice(cut + TAUSEND.length);
  const thousands = head === "" || head === "ein" ? 1 : belowThousand(head, lex);
  if (thousands === null || thousands < 1) return null;
  const rest = tail === "" ? 0 : belowThousand(tail, lex);
  return rest === null ? null : thousands * 1000 + rest;
}
