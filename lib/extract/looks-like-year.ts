/** The years a reader takes a bare four-digit number for, both ends included. */
export type YearRange = { readonly earliest: number; readonly latest: number };

/**
 * The years news speaks of most, and the default: "1987" and "2031" are years, "1500" is not, as
 * news counts such numbers (people, euros) far more often than it names such years.
 */
export const RECENT_YEARS: YearRange = { earliest: 1900, latest: 2099 };

const FOUR_DIGITS = /^\d{4}$/;

/** Whether a token, as written, is a year of `range` ("2026"); "2.026", "20260" and "2026/27" are none. */
export function looksLikeYear(written: string, range: YearRange = RECENT_YEARS): boolean {
  if (!FOUR_DIGITS.test(written)) return false;
  const year = Number(written);
  return year >= range.earliest && year <= range.latest;
}
