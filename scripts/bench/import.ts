// npm run bench:import – import and extraction at newsroom scale, against a bare COPY of the same
// texts measured in the same run (issue 12's aim: import + extraction ≤ 25 × the COPY's time,
// ≥ 500 articles/s). N generated news articles (about 3 KB, German and English, with figures), as
// files with front matter (title, URL, outlet, date, language), timed as:
//   (a) a bare COPY of their texts into a scratch table without indexes;
//   (b) the bulk import: parse each file, `importArticlesInBulk` into one event (store, audit,
//       search paragraphs, fingerprints, copy groups, vocabulary);
//   (c) finding the claims of that event (`extractEventClaims`; on worker threads above 16 MB of
//       text), and `extractClaims` alone on the same texts in one thread and on one per core;
//   (d) with --single K: K more articles through `importArticle` one at a time, for comparison;
//   (e) the same files as one import job on the queue, worked by a worker in this process (what
//       `claimdiff import <folder>` does), from queueing to the job's end.
//
// Runs on a database of its own, made on DATABASE_URL's server (else on the embedded PostgreSQL)
// and dropped at the end:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npm run bench:import
//   … npm run bench:import -- --quick      # 300 articles and no thread comparison, for CI
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { parseArticleFile } from "@/lib/articles";
import { extractClaims } from "@/lib/extract";
import { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";
import { disconnectDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { extractOnThreads, MIN_BYTES_FOR_THREADS } from "@/lib/worker/extract-on-threads";
import { importArticle } from "@/lib/db/import-article";
import { importArticlesInBulk } from "@/lib/db/import-articles-in-bulk";
import { createImportJob, findJobProgress } from "@/lib/db/jobs";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { closeJobQueue } from "@/lib/worker/job-queue-client";
import { enqueueImportItems } from "@/lib/worker/start-import";
import { startWorker } from "@/lib/worker/start-worker";
import { generateNewsArticle } from "./support/generate-news";
import { createRandom } from "./support/random";

const { values: args } = parseArgs({
  options: { articles: { type: "string" }, quick: { type: "boolean", default: false }, single: { type: "string", default: "0" } },
});
const count = Number(args.articles ?? (args.quick ? 300 : 2000));
const single = Number(args.single);

const OUTLETS = ["Tagesblatt", "Abendpost", "Morning Ledger", "Evening Courier", "Rundschau", "Daily Wire", "Kurier", "The Observer Desk"];
const random = createRandom(20261209);
const files = Array.from({ length: count + single }, (_, i) => {
  const language = i % 2 ? "en" : "de";
  const text = generateNewsArticle(random, language, 3000);
  const outlet = OUTLETS[i % OUTLETS.length]!;
  const title = `${text.split("\n")[0]} (${i + 1})`;
  const front = `---\ntitle: ${JSON.stringify(title)}\nurl: "https://${outlet.toLowerCase().replace(/\s+/g, "-")}.example/${i + 1}"\noutlet: ${JSON.stringify(outlet)}\nlanguage: ${language}\npublished: "2026-0${1 + (i % 9)}-1${i % 10}"\n---\n`;
  return { text, bytes: new TextEncoder().encode(`${front}${text}\n`) };
});
const texts = files.slice(0, count);
const megabytes = texts.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
const load = () => os.loadavg()[0]!.toFixed(1);

const server = await openDatabase();
const database = `claimdiff_bench_import_${process.pid}`;
await runAdminSql(server.url, `CREATE DATABASE ${pg.escapeIdentifier(database)}`);
const url = urlForDatabase(server.url, database);
process.env.DATABASE_URL = url;
const client = new pg.Client({ connectionString: url });
try {
  await applyMigrations(url);
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  console.log(`${count} articles, ${megabytes.toFixed(1)} MB of text (PostgreSQL ${rows[0]?.server_version}; ${os.availableParallelism()} cores, load average ${load()} at the start)\n`);

  // (a) The floor: the texts and nothing else, as fast as PostgreSQL takes them.
  await client.query("CREATE UNLOGGED TABLE bench_bare_copy (text text)");
  let started = performance.now();
  await copyTexts(client, texts.map((f) => f.text));
  const copySeconds = (performance.now() - started) / 1000;

  // (b) The bulk import, parsing included.
  const event = await ensureEvent({ slug: "bench-bulk" }, "bench");
  started = performance.now();
  const parsed = texts.map((file) => {
    const result = parseArticleFile(file.bytes);
    if (!result.ok) throw new Error(result.reason);
    return result.article;
  });
  const outcomes = await importArticlesInBulk(event.id, parsed, "bench");
  const importSeconds = (performance.now() - started) / 1000;
  const created = outcomes.filter((o) => o.status === "created").length;

  // (c) Finding the claims of all of them.
  started = performance.now();
  const summary = await extractEventClaims(event.id, "bench", { extractMany: (inputs) => extractOnThreads(inputs) });
  const extractSeconds = (performance.now() - started) / 1000;
  const inline = megabytes * 1e6 < MIN_BYTES_FOR_THREADS;
  // (c') The same texts read by `extractClaims` alone, in one thread and (not in --quick) on
  // worker threads whatever their size, to show what the threads cost or save.
  const inputs = parsed.map((article) => ({ text: article.text, context: { language: article.language as "de" | "en", publishedAt: article.publishedAt } }));
  started = performance.now();
  const plain = inputs.map((input) => extractClaims(input.text, input.context));
  const plainSeconds = (performance.now() - started) / 1000;
  let threadSeconds: number | null = null;
  if (!args.quick) {
    started = performance.now();
    const threaded = await extractOnThreads(inputs, { minBytes: 0 });
    threadSeconds = (performance.now() - started) / 1000;
    if (JSON.stringify(threaded) !== JSON.stringify(plain)) throw new Error("the threads found other claims than one thread");
  }

  const rate = (n: number, seconds: number) => `${Math.round(n / seconds).toLocaleString("en").padStart(7)} articles/s  (${seconds.toFixed(2)} s)`;
  console.log(`(a) bare COPY of the texts                  ${rate(count, copySeconds)}`);
  console.log(`(b) bulk import (parse, store, audit, index) ${rate(count, importSeconds)}  ${created} created`);
  console.log(`(c) extraction of the event                 ${rate(count, extractSeconds)}  ${summary.claimsCreated} claims, ${summary.facetsCreated} facets, ${inline ? "in one thread" : "on threads"}`);
  console.log(`    extractClaims alone, one thread         ${rate(count, plainSeconds)}`);
  if (threadSeconds !== null) console.log(`    extractClaims alone, ${os.availableParallelism()} threads        ${rate(count, threadSeconds)}  (threads started in the run)`);
  const both = importSeconds + extractSeconds;
  console.log(`    import + extraction                     ${rate(count, both)}`);

  // (e) What `claimdiff import` of a folder does: one job of files, worked by a worker of this process.
  const queued = await ensureEvent({ slug: "bench-queue" }, "bench");
  const worker = await startWorker({ connectionString: url });
  started = performance.now();
  const items = texts.map((file, i) => ({ kind: "file" as const, source: `article-${i + 1}.md`, content: file.bytes }));
  const { jobId, itemIds } = await createImportJob(queued.id, items, "bench");
  await enqueueImportItems(itemIds, items);
  let progress = await findJobProgress(jobId);
  while (!progress?.finishedAt) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    progress = await findJobProgress(jobId);
  }
  const queueSeconds = (performance.now() - started) / 1000;
  await worker.stop();
  await closeJobQueue();
  console.log(`(e) the same files as one job on the queue  ${rate(count, queueSeconds)}  ${progress.counts.done} done, ${progress.counts.refused + progress.counts.failed} refused or failed`);

  // (d) For comparison: the single path, one transaction per article.
  if (single > 0) {
    const other = await ensureEvent({ slug: "bench-single" }, "bench");
    started = performance.now();
    for (const file of files.slice(count)) {
      const result = parseArticleFile(file.bytes);
      if (result.ok) await importArticle(other.id, result.article, "bench");
    }
    console.log(`(d) importArticle, one at a time            ${rate(single, (performance.now() - started) / 1000)}`);
  }
  const ratio = both / copySeconds;
  const aim = ratio <= 25 && count / both >= 500;
  console.log(`\nratio (import + extraction) ÷ COPY: ${ratio.toFixed(0)} (aim ≤ 25 and ≥ 500 articles/s: ${aim ? "met" : "not met"}); load average ${load()} at the end`);
} finally {
  await client.end().catch(() => {});
  await disconnectDb();
  await runAdminSql(server.url, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  await server.stop();
}

/** COPY the texts into the scratch table (text format: backslash, tab and line breaks escaped). */
async function copyTexts(client: pg.Client, values: readonly string[]): Promise<void> {
  const stream = client.query(copyFrom("COPY bench_bare_copy (text) FROM STDIN"));
  const escape = (v: string) => v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  await new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
    stream.end(values.map((v) => `${escape(v)}\n`).join(""));
  });
}
