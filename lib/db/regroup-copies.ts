import "server-only";
import { groupCopies } from "../copies/group-copies";
import { matchGroupIds } from "../copies/match-group-ids";
import { recordAudit } from "./audit";
import type { DbClient } from "./client";
import { copyPairIndexOf, copyPairKey } from "./copy-pair-memo";
import { lockCopyGroups } from "./lock-copy-groups";

/**
 * Recomputes the copy groups of an event from the fingerprints of its articles' latest revisions
 * and the editors' decisions (lib/copies/group-copies.ts), and stores them: a group that stays
 * recognisably the same keeps its id, one whose members change gets its version bumped (so an
 * editor's split or join based on what it was is refused), and each change is recorded. Deleted
 * articles belong to no group. Call it inside the transaction of the change it follows.
 */
export async function regroupCopies(tx: DbClient, eventId: string, actor: string): Promise<void> {
  await lockCopyGroups(tx, eventId);
  // One query for the articles and whether their latest revision has its fingerprint: this runs
  // after every import. Deleted articles come along only while they still hold a group, to be
  // taken out of it.
  const rows = await tx.$queryRaw<
    { id: string; title: string; language: string; copyGroupId: string | null; deleted: boolean; revisionId: string | null; fingerprinted: boolean }[]
  >`
      SELECT a.id::text, a.title, a.language, a.copy_group_id::text AS "copyGroupId", a.deleted_at IS NOT NULL AS deleted,
             r.id::text AS "revisionId", EXISTS (SELECT 1 FROM "copy_fingerprint" f WHERE f.revision_id = r.id) AS fingerprinted
        FROM "article" a
        LEFT JOIN LATERAL (SELECT id FROM "article_revision" WHERE article_id = a.id ORDER BY number DESC LIMIT 1) r ON true
       WHERE a.event_id = ${eventId}::uuid AND (a.deleted_at IS NULL OR a.copy_group_id IS NOT NULL)
       ORDER BY a.published_at ASC NULLS LAST, a.title ASC, a.id ASC`;
  const decisions = await tx.copyDecision.findMany({ where: { eventId, deletedAt: null }, select: { articleId: true, otherId: true, copies: true } });
  const groups = await tx.copyGroup.findMany({ where: { eventId }, select: { id: true, version: true }, orderBy: { createdAt: "asc" } });
  const articles = rows.filter((a) => !a.deleted);
  // The pairs of revisions compared before (an earlier batch of the same import) are not compared again.
  const index = copyPairIndexOf(eventId);
  // A revision without its fingerprint yet has no pairs, and is not added until it has one.
  const keys = articles.map((a) => (a.revisionId && a.fingerprinted ? copyPairKey(a.revisionId, a.language) : `unread ${a.id}`));
  // Only the fingerprints this process has not compared yet are read (128 numbers each): after a
  // bulk import in this process none are, since it compared each batch's as it stored them.
  const unread = articles.flatMap((a, i) => (a.revisionId && a.fingerprinted && !index.has(keys[i]!) ? [{ article: a, key: keys[i]! }] : []));
  if (unread.length > 0) {
    const fingerprints = await tx.$queryRaw<{ revisionId: string; shingles: number; signature: number[] }[]>`
      SELECT revision_id::text AS "revisionId", shingles, signature FROM "copy_fingerprint"
       WHERE revision_id = ANY(${unread.map((u) => u.article.revisionId!)}::uuid[])`;
    const byRevision = new Map(fingerprints.map((f) => [f.revisionId, f]));
    for (const { article, key } of unread) {
      const found = byRevision.get(article.revisionId!);
      if (found) index.add(key, article.language, { shingles: found.shingles, signature: found.signature });
    }
  }
  // The pairs come from the index: the grouping reads no fingerprint of its own.
  const candidates = articles.map((a) => ({ id: a.id, language: a.language, fingerprint: null }));
  const clusters = groupCopies(candidates, decisions, index.pairsAmong(candidates.map((c, i) => ({ id: c.id, key: keys[i]! }))));
  const membersOf = (groupId: string) => articles.filter((a) => a.copyGroupId === groupId).map((a) => a.id);
  if (clusters.length === 0 && groups.length === 0 && rows.every((a) => a.copyGroupId === null)) return;
  const matched = matchGroupIds(
    groups.map((g) => ({ id: g.id, articleIds: membersOf(g.id) })),
    clusters.map((c) => c.articleIds),
  );
  const titleOf = new Map(rows.map((a) => [a.id, a.title]));
  const titles = (ids: readonly string[]) => ids.map((id) => titleOf.get(id) ?? id);

  for (const group of matched.groups) {
    if (!group.changed) continue;
    const before = group.id ? membersOf(group.id) : [];
    const saved = group.id
      ? await tx.copyGroup.update({ where: { id: group.id }, data: { version: { increment: 1 } }, select: { id: true, version: true } })
      : await tx.copyGroup.create({ data: { eventId }, select: { id: true, version: true } });
    await tx.article.updateMany({ where: { id: { in: group.articleIds } }, data: { copyGroupId: saved.id } });
    await recordAudit(tx, {
      actor,
      action: group.id ? "update" : "create",
      entityType: "copy group",
      entityId: saved.id,
      eventId,
      before: group.id ? { articles: titles(before), version: saved.version - 1 } : undefined,
      after: { label: `copies of one text: ${titles(group.articleIds).join(" · ")}`, articles: titles(group.articleIds), version: saved.version },
    });
  }
  const grouped = new Set(matched.groups.flatMap((g) => g.articleIds));
  const leaving = rows.filter((a) => a.copyGroupId !== null && !grouped.has(a.id)).map((a) => a.id);
  if (leaving.length > 0) await tx.article.updateMany({ where: { id: { in: leaving } }, data: { copyGroupId: null } });
  if (matched.removed.length > 0) {
    await tx.copyGroup.deleteMany({ where: { id: { in: matched.removed } } });
    for (const id of matched.removed) {
      await recordAudit(tx, {
        actor,
        action: "update",
        entityType: "copy group",
        entityId: id,
        eventId,
        before: { articles: titles(membersOf(id)) },
        after: { label: "no longer copies: each stands alone", articles: [] },
      });
    }
  }
}
