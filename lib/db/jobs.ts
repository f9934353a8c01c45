import "server-only";
import type { ImportItemInput, JobProgress } from "../jobs/schema";
import { getDb, type Prisma } from "./client";

/**
 * Records an import of several items as one job, in one transaction. The caller queues the
 * returned item ids (a worker that finds an item still pending and unqueued queues it again, so a
 * crash between the two loses nothing).
 */
export async function createImportJob(eventId: string, items: readonly ImportItemInput[], actor: string) {
  return getDb().$transaction(async (tx) => {
    const job = await tx.job.create({ data: { kind: "import", eventId, createdBy: actor }, select: { id: true } });
    const created = await tx.jobItem.createManyAndReturn({
      data: items.map((item, position) => ({
        jobId: job.id,
        position,
        kind: item.kind,
        source: item.source.slice(0, 2048),
        title: item.title ?? null,
        content: item.content ? new Uint8Array(item.content) : null,
      })),
      select: { id: true, position: true },
    });
    return { jobId: job.id, itemIds: created.sort((a, b) => a.position - b.position).map((item) => item.id) };
  });
}

/** Records one extraction of an event's claims as a job of one item. */
export async function createExtractJob(eventId: string, actor: string) {
  const job = await getDb().job.create({
    data: { kind: "extract", eventId, createdBy: actor, items: { create: { position: 0, kind: "extract", source: "Find claims" } } },
    select: { id: true, items: { select: { id: true } } },
  });
  return { jobId: job.id, itemIds: job.items.map((item) => item.id) };
}

const progressSelect = {
  id: true,
  kind: true,
  createdAt: true,
  finishedAt: true,
  event: { select: { slug: true, title: true } },
  items: {
    orderBy: { position: "asc" },
    select: { position: true, kind: true, source: true, status: true, outcome: true, articleId: true, revision: true, message: true, attempts: true },
  },
} as const satisfies Prisma.JobSelect;

/** A job with every item's state, as the progress display and the API show it; null when unknown. */
export async function findJobProgress(jobId: string): Promise<JobProgress | null> {
  const job = await getDb().job.findUnique({ where: { id: jobId }, select: progressSelect });
  return job ? toProgress(job) : null;
}

/** The latest jobs of an event, newest first. */
export async function findJobsForEvent(eventId: string, take = 5): Promise<JobProgress[]> {
  const jobs = await getDb().job.findMany({ where: { eventId }, orderBy: { createdAt: "desc" }, take, select: progressSelect });
  return jobs.map(toProgress);
}

type ProgressRow = Prisma.JobGetPayload<{ select: typeof progressSelect }>;

function toProgress(job: ProgressRow): JobProgress {
  const counts = { pending: 0, done: 0, refused: 0, failed: 0 };
  for (const item of job.items) counts[item.status] += 1;
  return {
    id: job.id,
    kind: job.kind,
    event: job.event,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    total: job.items.length,
    counts,
    items: job.items.map((item) => ({ ...item, outcome: item.outcome as JobProgress["items"][number]["outcome"] })),
  };
}

/**
 * Items still pending in jobs that have not finished, created before `olderThan`: the ones a
 * worker checks against the queue after a crash. At most `take`, oldest first.
 */
export async function findStalledJobItems(olderThan: Date, take = 500) {
  return getDb().jobItem.findMany({
    where: { status: "pending", job: { finishedAt: null, createdAt: { lt: olderThan } } },
    orderBy: { updatedAt: "asc" },
    take,
    select: { id: true, kind: true },
  });
}
