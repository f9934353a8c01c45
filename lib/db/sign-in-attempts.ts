import "server-only";
import { SIGN_IN_LIMITS, signInRefusal, type AttemptCounter, type Refusal } from "../auth/sign-in-limit";
import { getDb, type DbClient, type Prisma } from "./client";

/**
 * Decides whether a sign-in attempt for `email` from `address` may go ahead and, when it may,
 * records it (as failed until `recordSignInSuccess` says otherwise). Attempts on one account are
 * decided one at a time (a transaction-scoped advisory lock), so a burst of parallel guesses
 * cannot all slip under a limit. Refused attempts are not recorded. Old attempts are dropped on
 * the way: failures after a day, successes after `knownAddressDays`.
 */
export async function admitSignInAttempt(email: string, address: string | null, now = new Date()): Promise<Refusal | null> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`;
    const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const since = minutesAgo(SIGN_IN_LIMITS.windowMinutes);
    const sameAddress = address === null ? { address: null } : { address };
    const knownSince = minutesAgo(SIGN_IN_LIMITS.knownAddressDays * 24 * 60);
    const knownAddresses = await tx.signInAttempt.findMany({
      where: { email, succeeded: true, at: { gte: knownSince }, address: { not: null } },
      select: { address: true },
      distinct: ["address"],
    });
    const known = knownAddresses.flatMap((row) => (row.address ? [row.address] : []));
    // One after the other: a transaction is one connection, which runs one query at a time.
    const accountAndAddress = await counter(tx, { email, ...sameAddress, succeeded: false, at: { gte: since } });
    const forAddress = address ? await counter(tx, { address, succeeded: false, at: { gte: since } }) : null;
    const accountFromUnknownAddresses = await counter(tx, {
      email,
      succeeded: false,
      at: { gte: minutesAgo(SIGN_IN_LIMITS.accountBackoff.windowMinutes) },
      OR: [{ address: null }, { address: { notIn: known } }],
    });
    const refusal = signInRefusal(
      { accountAndAddress, address: forAddress, accountFromUnknownAddresses, knownAddress: address !== null && known.includes(address) },
      now,
    );
    if (refusal) return refusal;
    await tx.signInAttempt.create({ data: { email, address, at: now } });
    await tx.signInAttempt.deleteMany({
      where: { OR: [{ succeeded: false, at: { lt: minutesAgo(24 * 60) } }, { at: { lt: knownSince } }] },
    });
    return null;
  });
}

/** Marks the latest attempt of `email` from `address` as the successful sign-in it was. */
export async function recordSignInSuccess(email: string, address: string | null): Promise<void> {
  const latest = await getDb().signInAttempt.findFirst({
    where: { email, address, succeeded: false },
    orderBy: { at: "desc" },
    select: { id: true },
  });
  if (latest) await getDb().signInAttempt.update({ where: { id: latest.id }, data: { succeeded: true } });
}

async function counter(tx: DbClient, where: Prisma.SignInAttemptWhereInput): Promise<AttemptCounter> {
  const count = await tx.signInAttempt.count({ where });
  const oldest = await tx.signInAttempt.findFirst({ where, orderBy: { at: "asc" }, select: { at: true } });
  return { count, oldest: oldest?.at ?? null };
}
