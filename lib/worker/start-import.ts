import "server-only";
import { createExtractJob, createImportJob } from "../db/jobs";
import { QUEUES, toImportItems, type ImportRequest } from "../jobs";
import { getJobQueue } from "./job-queue-client";

/**
 * Records an import of URLs, files and texts into an event as a job and queues its items; the
 * workers do the rest. Returns the job's id, whose progress `findJobProgress` reads.
 */
export async function startImport(eventId: string, request: ImportRequest, actor: string): Promise<{ jobId: string; items: number }> {
  const { jobId, itemIds } = await createImportJob(eventId, toImportItems(request), actor);
  await (await getJobQueue()).enqueue(QUEUES.importItem, itemIds);
  return { jobId, items: itemIds.length };
}

/** Queues finding the claims of an event's articles as a job. */
export async function startExtraction(eventId: string, actor: string): Promise<{ jobId: string }> {
  const { jobId, itemIds } = await createExtractJob(eventId, actor);
  await (await getJobQueue()).enqueue(QUEUES.extractEvent, itemIds);
  return { jobId };
}
