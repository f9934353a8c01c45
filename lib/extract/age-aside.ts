import { TokenKind, isCapitalized, tokenAt, type TokenStream } from "./tokens";

// A person's age is a bare number of up to three digits; "2,300" or "3.5" is a figure.
const AGE = /^\d{1,3}$/;
const CLOSERS: Record<string, string> = { ",": ",", ")": "(" };

/**
 * "Finance Minister Jana Roth, 49, told reporters", "Kadri Saar (44) said": news sets a speaker's
 * age off by commas or brackets between the name and the verb. The age is no part of who speaks;
 * returns the token before it when the token at `end` closes such an aside after a capitalized
 * word, else `end` unchanged.
 */
export function beforeAgeAside(ts: TokenStream, end: number, first: number): number {
  const open = CLOSERS[tokenAt(ts, end)];
  if (!open || end - 3 < first) return end;
  if (ts.kind[end - 1] !== TokenKind.number || !AGE.test(tokenAt(ts, end - 1)) || tokenAt(ts, end - 2) !== open) return end;
  return isCapitalized(ts, end - 3) ? end - 3 : end;
}
