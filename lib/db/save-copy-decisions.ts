import "server-only";
import type { DbClient } from "./client";

/**
 * Stores an editor's decision on each pair (copies or not), replacing any earlier one on the same
 * pair (its version bumped, a set-aside one brought back). Pairs are stored with the smaller id
 * first, so each pair has one row whichever way it is named.
 */
export async function saveCopyDecisions(
  tx: DbClient,
  eventId: string,
  pairs: readonly (readonly [string, string])[],
  copies: boolean,
  actor: string,
): Promise<void> {
  for (const [x, y] of pairs) {
    const [articleId, otherId] = x < y ? [x, y] : [y, x];
    await tx.copyDecision.upsert({
      where: { articleId_otherId: { articleId, otherId } },
      create: { eventId, articleId, otherId, copies, decidedBy: actor },
      update: { copies, decidedBy: actor, deletedAt: null, version: { increment: 1 } },
    });
  }
}
