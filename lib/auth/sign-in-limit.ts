/**
 * How many sign-in attempts are allowed, counted in PostgreSQL so every instance sees the same
 * numbers. Three limits, each against one kind of attack, none of which a stranger can turn
 * against an account's owner:
 * - per account and address: one machine guessing one person's password;
 * - per address: one machine trying many accounts;
 * - per account from addresses it has never signed in from (a slower back-off over an hour):
 *   many machines guessing one password. An address the account signed in from in the last 30
 *   days is exempt, so no one can lock an admin out of the machines they use.
 * Refused attempts are not counted, so "try again in N minutes" is exact for whoever waits.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccountAndAddress: 10,
  perAddress: 50,
  /** Failed attempts on one account from unknown addresses, in a longer window. */
  accountBackoff: { windowMinutes: 60, attempts: 30 },
  /** How long a successful sign-in makes its address known for the account. */
  knownAddressDays: 30,
} as const;

/** One counter: the failed attempts in its window, and when the oldest of them leaves it. */
export type AttemptCounter = { count: number; oldest: Date | null };

export type AttemptCounts = {
  accountAndAddress: AttemptCounter;
  /** Null when the address is unknown (no proxy-resolved address on the request). */
  address: AttemptCounter | null;
  /** Failed attempts on the account from addresses that are not known for it. */
  accountFromUnknownAddresses: AttemptCounter;
  /** Whether this address signed in to this account within `knownAddressDays`. */
  knownAddress: boolean;
};

export type Refusal = { message: string; retryAfterMinutes: number };

/** Null when the attempt may go ahead, else when it may be tried again, in words and minutes. */
export function signInRefusal(counts: AttemptCounts, now: Date): Refusal | null {
  const { windowMinutes, perAccountAndAddress, perAddress, accountBackoff } = SIGN_IN_LIMITS;
  const reached = [
    counts.accountAndAddress.count >= perAccountAndAddress ? retryAfter(counts.accountAndAddress, windowMinutes, now) : null,
    counts.address && counts.address.count >= perAddress ? retryAfter(counts.address, windowMinutes, now) : null,
    !counts.knownAddress && counts.accountFromUnknownAddresses.count >= accountBackoff.attempts
      ? retryAfter(counts.accountFromUnknownAddresses, accountBackoff.windowMinutes, now)
      : null,
  ].filter((minutes) => minutes !== null);
  if (reached.length === 0) return null;
  const minutes = Math.max(...reached);
  return { message: tooManyAttemptsMessage(minutes), retryAfterMinutes: minutes };
}

/** The words a person sees when refused; the same for every limit, so none gives away which. */
export function tooManyAttemptsMessage(minutes: number): string {
  return `Too many attempts, try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

function retryAfter(counter: AttemptCounter, windowMinutes: number, now: Date): number {
  const oldest = counter.oldest ?? now;
  const freeAt = oldest.getTime() + windowMinutes * 60_000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}
