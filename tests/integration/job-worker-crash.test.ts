import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { findJobProgress } from "@/lib/db/jobs";
import { closeJobQueue } from "@/lib/worker/job-queue-client";
import { startImport } from "@/lib/worker/start-import";
import { startArticleServer } from "../support/article-server";
import { setupTestDatabase } from "../support/setup-test-database";

// Issue 11's "done when": killing the app in the middle of a bulk import and starting it again
// finishes the import with no duplicates and no half-written article. The worker here is the real
// one (`npm run worker`, scripts/worker.ts) in a process of its own, killed with SIGKILL: no
// handler runs, open transactions are cut off, its messages stay "active" in the queue until they
// time out and are handed to the next worker.

const databaseUrl = setupTestDatabase();
// How long an item may stay active before the queue hands it on: the same for the test, which
// queues the items, and for the workers, as every process of a deployment must share it.
process.env.CLAIMDIFF_JOB_TIMEOUT_SECONDS = "4";
const ROOT = path.join(import.meta.dirname, "../..");
const ARTICLES = 40;
let server: Awaited<ReturnType<typeof startArticleServer>>;
const workers: ChildProcess[] = [];

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl(), CLAIMDIFF_FETCH_ALLOW: "127.0.0.1" },
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[worker ${child.pid}] ${chunk}`));
  workers.push(child);
  return child;
}

async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  server = await startArticleServer({ delayMs: 300 });
});

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await Promise.all(workers.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once("exit", r)) : null)));
  await closeJobQueue();
  await server.close();
});

describe("a bulk import survives its worker being killed", () => {
  test("killed mid-import and started again, the worker finishes it: every article once, none half-written", async () => {
    const event = await ensureEvent({ slug: "crash-test" }, "test");
    const urls = Array.from({ length: ARTICLES }, (_, i) => `${server.base}/article/${i + 1}`);
    const { jobId } = await startImport(event.id, { urls, files: [], texts: [] }, "test");

    const first = startWorkerProcess();
    const doneAtKill = await waitFor("some articles imported", async () => {
      const progress = await findJobProgress(jobId);
      return progress && progress.counts.done >= 6 ? progress.counts.done : null;
    }, 60_000);
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const afterKill = (await findJobProgress(jobId))!;
    expect(afterKill.counts.pending, "the kill came in the middle of the import").toBeGreaterThan(0);
    expect(doneAtKill).toBeLessThan(ARTICLES);

    // Two workers this time: the queue shares the rest between them.
    startWorkerProcess();
    startWorkerProcess();
    const finished = await waitFor("the import to finish", async () => {
      const progress = await findJobProgress(jobId);
      return progress?.finishedAt ? progress : null;
    }, 90_000).catch(async (error: unknown) => {
      const progress = await findJobProgress(jobId);
      throw new Error(`${(error as Error).message}: ${JSON.stringify(progress?.counts)} ${JSON.stringify(progress?.items.filter((i) => i.status !== "done"))}`);
    });

    expect(finished.counts).toEqual({ pending: 0, done: ARTICLES, refused: 0, failed: 0 });
    const articles = await getDb().article.findMany({
      where: { eventId: event.id },
      select: { url: true, title: true, outlet: { select: { name: true } }, revisions: { select: { text: true } } },
    });
    expect(articles).toHaveLength(ARTICLES);
    expect(new Set(articles.map((a) => a.url))).toEqual(new Set(urls));
    for (const article of articles) {
      expect(article.revisions, `${article.url} has exactly one revision`).toHaveLength(1);
      expect(article.revisions[0]!.text).toContain("households without power");
      expect(article.outlet?.name).toBe("Test Gazette");
    }
    expect(await getDb().auditEvent.count({ where: { eventId: event.id, entityType: "article", action: "create" } })).toBe(ARTICLES);
    expect(new Set(finished.items.map((item) => item.articleId)).size).toBe(ARTICLES);
  }, 180_000);
});
