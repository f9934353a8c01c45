import { describe, expect, test } from "vitest";
import { signInRefusal, SIGN_IN_LIMITS, type AttemptCounts } from "./sign-in-limit";

const now = new Date("2026-12-04T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const none = { count: 0, oldest: null };
const counts = (overrides: Partial<AttemptCounts>): AttemptCounts => ({
  accountAndAddress: none,
  address: none,
  accountFromUnknownAddresses: none,
  knownAddress: false,
  ...overrides,
});
const { perAccountAndAddress, perAddress, accountBackoff } = SIGN_IN_LIMITS;

describe("signInRefusal", () => {
  test.each([
    { label: "a first attempt", counts: counts({}), retry: null },
    {
      label: "one short of the account-and-address limit",
      counts: counts({ accountAndAddress: { count: perAccountAndAddress - 1, oldest: minutesAgo(5) } }),
      retry: null,
    },
    {
      label: "at the account-and-address limit: free when the oldest attempt is 15 minutes old",
      counts: counts({ accountAndAddress: { count: perAccountAndAddress, oldest: minutesAgo(5) } }),
      retry: 10,
    },
    {
      label: "at the address limit (many accounts from one machine)",
      counts: counts({ address: { count: perAddress, oldest: minutesAgo(14.5) } }),
      retry: 1,
    },
    { label: "no address known", counts: counts({ address: null }), retry: null },
    {
      label: "many strangers guessing one account, from an unknown address",
      counts: counts({ accountFromUnknownAddresses: { count: accountBackoff.attempts, oldest: minutesAgo(20) } }),
      retry: 40,
    },
    {
      label: "many strangers guessing one account, while its owner signs in from a known address",
      counts: counts({ accountFromUnknownAddresses: { count: 10_000, oldest: minutesAgo(1) }, knownAddress: true }),
      retry: null,
    },
    {
      label: "the owner's known address still has its own limit",
      counts: counts({ knownAddress: true, accountAndAddress: { count: perAccountAndAddress, oldest: minutesAgo(1) } }),
      retry: 14,
    },
  ])("$label: try again in $retry minutes", ({ counts, retry }) => {
    const refusal = signInRefusal(counts, now);
    expect(refusal?.retryAfterMinutes ?? null).toBe(retry);
    if (retry !== null) expect(refusal?.message).toBe(`Too many attempts, try again in ${retry} ${retry === 1 ? "minute" : "minutes"}.`);
  });

  test("the longest wait wins when several limits are reached", () => {
    const refusal = signInRefusal(
      counts({
        accountAndAddress: { count: perAccountAndAddress, oldest: minutesAgo(14) },
        accountFromUnknownAddresses: { count: accountBackoff.attempts, oldest: minutesAgo(30) },
      }),
      now,
    );
    expect(refusal?.retryAfterMinutes).toBe(30);
  });
});
