import "server-only";
import type { DbClient } from "./client";

/**
 * Holds the event's copy groups until the transaction ends: regrouping after an import and an
 * editor's split or join read the groups, then rewrite them, and must not interleave.
 */
export async function lockCopyGroups(tx: DbClient, eventId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`copy-groups:${eventId}`}))`;
}
