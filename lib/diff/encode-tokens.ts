/**
 * Code units available for tokens that occur in both texts. A JavaScript string can hold any of
 * the 65,536 code unit values (the diff engine never interprets them), minus the two below.
 */
export const SHARED_TOKEN_CAPACITY = 0x10000 - 2;

// A token that occurs in only one of the two texts can never be part of an equality, so all such
// tokens share one code per side. That is what makes the mapping work past 65,535 distinct
// tokens: only tokens found in both texts need codes of their own, and decoding is positional
// (see decodeTokens), so a shared code never has to be looked up.
const ONLY_BEFORE = 0xfffe;
const ONLY_AFTER = 0xffff;

/**
 * Encodes two token lists as strings with one code unit per token, equal tokens getting equal
 * codes. When more than SHARED_TOKEN_CAPACITY distinct tokens occur in both texts, the ones seen
 * last are treated as if they occurred on one side only: the diff stays exact (it still
 * reconstructs both texts) but may report such a token as deleted and inserted instead of equal.
 */
export function encodeTokens(
  before: readonly string[],
  after: readonly string[],
): { chars1: string; chars2: string } {
  const inAfter = new Set(after);
  const codes = new Map<string, number>();
  for (const token of before) {
    if (codes.size >= SHARED_TOKEN_CAPACITY) break;
    if (inAfter.has(token) && !codes.has(token)) codes.set(token, codes.size);
  }
  return {
    chars1: toChars(before, codes, ONLY_BEFORE),
    chars2: toChars(after, codes, ONLY_AFTER),
  };
}

function toChars(tokens: readonly string[], codes: ReadonlyMap<string, number>, fallback: number): string {
  const units = new Uint16Array(tokens.length);
  tokens.forEach((token, i) => {
    units[i] = codes.get(token) ?? fallback;
  });
  // One call per chunk: a call per code unit is slow, and one call for a long text overflows the
  // stack with its arguments.
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}
