import "server-only";
import { readEnv } from "../env";
import { openJobQueue, type JobQueue } from "../jobs";

// Cached on globalThis like the Prisma client, so hot reload does not open a new pool each time.
const globalForQueue = globalThis as unknown as { claimdiffQueue?: Promise<JobQueue> };

/**
 * The queue this process sends to (the app, the CLI), connected on first use to DATABASE_URL. It
 * only sends: workers (`npm run worker`, and the one `npm start` runs) do the work.
 */
export function getJobQueue(): Promise<JobQueue> {
  if (!globalForQueue.claimdiffQueue) {
    const env = readEnv();
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set.");
    globalForQueue.claimdiffQueue = openJobQueue({
      connectionString: env.DATABASE_URL,
      timeoutSeconds: env.CLAIMDIFF_JOB_TIMEOUT_SECONDS,
      supervise: false,
      poolSize: 2,
    }).catch((error: unknown) => {
      globalForQueue.claimdiffQueue = undefined;
      throw error;
    });
  }
  return globalForQueue.claimdiffQueue;
}

/** Closes the sending queue's pool; the next `getJobQueue()` opens a new one. For scripts and tests. */
export async function closeJobQueue(): Promise<void> {
  const queue = globalForQueue.claimdiffQueue;
  globalForQueue.claimdiffQueue = undefined;
  await (await queue?.catch(() => undefined))?.stop();
}
