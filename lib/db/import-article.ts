import "server-only";
import type { OutletInput, ParsedArticle } from "../articles/schema";
import { AppError } from "../errors";
import { getDb, type DbClient } from "./client";
import { recordAudit } from "./audit";

export type ImportOutcome =
  | { status: "created"; articleId: string; revision: 1 }
  | { status: "revised"; articleId: string; revision: number }
  | { status: "unchanged"; articleId: string; revision: number };

/**
 * Stores one parsed article in an event, in one transaction. The article is found by its URL,
 * or by its title when it has no URL. A text equal to any of its revisions changes nothing, so
 * re-importing a folder that holds an old and a new version is idempotent; any other text
 * becomes the next revision. Metadata (outlet, date, language, title) follows the newest import.
 */
export async function importArticle(
  eventId: string,
  article: ParsedArticle,
  actor: string,
): Promise<ImportOutcome> {
  return getDb().$transaction(async (tx) => {
    const outletId = article.outlet ? await upsertOutlet(tx, article.outlet, actor) : null;
    const existing = await tx.article.findFirst({
      where: article.url ? { eventId, url: article.url } : { eventId, url: null, title: article.title },
      select: {
        id: true,
        deletedAt: true,
        version: true,
        title: true,
        language: true,
        publishedAt: true,
        outletId: true,
        revisions: { orderBy: { number: "desc" }, select: { number: true, contentHash: true } },
      },
    });
    const metadata = {
      title: article.title,
      language: article.language,
      publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
      outletId,
    };

    if (!existing) {
      const created = await tx.article.create({
        data: {
          eventId,
          url: article.url ?? null,
          ...metadata,
          revisions: {
            create: { number: 1, text: article.text, contentHash: article.contentHash },
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "create",
        entityType: "article",
        entityId: created.id,
        eventId,
        after: { title: article.title, url: article.url ?? null, revision: 1, contentHash: article.contentHash },
      });
      return { status: "created", articleId: created.id, revision: 1 };
    }

    // Its URL (or title) is still taken: bringing it back is the history's Undo, not a re-import.
    if (existing.deletedAt) throw new AppError("CONFLICT", "this article was deleted from the event; undo that in the event's history to import it again");
    const same = existing.revisions.find((r) => r.contentHash === article.contentHash);
    await updateMetadata(tx, existing, metadata, eventId, actor);
    if (same) {
      return { status: "unchanged", articleId: existing.id, revision: same.number };
    }
    const latest = existing.revisions[0];
    const number = (latest?.number ?? 0) + 1;
    const revision = await tx.articleRevision.create({
      data: { articleId: existing.id, number, text: article.text, contentHash: article.contentHash },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "revision",
      entityId: revision.id,
      eventId,
      before: latest ? { revision: latest.number, contentHash: latest.contentHash } : undefined,
      after: { articleId: existing.id, revision: number, contentHash: article.contentHash },
    });
    return { status: "revised", articleId: existing.id, revision: number };
  });
}

type Metadata = { title: string; language: string; publishedAt: Date | null; outletId: string | null };

/** Metadata follows the newest import; an actual change bumps the article's version and is recorded. */
async function updateMetadata(
  tx: DbClient,
  stored: Metadata & { id: string; version: number },
  metadata: Metadata,
  eventId: string,
  actor: string,
): Promise<void> {
  const changed = (Object.keys(metadata) as (keyof Metadata)[]).filter(
    (key) => (stored[key] instanceof Date ? stored[key].getTime() : stored[key]) !== (metadata[key] instanceof Date ? metadata[key].getTime() : metadata[key]),
  );
  if (changed.length === 0) return;
  const { version } = await tx.article.update({
    where: { id: stored.id },
    data: { ...metadata, version: { increment: 1 } },
    select: { version: true },
  });
  const json = (m: Metadata) => Object.fromEntries(changed.map((key) => [key, m[key] instanceof Date ? m[key].toISOString().slice(0, 10) : m[key]]));
  await recordAudit(tx, {
    actor,
    action: "update",
    entityType: "article",
    entityId: stored.id,
    eventId,
    before: { ...json(stored), version: stored.version },
    after: { ...json(metadata), version },
  });
}

/** Outlets are shared across events: matched by domain when known, else by name. */
async function upsertOutlet(tx: DbClient, outlet: OutletInput, actor: string): Promise<string> {
  const found = await tx.outlet.findFirst({
    where: outlet.domain ? { domain: outlet.domain } : { name: outlet.name },
    select: { id: true },
  });
  if (found) return found.id;
  const byName = await tx.outlet.findUnique({ where: { name: outlet.name }, select: { id: true } });
  if (byName) return byName.id;
  const created = await tx.outlet.create({ data: outlet, select: { id: true } });
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType: "outlet",
    entityId: created.id,
    after: outlet,
  });
  return created.id;
}
