/**
 * How many sign-in attempts are allowed in a sliding window. Per account it stops someone guessing
 * one person's password; per address (the first X-Forwarded-For hop, when a proxy sets it) it stops
 * one machine trying many accounts. Counted in PostgreSQL, so every instance sees the same numbers.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccount: 10,
  perAddress: 50,
} as const;

export type AttemptCounts = { forAccount: number; forAddress: number | null };

/** Null when the attempt may go ahead, else the reason it may not. */
export function signInRefusal(counts: AttemptCounts): string | null {
  if (counts.forAccount > SIGN_IN_LIMITS.perAccount) {
    return `Too many sign-in attempts for this account. Wait ${SIGN_IN_LIMITS.windowMinutes} minutes, then try again.`;
  }
  if (counts.forAddress !== null && counts.forAddress > SIGN_IN_LIMITS.perAddress) {
    return `Too many sign-in attempts from this address. Wait ${SIGN_IN_LIMITS.windowMinutes} minutes, then try again.`;
  }
  return null;
}

/** The client address a trusted reverse proxy reports, or null when there is none. */
export function clientAddress(forwardedFor: string | null): string | null {
  const first = forwardedFor?.split(",")[0]?.trim();
  return first ? first.slice(0, 100) : null;
}
