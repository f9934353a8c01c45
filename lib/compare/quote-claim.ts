import { describeValue } from "./describe-value";
import { normalizeText } from "./normalize-text";
import type { ComparableClaim } from "./schema";

// Reasons quote the article's words; a whole sentence would bury the verdict.
const MAX_QUOTE_LENGTH = 80;

/**
 * A claim as reasons cite it: its quote, then what we read it as, plus any extra details:
 * "'fast 10.000' (9,000 to under 10,000, as of 23 October 2024)". The value is left out when
 * `value` is false or the quote already says it word for word (a name quoted as itself).
 * Never throws.
 */
export function quoteClaim(claim: ComparableClaim, options?: { value?: boolean; details?: string[] }): string {
  if (options !== undefined) return render(claim, options);
  let quoted = plainQuotes.get(claim);
  if (quoted === undefined) {
    quoted = render(claim, {});
    plainQuotes.set(claim, quoted);
  }
  return quoted;
}

// Each claim is quoted once per pair it is in; claims are plain data, never mutated.
const plainQuotes = new WeakMap<ComparableClaim, string>();

function render(claim: ComparableClaim, options: { value?: boolean; details?: string[] }): string {
  const { quote } = claim;
  const shown = quote.length > MAX_QUOTE_LENGTH ? `${quote.slice(0, MAX_QUOTE_LENGTH - 1).trimEnd()}…` : quote;
  const value = describeValue(claim.value);
  const withValue = (options.value ?? true) && normalizeText(value) !== normalizeText(quote);
  const parts = [...(withValue ? [value] : []), ...(options.details ?? [])];
  return parts.length === 0 ? `'${shown}'` : `'${shown}' (${parts.join(", ")})`;
}
