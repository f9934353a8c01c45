import "server-only";
import { createExtractJob, createImportJob } from "../db/jobs";
import { importQueueOf, QUEUES, toImportItems, type ImportItemInput, type ImportRequest } from "../jobs";
import { getJobQueue } from "./job-queue-client";

/**
 * Records an import of URLs, files and texts into an event as a job and queues its items; the
 * workers do the rest. Returns the job's id, whose progress `findJobProgress` reads.
 */
export async function startImport(eventId: string, request: ImportRequest, actor: string): Promise<{ jobId: string; items: number }> {
  const items = toImportItems(request);
  const { jobId, itemIds } = await createImportJob(eventId, items, actor);
  await enqueueImportItems(itemIds, items);
  return { jobId, items: itemIds.length };
}

/** Queues the items of an import job (ids in the order of `items`), each on the queue for its kind. */
export async function enqueueImportItems(itemIds: readonly string[], items: readonly Pick<ImportItemInput, "kind">[]): Promise<void> {
  const queue = await getJobQueue();
  for (const name of [QUEUES.importItem, QUEUES.importStored]) {
    await queue.enqueue(
      name,
      itemIds.filter((_, i) => importQueueOf(items[i]!.kind) === name),
    );
  }
}

/** Queues finding the claims of an event's articles as a job. */
export async function startExtraction(eventId: string, actor: string): Promise<{ jobId: string }> {
  const { jobId, itemIds } = await createExtractJob(eventId, actor);
  await (await getJobQueue()).enqueue(QUEUES.extractEvent, itemIds);
  return { jobId };
}
