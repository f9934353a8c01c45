// npm run worker – works the job queue (bulk imports, extractions) until stopped. `npm start` runs
// one beside the app; start more, on this machine or others with the same DATABASE_URL, to share
// the work. SIGTERM or Ctrl-C lets running items finish, then stops.
import { disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { readEnv } from "@/lib/env";
import { startWorker } from "@/lib/worker/start-worker";

async function main(): Promise<void> {
  const database = await openDatabase(readEnv());
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const worker = await startWorker({ connectionString: database.url });
  console.log(`Worker ${process.pid} is working the job queue.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await disconnectDb();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(`worker: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
