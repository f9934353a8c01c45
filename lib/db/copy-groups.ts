import "server-only";
import { getDb } from "./client";
import { articleLabelSelect, articleOrder } from "./selects";

/**
 * The copy groups of an event for its page: each group with its live members (publication order;
 * a group left with fewer than two is not shown) and their latest fingerprints, the group's version
 * (which a split or join names), and every decision an editor made about the event's articles.
 */
export async function findCopyGroups(eventId: string) {
  const db = getDb();
  const [groups, decisions] = await Promise.all([
    db.copyGroup.findMany({
      where: { eventId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        version: true,
        articles: {
          where: { deletedAt: null },
          orderBy: [...articleOrder],
          select: {
            ...articleLabelSelect,
            revisions: { orderBy: { number: "desc" }, take: 1, select: { copyFingerprint: { select: { shingles: true, signature: true } } } },
          },
        },
      },
    }),
    db.copyDecision.findMany({
      where: { eventId, deletedAt: null, article: { deletedAt: null }, other: { deletedAt: null } },
      orderBy: { createdAt: "asc" },
      select: { articleId: true, otherId: true, copies: true },
    }),
  ]);
  return {
    groups: groups
      .filter((g) => g.articles.length > 1)
      .map((g) => ({
        id: g.id,
        version: g.version,
        members: g.articles.map((a) => ({
          id: a.id,
          title: a.title,
          language: a.language,
          publishedAt: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null,
          outlet: a.outlet?.name ?? null,
          fingerprint: a.revisions[0]?.copyFingerprint ?? null,
        })),
      })),
    decisions,
  };
}

export type EventCopyGroups = Awaited<ReturnType<typeof findCopyGroups>>;
