import "server-only";
import { SIGN_IN_LIMITS, type AttemptCounts } from "../auth/sign-in-limit";
import { getDb } from "./client";

/**
 * Records a sign-in attempt and returns how many attempts (this one included) the account and
 * the address made in the current window. Attempts older than a day are dropped on the way.
 */
export async function recordSignInAttempt(email: string, address: string | null): Promise<AttemptCounts> {
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  return getDb().$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, address } });
    await tx.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 86_400_000) } } });
    const [forAccount, forAddress] = await Promise.all([
      tx.signInAttempt.count({ where: { email, at: { gte: since } } }),
      address ? tx.signInAttempt.count({ where: { address, at: { gte: since } } }) : Promise.resolve(null),
    ]);
    return { forAccount, forAddress };
  });
}
