import { describe, expect, test } from "vitest";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limit";
import { admitSignInAttempt, recordSignInSuccess } from "@/lib/db/sign-in-attempts";
import { setupTestDatabase } from "../support/setup-test-database";

// The limits as PostgreSQL counts them, with the addresses our server resolved: strangers
// guessing an account's password are stopped, and cannot lock its owner out.

setupTestDatabase();

const now = new Date("2026-12-04T12:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** `count` failed attempts, a second apart, as the sign-in hook records them. */
async function fail(email: string, address: string | null, count: number, from = now) {
  const refusals = [];
  for (let i = 0; i < count; i++) refusals.push(await admitSignInAttempt(email, address, new Date(from.getTime() + i * 1000)));
  return refusals;
}

describe("sign-in limits", () => {
  test("one machine guessing one password is refused after 10 attempts, for 15 minutes", async () => {
    const refusals = await fail("owner1@limits.test", "203.0.113.1", SIGN_IN_LIMITS.perAccountAndAddress + 1);
    expect(refusals.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(refusals.at(-1)).toEqual({ message: "Too many attempts, try again in 15 minutes.", retryAfterMinutes: 15 });
    expect(await admitSignInAttempt("owner1@limits.test", "203.0.113.1", later(16))).toBeNull();
  });

  test("a stranger's failed attempts do not lock the owner out on another machine", async () => {
    await recordSuccess("owner2@limits.test", "198.51.100.2");
    await fail("owner2@limits.test", "203.0.113.2", SIGN_IN_LIMITS.perAccountAndAddress + 5);
    expect(await admitSignInAttempt("owner2@limits.test", "198.51.100.2", later(1))).toBeNull();
  });

  test("many machines guessing one account hit the slower back-off; the owner's known machine does not", async () => {
    await recordSuccess("owner3@limits.test", "198.51.100.3");
    for (let i = 0; i < SIGN_IN_LIMITS.accountBackoff.attempts; i++) {
      expect(await admitSignInAttempt("owner3@limits.test", `203.0.113.${100 + i}`, new Date(now.getTime() + i * 1000))).toBeNull();
    }
    const stranger = await admitSignInAttempt("owner3@limits.test", "203.0.113.250", later(1));
    expect(stranger?.message).toBe("Too many attempts, try again in 59 minutes.");
    expect(await admitSignInAttempt("owner3@limits.test", "198.51.100.3", later(1))).toBeNull();
  });

  test("one machine trying many accounts is refused after 50 attempts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      expect(await admitSignInAttempt(`sprayed${i}@limits.test`, "203.0.113.9", new Date(now.getTime() + i * 1000))).toBeNull();
    }
    expect(await admitSignInAttempt("one-more@limits.test", "203.0.113.9", later(1))).not.toBeNull();
    expect(await admitSignInAttempt("one-more@limits.test", "203.0.113.10", later(1))).toBeNull();
  });
});

/** A successful sign-in from `address`, which makes it known for the account. */
async function recordSuccess(email: string, address: string) {
  expect(await admitSignInAttempt(email, address, new Date(now.getTime() - 86_400_000))).toBeNull();
  await recordSignInSuccess(email, address);
}
