import "server-only";
import { randomUUID } from "node:crypto";
import type { OutletInput, ParsedArticle } from "../articles/schema";
import { AppError } from "../errors";
import { getDb, type DbClient } from "./client";
import {
  articleIdentity,
  changedMetadata,
  importArticleIn,
  metadataOf,
  storedArticleSelect,
  upsertOutlet,
  type ImportOutcome,
  type StoredArticle,
} from "./import-article";
import { addSearchTerms } from "./add-search-terms";
import { computeWhileWriting } from "./compute-while-writing";
import { compareBeforeRegrouping } from "./copy-pair-memo";
import { fingerprintRevisions, writeFingerprints, writePassages } from "./index-event-texts";
import { insertRows } from "./insert-rows";
import { refreshEventIndexes } from "./refresh-event-indexes";

/** What came of one article of a bulk import: as `importArticle`'s, or refused with the reason. */
export type BulkOutcome = ImportOutcome | { status: "refused"; reason: string };

/** Articles per transaction: large enough that a statement carries many rows, small enough to commit often. */
export const BULK_BATCH_SIZE = 500;

/**
 * Imports many articles into one event, `batchSize` per transaction, with the guarantees of
 * `importArticle` for each: the same text again creates nothing, a changed text under the same URL
 * (or title) becomes its next revision, imports of one article at the same moment wait for each
 * other, and every article created is recorded in the audit log. Each batch stores its new
 * articles' search paragraphs and fingerprints with them, so they are found as soon as it commits;
 * the paragraphs of new revisions, the vocabulary, copy groups and the search indexes' pending
 * lists follow once, after the last batch (or the one that failed), for every batch stored.
 * An article refused (deleted from the event meanwhile) is reported in its place; the rest import.
 */
export async function importArticlesInBulk(
  eventId: string,
  articles: readonly ParsedArticle[],
  actor: string,
  options: { batchSize?: number; onBatch?: (done: number) => void } = {},
): Promise<BulkOutcome[]> {
  const size = options.batchSize ?? BULK_BATCH_SIZE;
  const outcomes: BulkOutcome[] = [];
  // The refresh reads every word of its texts and every article of the event: after each batch, a
  // large import paid it once per batch for what one call does at the end.
  const refresh = async () => {
    await addSearchTerms(createdTexts(articles, outcomes));
    await refreshEventIndexes(eventId, actor);
  };
  try {
    for (let start = 0; start < articles.length; start += size) {
      const batch = articles.slice(start, start + size);
      outcomes.push(...(await getDb().$transaction((tx) => importBatchIn(tx, eventId, batch, actor), { timeout: 120_000, maxWait: 10_000 })));
      options.onBatch?.(outcomes.length);
    }
  } catch (error) {
    // The batches before the one that failed are stored: they are made whole all the same, and the
    // error reported is the batch's, not one of the refresh.
    if (outcomes.length > 0) await refresh().catch(() => {});
    throw error;
  }
  await refresh();
  return outcomes;
}

/**
 * One batch of `importArticlesInBulk` inside the caller's transaction (job items record their
 * outcomes in the same one). Articles new to the event are written with a statement per table;
 * an article already stored with the same text and metadata is unchanged without a write; the rest
 * (a new revision, changed metadata, an article deleted meanwhile, a second text of one article
 * within the batch) go through `importArticleIn` one by one, which they are rare enough for.
 * The caller refreshes the event's indexes after the commit.
 */
export async function importBatchIn(tx: DbClient, eventId: string, articles: readonly ParsedArticle[], actor: string): Promise<BulkOutcome[]> {
  if (articles.length === 0) return [];
  await lockIdentities(tx, articles.map((article) => articleIdentity(eventId, article)));
  const outletIds = await upsertOutlets(tx, articles, actor);
  const stored = await findStored(tx, eventId, articles);

  const outcomes: (BulkOutcome | undefined)[] = new Array(articles.length);
  const fresh: { index: number; id: string; article: ParsedArticle; outletId: string | null }[] = [];
  const oneByOne: number[] = [];
  const seen = new Set<string>();
  articles.forEach((article, index) => {
    const identity = articleIdentity(eventId, article);
    const existing = stored.get(identity) ?? null;
    const outletId = article.outlet ? outletIds.get(outletKey(article.outlet))! : null;
    const again = seen.has(identity);
    seen.add(identity);
    if (again) return oneByOne.push(index);
    if (!existing) return fresh.push({ index, id: randomUUID(), article, outletId });
    const same = existing.revisions.find((r) => r.contentHash === article.contentHash);
    if (existing.deletedAt || !same || changedMetadata(existing, metadataOf(article, outletId, existing)).length > 0) return oneByOne.push(index);
    outcomes[index] = { status: "unchanged", articleId: existing.id, revision: same.number };
  });

  if (fresh.length > 0) {
    const revisions = fresh.map(({ id, article }) => ({ articleId: id, revisionId: randomUUID(), language: article.language, text: article.text }));
    await insertRows(tx, "article", fresh.map(({ id, article, outletId }) => ({ id, eventId, url: article.url ?? null, ...metadataOf(article, outletId, null) })));
    await insertRows(
      tx,
      "article_revision",
      fresh.map(({ article }, i) => ({ id: revisions[i]!.revisionId, articleId: revisions[i]!.articleId, number: 1, text: article.text, contentHash: article.contentHash })),
    );
    // What `refreshEventIndexes` would derive from them after the commit, from the texts at hand:
    // the article is never stored without its search paragraphs and fingerprint.
    // The paragraphs' INSERT is the batch's longest statement (the database computes their
    // tsvectors and indexes them): the fingerprints are computed here meanwhile, once it is sent,
    // and compared with the event's others for the regrouping after the commit.
    const fingerprints = await computeWhileWriting(writePassages(tx, eventId, revisions), () => {
      const computed = fingerprintRevisions(revisions);
      compareBeforeRegrouping(eventId, computed.map(({ revisionId, shingles, signature }, i) => ({ revisionId, language: revisions[i]!.language, fingerprint: { shingles, signature } })));
      return computed;
    });
    await writeFingerprints(tx, fingerprints);
    // The same entry `importArticleIn` records for an article it creates.
    await insertRows(
      tx,
      "audit_event",
      fresh.map(({ id, article }) => ({
        actor,
        action: "create",
        entityType: "article",
        entityId: id,
        eventId,
        after: { title: article.title, url: article.url ?? null, revision: 1, contentHash: article.contentHash },
      })),
    );
    for (const { index, id } of fresh) outcomes[index] = { status: "created", articleId: id, revision: 1 };
  }
  for (const index of oneByOne) {
    try {
      outcomes[index] = await importArticleIn(tx, eventId, articles[index]!, actor);
    } catch (error) {
      // Our own errors are about this article (deleted from the event); they write nothing first.
      if (!(error instanceof AppError)) throw error;
      outcomes[index] = { status: "refused", reason: error.message };
    }
  }
  return outcomes as BulkOutcome[];
}

/**
 * Takes the advisory lock `importArticleIn` takes, for every article of the batch, in one
 * statement and in the order of the lock keys: two batches sharing articles then wait for each
 * other instead of deadlocking, and a single import of one of them waits for the batch.
 */
async function lockIdentities(tx: DbClient, identities: readonly string[]): Promise<void> {
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock(k.key))::int AS locked
      FROM (SELECT DISTINCT hashtextextended(identity, 0) AS key FROM unnest(${[...identities]}::text[]) AS identity ORDER BY 1) AS k`;
}

/** Outlets are told apart as `upsertOutlet` finds them: by domain when known, else by name. */
const outletKey = (outlet: OutletInput) => (outlet.domain ? `domain:${outlet.domain}` : `name:${outlet.name}`);

/**
 * Finds or creates each outlet the batch names, once: the stored ones with one statement (as
 * `upsertOutlet` matches them: by domain when known, else by name, and by name when the domain
 * matches none), the new ones one by one through `upsertOutlet`, in a fixed order (so concurrent
 * batches creating the same outlets wait for each other rather than deadlock). A new outlet is
 * taken to publish in the language of the first article naming it, as with single imports.
 */
async function upsertOutlets(tx: DbClient, articles: readonly ParsedArticle[], actor: string): Promise<Map<string, string>> {
  const outlets = new Map<string, OutletInput>();
  for (const article of articles) {
    if (article.outlet && !outlets.has(outletKey(article.outlet))) outlets.set(outletKey(article.outlet), { ...article.outlet, language: article.outlet.language ?? article.language });
  }
  const ids = new Map<string, string>();
  if (outlets.size === 0) return ids;
  const named = [...outlets.values()];
  const stored = await tx.outlet.findMany({
    where: { OR: [{ name: { in: named.map((o) => o.name) } }, { domain: { in: named.flatMap((o) => (o.domain ? [o.domain] : [])) } }] },
    select: { id: true, name: true, domain: true },
  });
  const byName = new Map(stored.map((o) => [o.name, o.id]));
  const byDomain = new Map(stored.flatMap((o) => (o.domain ? [[o.domain, o.id] as const] : [])));
  for (const key of [...outlets.keys()].sort()) {
    const outlet = outlets.get(key)!;
    const id = (outlet.domain ? byDomain.get(outlet.domain) : undefined) ?? byName.get(outlet.name);
    ids.set(key, id ?? (await upsertOutlet(tx, outlet, actor)));
  }
  return ids;
}

/** The stored articles of the batch's identities (URL, or title without URL), by identity. */
async function findStored(tx: DbClient, eventId: string, articles: readonly ParsedArticle[]): Promise<Map<string, StoredArticle>> {
  const urls = [...new Set(articles.flatMap((a) => (a.url ? [a.url] : [])))];
  const titles = [...new Set(articles.flatMap((a) => (a.url ? [] : [a.title])))];
  const found = await tx.article.findMany({
    where: { eventId, OR: [...(urls.length ? [{ url: { in: urls } }] : []), ...(titles.length ? [{ url: null, title: { in: titles } }] : [])] },
    select: storedArticleSelect,
  });
  return new Map(found.map((article) => [articleIdentity(eventId, { url: article.url ?? undefined, title: article.title }), article]));
}

/** The texts of the articles an import created, whose words go into the search vocabulary after it. */
function createdTexts(articles: readonly ParsedArticle[], outcomes: readonly BulkOutcome[]): string[] {
  return articles.flatMap((article, i) => (outcomes[i]?.status === "created" ? [article.text] : []));
}
