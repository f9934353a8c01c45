import "server-only";
import { parseArticleFile } from "../articles/parse-article-file";
import type { ParseResult } from "../articles/schema";
import { closeJobItem, completeImportItem, countJobItemAttempt, loadJobItem } from "../db/job-items";
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
  const item = await loadJobItem(itemId);
  if (!item || item.status !== "pending") return;
  await countJobItemAttempt(itemId);
  const giveUp = async (error: unknown) => {
    if (!attempt.last) throw error;
    await closeJobItem(itemId, "failed", `gave up after ${attempt.number} attempts: ${describe(error)}`);
  };

  let parsed: ParseResult;
  try {
    parsed = await readItem(item, options);
  } catch (error) {
    if (error instanceof FetchRefusedError) return closeJobItem(itemId, "refused", error.message);
    return giveUp(error);
  }
  if (!parsed.ok) return closeJobItem(itemId, "refused", parsed.reason);
  try {
    await completeImportItem(itemId, parsed.article);
  } catch (error) {
    // Our own errors are about the input (an article deleted from the event, the event deleted).
    if (error instanceof AppError) return closeJobItem(itemId, "refused", error.message);
    return giveUp(error);
  }
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
