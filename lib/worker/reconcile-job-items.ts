import "server-only";
import { closeJobItem, finishJobsLeftOpen } from "../db/job-items";
import { findStalledJobItems } from "../db/jobs";
import { importQueueOf, QUEUES, type JobQueue } from "../jobs";

// Younger items may be between their commit and their enqueue (lib/worker/start-import.ts).
const GRACE_MS = 30_000;

/**
 * Brings job items and the queue back in step after a crash: an item still pending whose message
 * the queue does not have (the process died between recording the job and queueing it) is queued
 * again; one whose message the queue gave up on (a worker died during its last attempt) is marked
 * failed with the queue's reason; a job whose items are all done but which nobody marked finished
 * is marked. Run by every worker on start and then every half minute.
 */
export async function reconcileJobItems(queue: JobQueue, now = new Date()): Promise<{ requeued: number; failed: number }> {
  await finishJobsLeftOpen();
  const stalled = await findStalledJobItems(new Date(now.getTime() - GRACE_MS));
  let requeued = 0;
  let failed = 0;
  for (const item of stalled) {
    const name = item.kind === "extract" ? QUEUES.extractEvent : importQueueOf(item.kind);
    const { state, error } = await queue.stateOf(name, item.id);
    if (state === "missing") {
      await queue.enqueue(name, [item.id]);
      requeued += 1;
    } else if (state === "failed" || state === "completed") {
      // A batch may have closed the item between our read and the queue's answer: count only what we closed.
      if (await closeJobItem(item.id, "failed", `the queue gave up on it: ${error ?? "its last attempt ended without a result"}`)) failed += 1;
    }
  }
  return { requeued, failed };
}
