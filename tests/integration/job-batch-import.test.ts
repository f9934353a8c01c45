import { afterAll, describe, expect, test } from "vitest";
import { parseArticleFile } from "@/lib/articles";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { importBatchIn } from "@/lib/db/import-articles-in-bulk";
import { finishJobsLeftOpen } from "@/lib/db/job-items";
import { createImportJob, findJobProgress } from "@/lib/db/jobs";
import { searchEverything } from "@/lib/db/search-everything";
import { searchQuerySchema } from "@/lib/search/schema";
import type { JobProgress } from "@/lib/jobs";
import { closeJobQueue } from "@/lib/worker/job-queue-client";
import { startImport } from "@/lib/worker/start-import";
import { startWorker, type Worker } from "@/lib/worker/start-worker";
import { setupTestDatabase } from "../support/setup-test-database";

const databaseUrl = setupTestDatabase();
const workers: Worker[] = [];

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await closeJobQueue();
});

async function finished(jobId: string): Promise<JobProgress> {
  for (let i = 0; i < 600; i++) {
    const progress = await findJobProgress(jobId);
    if (progress?.finishedAt) return progress;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the job did not finish in a minute");
}

test("pasted texts and files of one job are stored many per transaction, each item with its own outcome", async () => {
  const event = await ensureEvent({ slug: "batch-job" }, "test");
  const texts = [
    ...Array.from({ length: 240 }, (_, i) => ({ title: `Report ${i}`, text: `Report ${i}\n\nAbout ${1000 + i} troops arrived on Monday, officials said.` })),
    // The same text ten times: one article, nine times unchanged.
    ...Array.from({ length: 10 }, () => ({ title: "Wire copy", text: "Wire copy\n\nAbout 12,000 troops crossed the border." })),
  ];
  const files = [
    { name: "front-matter.md", base64: Buffer.from('---\ntitle: "With front matter"\nurl: "https://news.example/front"\noutlet: "Batch Post"\n---\nSome 40 people were hurt.').toString("base64") },
    { name: "scan.pdf", base64: Buffer.from("%PDF-1.4").toString("base64") },
  ];
  workers.push(await startWorker({ connectionString: databaseUrl() }));
  const { jobId } = await startImport(event.id, { urls: [], files, texts }, "test");
  const progress = await finished(jobId);

  expect(progress.counts).toEqual({ pending: 0, done: 251, refused: 1, failed: 0 });
  expect(progress.items.find((item) => item.source === "scan.pdf")?.message).toBe("not a .txt, .md or .html file");
  const outcomes = progress.items.filter((item) => item.source === "Wire copy").map((item) => item.outcome);
  expect(outcomes.filter((o) => o === "created")).toHaveLength(1);
  expect(outcomes.filter((o) => o === "unchanged")).toHaveLength(9);
  expect(progress.items.find((item) => item.source === "front-matter.md")).toMatchObject({ outcome: "created", revision: 1 });

  const db = getDb();
  expect(await db.article.count({ where: { eventId: event.id } })).toBe(242);
  expect(await db.auditEvent.count({ where: { eventId: event.id, entityType: "article", action: "create" } })).toBe(242);
  expect(await db.outlet.count({ where: { name: "Batch Post" } })).toBe(1);
  // Every article is searchable and fingerprinted right after its job.
  const unindexed = await db.articleRevision.count({ where: { article: { eventId: event.id }, OR: [{ searchEntries: { none: {} } }, { copyFingerprint: null }] } });
  expect(unindexed).toBe(0);
  // Items stored in one transaction share its time: a few batches, not one transaction per item.
  const times = await db.jobItem.findMany({ where: { jobId, status: "done" }, select: { updatedAt: true } });
  expect(new Set(times.map((t) => t.updatedAt.getTime())).size).toBeLessThanOrEqual(10);
}, 90_000);

describe("a job of many batches refreshes the vocabulary and copy groups once, when its last item is settled", () => {
  // Invented town names, one per text, and a misspelling of each (one letter left out) that only
  // the search vocabulary leads to.
  const SYLLABLES = ["mor", "kal", "ven", "dru", "sip", "tel", "gor", "wan"];
  const town = (i: number) => `${SYLLABLES[i % 8]}${SYLLABLES[Math.floor(i / 8) % 8]}${SYLLABLES[Math.floor(i / 64) % 8]}stadt`;
  const Town = (i: number) => town(i).charAt(0).toUpperCase() + town(i).slice(1);
  const misspelled = (i: number) => Town(i).slice(0, 3) + Town(i).slice(4);
  const report = (i: number) => ({
    title: `Storm over ${Town(i)}`,
    text: `Storm over ${Town(i)}\n\nAbout ${200 + i} roofs in ${Town(i)} were damaged on Sunday, the mayor of ${Town(i)} said. In ${Town(i)}, ${i + 3} schools stayed shut and the ${Town(i)} fire brigade cleared ${40 + i} fallen trees overnight.`,
  });
  const parsed = (text: string) => {
    const result = parseArticleFile(new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.reason);
    return result.article;
  };
  const titlesFound = async (q: string, event: string) => (await searchEverything(searchQuerySchema.parse({ q, event }))).hits.map((hit) => hit.article.title);

  test("every article of every batch is found by its words and by a misspelling, and copies across batches are grouped", async () => {
    const event = await ensureEvent({ slug: "batch-job-searchable" }, "test");
    const texts = Array.from({ length: 300 }, (_, i) => report(i));
    // The first report again under another title, as the job's last text: in another batch.
    texts.push({ ...texts[0]!, title: "Wire copy of the storm" });
    if (workers.length === 0) workers.push(await startWorker({ connectionString: databaseUrl() }));
    const { jobId } = await startImport(event.id, { urls: [], files: [], texts }, "test");
    const progress = await finished(jobId);
    expect(progress.counts).toEqual({ pending: 0, done: 301, refused: 0, failed: 0 });
    const times = await getDb().jobItem.findMany({ where: { jobId }, select: { updatedAt: true } });
    expect(new Set(times.map((t) => t.updatedAt.getTime())).size).toBeGreaterThan(1);
    for (const i of [0, 1, 149, 250, 299]) {
      expect(await titlesFound(Town(i), event.slug)).toContain(`Storm over ${Town(i)}`);
      expect(await titlesFound(misspelled(i), event.slug)).toContain(`Storm over ${Town(i)}`);
    }
    const missing = await getDb().$queryRaw<{ word: string }[]>`
      SELECT DISTINCT w.word FROM article_revision r JOIN article a ON a.id = r.article_id,
             unnest(tsvector_to_array(to_tsvector('public.claimdiff_simple', r.text))) AS w(word)
       WHERE a.event_id = ${event.id}::uuid AND length(w.word) BETWEEN 3 AND 40 AND w.word ~ '[[:alpha:]]'
         AND NOT EXISTS (SELECT 1 FROM search_term t WHERE t.term = w.word)`;
    expect(missing).toEqual([]);
    const grouped = await getDb().article.findMany({ where: { eventId: event.id, copyGroupId: { not: null } }, select: { title: true } });
    expect(grouped.map((a) => a.title).sort()).toEqual([`Storm over ${Town(0)}`, "Wire copy of the storm"]);
  }, 90_000);

  test("a worker that died after its batch committed leaves no half-made job: the reconciliation refreshes it, then marks it finished", async () => {
    const event = await ensureEvent({ slug: "batch-job-crash" }, "test");
    const texts = Array.from({ length: 6 }, (_, i) => report(i + 400));
    const items = texts.map((t, i) => ({ kind: "text" as const, source: `Pasted text ${i + 1}`, content: new TextEncoder().encode(t.text) }));
    const { jobId, itemIds } = await createImportJob(event.id, items, "test");
    // What a batch commits before the refresh its worker did not live to run.
    await getDb().$transaction(async (tx) => {
      const outcomes = await importBatchIn(tx, event.id, texts.map((t) => parsed(t.text)), "test");
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.status === "refused") throw new Error(outcome.reason);
        await tx.jobItem.update({ where: { id: itemIds[i]! }, data: { status: "done", outcome: outcome.status, articleId: outcome.articleId, revision: outcome.revision, content: null } });
      }
    });
    // Found by their words at once, but neither finished nor in the vocabulary yet.
    expect(await titlesFound(Town(400), event.slug)).toEqual([`Storm over ${Town(400)}`]);
    expect((await findJobProgress(jobId))?.finishedAt).toBeNull();
    expect(await getDb().searchTerm.count({ where: { term: town(400) } })).toBe(0);

    await finishJobsLeftOpen();
    expect((await findJobProgress(jobId))?.finishedAt).not.toBeNull();
    for (let i = 400; i < 406; i++) expect(await titlesFound(misspelled(i), event.slug)).toContain(`Storm over ${Town(i)}`);
  });
});
