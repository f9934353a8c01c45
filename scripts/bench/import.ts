// npm run bench:import – import throughput through the job queue: N generated articles (pasted
// texts of about 3 KB, German newsroom prose) imported as one job by W workers started in this
// process (each runs IMPORT_CONCURRENCY items at a time), in articles per second from the moment
// the job is queued until its last item is recorded. The floor, measured in the same run on the
// same database: the same number of articles through `importArticle` directly, one after another,
// with no queue (what the CLI did before imports became jobs).
//
// Runs on a database of its own, made on DATABASE_URL's server and dropped at the end:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npm run bench:import -- --articles 1000 --workers 2
import { parseArgs } from "node:util";
import pg from "pg";
import { contentHash, detectLanguage, headlineOf } from "@/lib/articles";
import { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";
import { disconnectDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { importArticle } from "@/lib/db/import-article";
import { createImportJob, findJobProgress } from "@/lib/db/jobs";
import { applyMigrations } from "@/lib/db/migrate";
import { QUEUES } from "@/lib/jobs";
import { closeJobQueue, getJobQueue } from "@/lib/worker/job-queue-client";
import { IMPORT_CONCURRENCY, startWorker } from "@/lib/worker/start-worker";
import { generateArticle } from "./support/generate-prose";
import { createRandom } from "./support/random";

const { values: args } = parseArgs({ options: { articles: { type: "string", default: "500" }, workers: { type: "string", default: "1" } } });
const count = Number(args.articles);
const workers = Number(args.workers);
const server = process.env.DATABASE_URL;
if (!server) throw new Error("Set DATABASE_URL to a PostgreSQL server: the benchmark makes a database of its own there and drops it after.");

const database = `claimdiff_bench_import_${process.pid}`;
await runAdminSql(server, `CREATE DATABASE ${pg.escapeIdentifier(database)}`);
const url = urlForDatabase(server, database);
process.env.DATABASE_URL = url;
try {
  await applyMigrations(url);
  const random = createRandom(20250314);
  const texts = Array.from({ length: 2 * count }, (_, i) => `Bericht ${i + 1}: ${generateArticle(random, 3000)}`);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length;
  console.log(`${count} articles of ${Math.round(bytes)} bytes on average (PostgreSQL ${await serverVersion(url)})\n`);

  // Floor: the same work without the queue, one article after another.
  const direct = await ensureEvent({ slug: "bench-direct" }, "bench");
  let started = performance.now();
  for (const text of texts.slice(0, count)) {
    await importArticle(direct.id, { title: headlineOf(text)!, language: detectLanguage(text), text, contentHash: contentHash(text) }, "bench");
  }
  const directSeconds = (performance.now() - started) / 1000;

  // Through the queue: one job of `count` pasted texts, `workers` workers.
  const queued = await ensureEvent({ slug: "bench-queue" }, "bench");
  const running = await Promise.all(Array.from({ length: workers }, () => startWorker({ connectionString: url })));
  started = performance.now();
  const { jobId, itemIds } = await createImportJob(queued.id, texts.slice(count).map((text, i) => ({ kind: "text" as const, source: `Generated ${i + 1}`, content: new TextEncoder().encode(text) })), "bench");
  await (await getJobQueue()).enqueue(QUEUES.importItem, itemIds);
  let progress = await findJobProgress(jobId);
  while (!progress?.finishedAt) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    progress = await findJobProgress(jobId);
  }
  const queueSeconds = (performance.now() - started) / 1000;
  await Promise.all(running.map((worker) => worker.stop()));
  await closeJobQueue();

  const rate = (seconds: number) => count / seconds;
  console.log(`direct importArticle, one at a time     ${rate(directSeconds).toFixed(1).padStart(7)} articles/s  (${directSeconds.toFixed(1)} s)`);
  console.log(
    `job queue, ${workers} worker(s) × ${IMPORT_CONCURRENCY} at a time   ${rate(queueSeconds).toFixed(1).padStart(7)} articles/s  (${queueSeconds.toFixed(1)} s; ` +
      `${progress.counts.done} done, ${progress.counts.refused} refused, ${progress.counts.failed} failed)`,
  );
  console.log(`ratio queue / direct: ${(directSeconds / queueSeconds).toFixed(2)}`);
} finally {
  await disconnectDb();
  await runAdminSql(server, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
}

async function serverVersion(connectionString: string): Promise<string> {
  const { rows } = await runAdminSql(connectionString, "SHOW server_version");
  return String(rows[0]?.server_version ?? "?");
}
