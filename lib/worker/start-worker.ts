import "server-only";
import { readEnv } from "../env";
import { openJobQueue, QUEUES } from "../jobs";
import { reconcileJobItems } from "./reconcile-job-items";
import { runExtractItem } from "./run-extract-item";
import { runImportItem, runStoredImportItems } from "./run-import-item";

export type Worker = { stop(): Promise<void> };

/** Imports by URL run this many at a time per worker: most of their time is spent waiting on the network. */
export const IMPORT_CONCURRENCY = 8;
/**
 * Uploaded files and pasted texts are stored this many per transaction (two batches at a time per
 * worker); the event's vocabulary and copy groups follow once, when the job's last item is settled.
 */
export const STORED_IMPORT_BATCH = 250;
const RECONCILE_EVERY_MS = 30_000;

/**
 * Starts working the queue in this process: imports by URL (eight at a time), of uploaded files
 * and pasted texts (250 per transaction), extractions (one at a time, on worker threads) and, every half minute, the reconciliation of job items with the queue. Start as many
 * workers as you like, on as many machines: the queue hands each message to one of them.
 */
export async function startWorker(options: { connectionString: string; concurrency?: number }): Promise<Worker> {
  const env = readEnv();
  const queue = await openJobQueue({ connectionString: options.connectionString, timeoutSeconds: env.CLAIMDIFF_JOB_TIMEOUT_SECONDS, supervise: true });
  await queue.work(QUEUES.importItem, options.concurrency ?? IMPORT_CONCURRENCY, (id, attempt) => runImportItem(id, attempt, { allow: env.CLAIMDIFF_FETCH_ALLOW }));
  await queue.workInBatches(QUEUES.importStored, STORED_IMPORT_BATCH, (items) => runStoredImportItems(items, { allow: env.CLAIMDIFF_FETCH_ALLOW }));
  await queue.work(QUEUES.extractEvent, 1, runExtractItem);
  // Kept so that stop() waits for a reconciliation in flight instead of closing the queue under it.
  let reconciling: Promise<void> = Promise.resolve();
  const reconcile = () =>
    (reconciling = reconcileJobItems(queue).then(
      ({ requeued, failed }) => {
        if (requeued || failed) console.log(`worker: ${requeued} job item(s) queued again, ${failed} marked failed after a crash`);
      },
      (error: unknown) => console.error(`worker: reconciling job items failed: ${error instanceof Error ? error.message : error}`),
    ));
  await reconcile();
  const timer = setInterval(() => void reconcile(), RECONCILE_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await reconciling;
      await queue.stop();
    },
  };
}
