import pg from "pg";
import PgBoss from "pg-boss";

// The one importer of pg-boss, the job queue: PostgreSQL holds the messages (in the schema
// "pgboss", which pg-boss creates and migrates itself on start), so work survives a restart of any
// process and is shared by every worker started against the same database. A message carries only
// the id of a job item (our table job_item); the item says what to do and records what was done.

/** The queues, one per kind of work. */
export const QUEUES = {
  /** One article to fetch and import: a URL (an upload or a pasted text queued before the next queue existed). */
  importItem: "claimdiff-import-item",
  /** An article whose bytes its item holds (an uploaded file, a pasted text): imported many at a time. */
  importStored: "claimdiff-import-stored",
  /** Finding the claims of an event's articles. */
  extractEvent: "claimdiff-extract-event",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Where a message is in its life, as the queue knows it. */
export type MessageState = "waiting" | "active" | "completed" | "failed" | "missing";

/** Which run of an item this is: a handler that throws on the last one will not be called again. */
export type Attempt = { number: number; last: boolean };

export type ItemHandler = (itemId: string, attempt: Attempt) => Promise<void>;

/** Handles many items at once; returns the ones that failed (each retried by the queue on its own). */
export type BatchHandler = (items: readonly { itemId: string; attempt: Attempt }[]) => Promise<{ itemId: string; error: unknown }[]>;

/** The queue an import item goes to: by URL one at a time, from its stored bytes many at a time. */
export const importQueueOf = (kind: "url" | "file" | "text"): QueueName => (kind === "url" ? QUEUES.importItem : QUEUES.importStored);

export type JobQueue = {
  /** Queues one message per item; an item already queued (same id) is not queued twice. */
  enqueue(queue: QueueName, itemIds: readonly string[]): Promise<void>;
  /** What the queue knows about an item's message. */
  stateOf(queue: QueueName, itemId: string): Promise<{ state: MessageState; error: string | null }>;
  /** Runs `handler` for messages of `queue`, `concurrency` at a time in this process. */
  work(queue: QueueName, concurrency: number, handler: ItemHandler): Promise<void>;
  /** Runs `handler` for up to `batchSize` messages of `queue` at a time, two batches at once in this process. */
  workInBatches(queue: QueueName, batchSize: number, handler: BatchHandler): Promise<void>;
  /** Stops working (letting running handlers finish, up to `timeoutMs`) and closes the pool. */
  stop(timeoutMs?: number): Promise<void>;
};

export type QueueOptions = {
  connectionString: string;
  /** How long one item may run before the queue hands it to another worker (after a crash). */
  timeoutSeconds: number;
  /** Whether this process also expires and retries stalled messages (a worker); the app only sends. */
  supervise: boolean;
  /** Connections of pg-boss's own pool. */
  poolSize?: number;
  onError?: (error: Error) => void;
};

// A failed item is tried again three times, after 2, 4 and 8 s (network errors pass; a refusal
// is recorded on the first attempt and never thrown, so it is not retried).
const RETRY = { retryLimit: 3, retryDelay: 2, retryBackoff: true } as const;

/**
 * Connects to the queue, creating or upgrading pg-boss's schema and our queues when needed (it
 * takes an advisory lock, so several processes starting together do this once).
 */
export async function openJobQueue(options: QueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: "pgboss",
    application_name: "claimdiff-jobs",
    max: options.poolSize ?? 4,
    migrate: true,
    supervise: options.supervise,
    schedule: false,
    // Expiry of stalled messages happens during maintenance: check at least twice per timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(options.timeoutSeconds / 2))),
  });
  boss.on("error", options.onError ?? ((error) => console.error(`job queue: ${error.message}`)));
  await boss.start();
  await withQueueSetupLock(options.connectionString, async () => {
    for (const name of Object.values(QUEUES)) {
      const settings = { name, ...RETRY, expireInSeconds: options.timeoutSeconds };
      await boss.createQueue(name, settings);
      // A queue made by an earlier start keeps its settings until told otherwise.
      await boss.updateQueue(name, settings);
    }
  });

  return {
    async enqueue(queue, itemIds) {
      if (itemIds.length === 0) return;
      await boss.insert(itemIds.map((id) => ({ id, name: queue, data: { itemId: id } })));
    },

    async stateOf(queue, itemId) {
      const job = await boss.getJobById(queue, itemId);
      if (!job) return { state: "missing", error: null };
      const states: Record<string, MessageState> = { created: "waiting", retry: "waiting", active: "active", completed: "completed", cancelled: "failed", failed: "failed" };
      const output = job.output as { message?: unknown } | null;
      return { state: states[job.state] ?? "waiting", error: typeof output?.message === "string" ? output.message : null };
    },

    async work(queue, concurrency, handler) {
      // pg-boss waits out its polling interval (at least 0.5 s) after every fetch, even a full
      // one, so one message per fetch would cap a loop at two items a second. Each loop fetches a
      // batch and runs it concurrently; a failed item is failed on its own (retried by the queue),
      // and pg-boss completes the rest when the handler returns.
      const loops = Math.min(2, concurrency);
      const batchSize = Math.ceil(concurrency / loops);
      const run = async (jobs: PgBoss.JobWithMetadata<{ itemId: string }>[]) => {
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await handler(job.data.itemId, { number: job.retryCount + 1, last: job.retryCount >= job.retryLimit });
            } catch (error) {
              await boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
            }
          }),
        );
      };
      for (let i = 0; i < loops; i++) {
        await boss.work<{ itemId: string }>(queue, { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true }, run);
      }
    },

    async workInBatches(queue, batchSize, handler) {
      // Two loops: one batch is read while the other is written.
      const run = async (jobs: PgBoss.JobWithMetadata<{ itemId: string }>[]) => {
        const failed = await handler(jobs.map((job) => ({ itemId: job.data.itemId, attempt: { number: job.retryCount + 1, last: job.retryCount >= job.retryLimit } })));
        const byItem = new Map(jobs.map((job) => [job.data.itemId, job.id]));
        for (const { itemId, error } of failed) {
          await boss.fail(queue, byItem.get(itemId)!, { message: error instanceof Error ? error.message : String(error) });
        }
      };
      for (let i = 0; i < 2; i++) {
        await boss.work<{ itemId: string }>(queue, { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true }, run);
      }
    },

    async stop(timeoutMs = 15_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/**
 * Runs `setup` while holding an advisory lock of our own: pg-boss creates a queue's partition
 * table with DDL that deadlocks when several processes (the app, workers, the CLI) start at the
 * same moment, so they take turns.
 */
async function withQueueSetupLock(connectionString: string, setup: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "claimdiff-jobs-setup" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('claimdiff:job-queue-setup'))");
    await setup();
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('claimdiff:job-queue-setup'))").catch(() => {});
    await client.end();
  }
}
