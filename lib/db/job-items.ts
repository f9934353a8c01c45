import "server-only";
import type { ParsedArticle } from "../articles/schema";
import { AppError } from "../errors";
import { getDb, type DbClient } from "./client";
import { importArticleIn, type ImportOutcome } from "./import-article";
import { importBatchIn, type BulkOutcome } from "./import-articles-in-bulk";
import { refreshEventIndexes } from "./refresh-event-indexes";
import { refreshJobIndexes } from "./refresh-job-indexes";

/** An item as a worker needs it: what to do, for which event, on whose behalf. Null when unknown. */
export async function loadJobItem(itemId: string) {
  return (await loadJobItems([itemId]))[0] ?? null;
}

/** The items as a worker needs them, in no particular order; unknown ids are left out. */
export async function loadJobItems(itemIds: readonly string[]) {
  return getDb().jobItem.findMany({
    where: { id: { in: [...itemIds] } },
    select: {
      id: true,
      kind: true,
      status: true,
      source: true,
      title: true,
      content: true,
      attempts: true,
      job: { select: { id: true, eventId: true, createdBy: true, event: { select: { deletedAt: true } } } },
    },
  });
}

/** Counts one more attempt at pending items (shown beside each while it is retried). */
export async function countJobItemAttempts(itemIds: readonly string[]): Promise<void> {
  await getDb().jobItem.updateMany({ where: { id: { in: [...itemIds] }, status: "pending" }, data: { attempts: { increment: 1 } } });
}

/** Counts one more attempt at a pending item. */
export async function countJobItemAttempt(itemId: string): Promise<void> {
  await countJobItemAttempts([itemId]);
}

/**
 * Stores the article of an import item and marks the item done, in one transaction: either both
 * happen or neither, so a worker killed at any moment leaves no half-written article, and an item
 * run twice (a retry after a crash, two workers after a timeout) imports once. Returns null when
 * the item was no longer pending (done by another run).
 */
export async function completeImportItem(itemId: string, article: ParsedArticle): Promise<ImportOutcome | null> {
  const done = await getDb().$transaction(async (tx) => {
    const item = await lockPendingItem(tx, itemId);
    if (!item) return null;
    if (item.eventDeleted) throw new AppError("CONFLICT", "the event was deleted meanwhile");
    const outcome = await importArticleIn(tx, item.eventId, article, item.createdBy);
    await tx.jobItem.update({
      where: { id: itemId },
      data: { status: "done", outcome: outcome.status, articleId: outcome.articleId, revision: outcome.revision, content: null, message: null },
    });
    return { jobId: item.jobId, eventId: item.eventId, actor: item.createdBy, outcome };
  });
  if (!done) return null;
  // As after any import: the event's search paragraphs and copy groups follow its new text, at
  // once, or with the rest of the job when this item was its last.
  if (!(await finishJobIfDone(done.jobId))) await refreshEventIndexes(done.eventId, done.actor);
  return done.outcome;
}

/**
 * `completeImportItem` for many items at once, with the same guarantees, in one transaction: the
 * articles of each event go in with `importBatchIn` (new ones with their search paragraphs, found
 * as soon as it commits), and every item records its outcome (or why its article was refused).
 * The vocabulary, new revisions' paragraphs and copy groups follow once, when the job's last item
 * is settled (`finishJobIfDone`), not after every batch. Items no longer pending are left alone.
 * A database error fails the whole batch; the caller then stores its items one by one.
 */
export async function completeImportItems(items: readonly { itemId: string; article: ParsedArticle }[]): Promise<void> {
  if (items.length === 0) return;
  const jobs = await getDb().$transaction(
    async (tx) => {
      const locked = await lockPendingItems(
        tx,
        items.map((item) => item.itemId),
      );
      const groups = new Map<string, { eventId: string; actor: string; deleted: boolean; items: { itemId: string; article: ParsedArticle }[] }>();
      for (const item of items) {
        const found = locked.get(item.itemId);
        if (!found) continue;
        const key = `${found.eventId} ${found.createdBy}`;
        const group = groups.get(key) ?? { eventId: found.eventId, actor: found.createdBy, deleted: found.eventDeleted, items: [] };
        group.items.push(item);
        groups.set(key, group);
      }
      const updates: { id: string; status: "done" | "refused"; outcome: string | null; article_id: string | null; revision: number | null; message: string | null }[] = [];
      for (const group of groups.values()) {
        const outcomes: BulkOutcome[] = group.deleted
          ? group.items.map(() => ({ status: "refused", reason: "the event was deleted meanwhile" }))
          : await importBatchIn(tx, group.eventId, group.items.map((item) => item.article), group.actor);
        outcomes.forEach((outcome, i) => {
          const id = group.items[i]!.itemId;
          updates.push(
            outcome.status === "refused"
              ? { id, status: "refused", outcome: null, article_id: null, revision: null, message: outcome.reason.slice(0, 2000) }
              : { id, status: "done", outcome: outcome.status, article_id: outcome.articleId, revision: outcome.revision, message: null },
          );
        });
      }
      if (updates.length > 0) {
        await tx.$executeRaw`
          UPDATE job_item AS i
             SET status = u.status, outcome = u.outcome, article_id = u.article_id, revision = u.revision, message = u.message, content = NULL, updated_at = now()
            FROM json_to_recordset(${JSON.stringify(updates)}::json)
                 AS u(id uuid, status job_item_status, outcome text, article_id uuid, revision int, message text)
           WHERE i.id = u.id`;
      }
      return [...new Set([...locked.values()].map((item) => item.jobId))];
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  for (const jobId of jobs) await finishJobIfDone(jobId);
}

/** Marks a pending item done (an extraction), refused (bad input) or failed (gave up), with a message. */
export async function closeJobItem(itemId: string, status: "done" | "refused" | "failed", message: string): Promise<boolean> {
  const jobId = await getDb().$transaction(async (tx) => {
    const item = await lockPendingItem(tx, itemId);
    if (!item) return null;
    await tx.jobItem.update({ where: { id: itemId }, data: { status, message: message.slice(0, 2000), content: null } });
    return item.jobId;
  });
  if (jobId) await finishJobIfDone(jobId);
  return jobId !== null;
}

/** Locks the item and returns it, with its job and event, if still pending; null otherwise. */
async function lockPendingItem(tx: DbClient, itemId: string) {
  return (await lockPendingItems(tx, [itemId])).get(itemId) ?? null;
}

/** Locks the items (in the order of their ids, so that two batches never deadlock) and returns the pending ones by id. */
async function lockPendingItems(tx: DbClient, itemIds: readonly string[]) {
  const rows = await tx.$queryRaw<{ id: string; job_id: string; status: string; event_id: string; created_by: string; event_deleted: boolean }[]>`
    SELECT i.id::text AS id, j.id::text AS job_id, i.status::text AS status, j.event_id::text AS event_id, j.created_by, (e.deleted_at IS NOT NULL) AS event_deleted
      FROM job_item i JOIN job j ON j.id = i.job_id JOIN event e ON e.id = j.event_id
     WHERE i.id = ANY(${[...itemIds]}::uuid[])
     ORDER BY i.id
       FOR UPDATE OF i`;
  return new Map(
    rows
      .filter((row) => row.status === "pending")
      .map((row) => [row.id, { jobId: row.job_id, eventId: row.event_id, createdBy: row.created_by, eventDeleted: row.event_deleted }]),
  );
}

/**
 * Marks the job finished when none of its items is pending, after bringing an import's event up to
 * date (`refreshJobIndexes`), so a finished import is searchable throughout. Run after the item's
 * own transaction committed: of two items finishing at once, the one that commits last runs its
 * check after both commits and sees both settled, so the job is always marked (both may refresh,
 * which is idempotent; a crash in between, or a refresh that failed, is mended by
 * `finishJobsLeftOpen`), and items never wait for each other.
 * @returns whether the job was settled (and its event refreshed) by this call.
 */
export async function finishJobIfDone(jobId: string): Promise<boolean> {
  const [job] = await getDb().$queryRaw<{ id: string; kind: string; eventId: string; createdBy: string; eventDeleted: boolean }[]>`
    SELECT j.id::text AS id, j.kind::text AS kind, j.event_id::text AS "eventId", j.created_by AS "createdBy", (e.deleted_at IS NOT NULL) AS "eventDeleted"
      FROM job j JOIN event e ON e.id = j.event_id
     WHERE j.id = ${jobId}::uuid AND j.finished_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM job_item WHERE job_id = j.id AND status = 'pending')`;
  if (!job) return false;
  if (job.kind === "import" && !job.eventDeleted) await refreshJobIndexes(job);
  await getDb().$executeRaw`
    UPDATE job SET finished_at = now()
     WHERE id = ${jobId}::uuid AND finished_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM job_item WHERE job_id = ${jobId}::uuid AND status = 'pending')`;
  return true;
}

/** Finishes, as `finishJobIfDone` does, the jobs none of whose items is pending (a worker died before it could). */
export async function finishJobsLeftOpen(): Promise<number> {
  const open = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM job
     WHERE finished_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM job_item WHERE job_id = job.id AND status = 'pending')`;
  for (const { id } of open) await finishJobIfDone(id);
  return open.length;
}
