import "server-only";
import { extractEventClaims } from "../db/extract-event-claims";
import { extractOnThreads } from "./extract-on-threads";
import { closeJobItem, countJobItemAttempt, loadJobItem } from "../db/job-items";
import type { Attempt } from "../jobs";

/**
 * Runs an extraction item: finds the claims of the event's articles (idempotent, so a retry after
 * a crash repeats nothing) and records what it found on the item.
 */
export async function runExtractItem(itemId: string, attempt: Attempt): Promise<void> {
  const item = await loadJobItem(itemId);
  if (!item || item.status !== "pending") return;
  if (item.job.event.deletedAt) {
    await closeJobItem(itemId, "refused", "the event was deleted meanwhile");
    return;
  }
  await countJobItemAttempt(itemId);
  try {
    const summary = await extractEventClaims(item.job.eventId, item.job.createdBy, { extractMany: (inputs) => extractOnThreads(inputs) });
    const skipped = summary.skipped.length ? ` ${summary.skipped.length} article(s) skipped: ${summary.skipped.map((s) => s.reason).join("; ")}.` : "";
    await closeJobItem(
      itemId,
      "done",
      `Read ${summary.articles} article(s): ${summary.claimsCreated} new claim(s), ${summary.claimsKept} kept${summary.claimsRefreshed ? ` (${summary.claimsRefreshed} read anew)` : ""}, ${summary.claimsRemoved} removed, ${summary.facetsCreated} new facet(s).${skipped}`,
    );
  } catch (error) {
    if (!attempt.last) throw error;
    await closeJobItem(itemId, "failed", `gave up after ${attempt.number} attempts: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}
