import { afterAll, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { findJobProgress } from "@/lib/db/jobs";
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
