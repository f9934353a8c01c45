import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { closeJobItem } from "@/lib/db/job-items";
import { createExtractJob } from "@/lib/db/jobs";
import type { JobQueue } from "@/lib/jobs";
import { reconcileJobItems } from "@/lib/worker/reconcile-job-items";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

/** A queue that only answers `stateOf`, running `meanwhile` first, as if a worker finished the item during the question. */
function queueAnswering(state: "completed" | "failed", meanwhile: () => Promise<unknown> = async () => {}): JobQueue {
  const unused = () => Promise.reject(new Error("not used by reconciliation"));
  return {
    stateOf: async () => {
      await meanwhile();
      return { state, error: state === "failed" ? "expired" : null };
    },
    enqueue: unused,
    work: unused,
    workInBatches: unused,
    stop: unused,
  } as unknown as JobQueue;
}

async function stalledExtractItem(): Promise<string> {
  const event = await ensureEvent({ slug: `reconcile-${crypto.randomUUID().slice(0, 8)}`, title: "Reconcile" }, "test");
  const { jobId, itemIds } = await createExtractJob(event.id, "test");
  await getDb().job.update({ where: { id: jobId }, data: { createdAt: new Date(Date.now() - 120_000) } });
  return itemIds[0]!;
}

describe("reconciling job items with the queue after a crash", () => {
  test("an item the queue gave up on is marked failed with the queue's reason, and counted", async () => {
    const itemId = await stalledExtractItem();
    expect(await reconcileJobItems(queueAnswering("failed"))).toMatchObject({ failed: 1 });
    const item = await getDb().jobItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(item.status).toBe("failed");
    expect(item.message).toContain("expired");
  });

  test("an item a worker closed while reconciliation asked the queue stays done, and is not counted as failed", async () => {
    const itemId = await stalledExtractItem();
    const report = await reconcileJobItems(queueAnswering("completed", () => closeJobItem(itemId, "done", "3 claims found")));
    expect(report).toEqual({ requeued: 0, failed: 0 });
    const item = await getDb().jobItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(item.status).toBe("done");
    expect(item.message).toBe("3 claims found");
  });
});
