import "server-only";
import { parseArticleFile } from "../articles/parse-article-file";
import type { ParsedArticle, ParseResult } from "../articles/schema";
import { closeJobItem, completeImportItem, completeImportItems, countJobItemAttempt, countJobItemAttempts, loadJobItem, loadJobItems } from "../db/job-items";
import { AppError } from "../errors";
import { fetchPage, FetchFailedError, FetchRefusedError, type FetchAllowList, type Resolve } from "../fetch";
import { isArticleFileName, isHtmlFileName, readArticleSource } from "../ingest";
import type { Attempt } from "../jobs";

export type ImportItemOptions = { allow: FetchAllowList; resolve?: Resolve; fetchTimeoutMs?: number };

/**
 * Runs one import item: fetches or reads it, reduces it to an article and stores it with the
 * item's outcome (lib/db/job-items.ts). A refusal (a rule, a bad file, a page without an article)
 * is recorded at once and never retried; a failure on the way (network, database) is thrown, so the
 * queue runs the item again, and recorded as failed on the last attempt. An item no longer pending
 * is skipped, so running it again is harmless.
 */
export async function runImportItem(itemId: string, attempt: Attempt, options: ImportItemOptions): Promise<void> {
  const ready = await readImportItem(itemId, attempt, options);
  if (ready) await storeImportItem(ready);
}

/**
 * Runs many items whose bytes are stored with them (uploaded files, pasted texts), as
 * `runImportItem` would each, but stores their articles together (`completeImportItems`): one
 * transaction for the batch, and one refresh of the event's indexes for the job, after its last
 * item. When the batch's transaction
 * fails, its items are stored one by one, so that only the item at fault is retried.
 * @returns the items that failed and should be retried.
 */
export async function runStoredImportItems(items: readonly { itemId: string; attempt: Attempt }[], options: ImportItemOptions): Promise<{ itemId: string; error: unknown }[]> {
  const failed: { itemId: string; error: unknown }[] = [];
  const ready: ReadyItem[] = [];
  const loaded = new Map((await loadJobItems(items.map((item) => item.itemId))).map((item) => [item.id, item]));
  const pending = items.filter(({ itemId }) => loaded.get(itemId)?.status === "pending");
  await countJobItemAttempts(pending.map((item) => item.itemId));
  for (const { itemId, attempt } of pending) {
    try {
      const item = await readLoadedItem(loaded.get(itemId)!, attempt, options);
      if (item) ready.push(item);
    } catch (error) {
      failed.push({ itemId, error });
    }
  }
  try {
    await completeImportItems(ready);
  } catch {
    // One item at fault fails the batch's transaction: stored one by one, only that one fails.
    for (const item of ready) {
      try {
        await storeImportItem(item);
      } catch (error) {
        failed.push({ itemId: item.itemId, error });
      }
    }
  }
  return failed;
}

type ReadyItem = { itemId: string; attempt: Attempt; article: ParsedArticle };

/** Reads an item to its article; null when it is settled instead (no longer pending, refused, given up). */
async function readImportItem(itemId: string, attempt: Attempt, options: ImportItemOptions): Promise<ReadyItem | null> {
  const item = await loadJobItem(itemId);
  if (!item || item.status !== "pending") return null;
  await countJobItemAttempt(itemId);
  return readLoadedItem(item, attempt, options);
}

/** `readImportItem` of an item loaded and counted already. */
async function readLoadedItem(item: Item, attempt: Attempt, options: ImportItemOptions): Promise<ReadyItem | null> {
  const itemId = item.id;
  let parsed: ParseResult;
  try {
    parsed = await readItem(item, options);
  } catch (error) {
    if (error instanceof FetchRefusedError) await closeJobItem(itemId, "refused", error.message);
    else await giveUp(itemId, attempt, error);
    return null;
  }
  if (!parsed.ok) {
    await closeJobItem(itemId, "refused", parsed.reason);
    return null;
  }
  return { itemId, attempt, article: parsed.article };
}

/** Stores an item's article with its outcome. */
async function storeImportItem({ itemId, attempt, article }: ReadyItem): Promise<void> {
  try {
    await completeImportItem(itemId, article);
  } catch (error) {
    // Our own errors are about the input (an article deleted from the event, the event deleted).
    if (error instanceof AppError) {
      await closeJobItem(itemId, "refused", error.message);
      return;
    }
    return giveUp(itemId, attempt, error);
  }
}

/** Throws, so the queue tries again, unless this was the last attempt: then records the failure. */
async function giveUp(itemId: string, attempt: Attempt, error: unknown): Promise<void> {
  if (!attempt.last) throw error;
  await closeJobItem(itemId, "failed", `gave up after ${attempt.number} attempts: ${describe(error)}`);
}

type Item = NonNullable<Awaited<ReturnType<typeof loadJobItem>>>;

async function readItem(item: Item, options: ImportItemOptions): Promise<ParseResult> {
  if (item.kind === "url") {
    const page = await fetchPage(item.source, { allow: options.allow, resolve: options.resolve, timeoutMs: options.fetchTimeoutMs });
    const html = page.mediaType === "text/html" || page.mediaType === "application/xhtml+xml";
    return readArticleSource({ bytes: page.bytes, html, url: page.url, charset: page.charset });
  }
  const bytes = item.content ?? new Uint8Array();
  if (item.kind === "file") {
    if (!isArticleFileName(item.source)) return { ok: false, reason: "not a .txt, .md or .html file" };
    return readArticleSource({ bytes, html: isHtmlFileName(item.source) });
  }
  const parsed = parseArticleFile(bytes);
  return parsed.ok && item.title ? { ok: true, article: { ...parsed.article, title: item.title } } : parsed;
}

function describe(error: unknown): string {
  if (error instanceof FetchFailedError) return error.message;
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
