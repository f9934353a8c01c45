import "server-only";
import type { OutletInput, ParsedArticle } from "../articles/schema";
import { AppError } from "../errors";
import { getDb, type DbClient, type Prisma } from "./client";
import { recordAudit } from "./audit";
import { carryToRevision, type CarrySummary } from "./carry-to-revision";
import { refreshEventIndexes } from "./refresh-event-indexes";

export type ImportOutcome =
  | { status: "created"; articleId: string; revision: 1 }
  | { status: "revised"; articleId: string; revision: number; carried: CarrySummary }
  | { status: "unchanged"; articleId: string; revision: number };

/**
 * Stores one parsed article in an event, in one transaction. The article is found by its URL,
 * or by its title when it has no URL. A text equal to any of its revisions changes nothing, so
 * re-importing a folder that holds an old and a new version is idempotent; any other text
 * becomes the next revision, and the notes and claims people made on the earlier ones are carried
 * to it (lib/db/carry-to-revision.ts). Metadata the import carries (outlet, date, author, language, title)
 * replaces the stored one; what it lacks never erases what an editor set. Safe to run many times
 * at once: imports of one article wait for each other, so they make one article and consecutive
 * revisions, and a new outlet is created once. Right after, the event's search paragraphs and
 * copy groups follow (refreshEventIndexes).
 */
export async function importArticle(
  eventId: string,
  article: ParsedArticle,
  actor: string,
): Promise<ImportOutcome> {
  const outcome = await getDb().$transaction((tx) => importArticleIn(tx, eventId, article, actor));
  await refreshEventIndexes(eventId, actor);
  return outcome;
}

/** `importArticle` inside the caller's transaction (a job item records its outcome in the same one). */
export async function importArticleIn(tx: DbClient, eventId: string, article: ParsedArticle, actor: string): Promise<ImportOutcome> {
  {
    // Two imports of the same article (same URL, or same title without one) at once would both
    // find nothing and both create it, or both take the next revision number. A transaction-scoped
    // advisory lock on the article's identity makes the second wait until the first committed, and
    // then find what it wrote (each statement of a READ COMMITTED transaction sees the latest
    // commits). A hash collision between two identities only makes them wait for each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${articleIdentity(eventId, article)}, 0))`;
    // A new outlet is taken to publish in the language of its first article until an editor says otherwise.
    const outletId = article.outlet ? await upsertOutlet(tx, { ...article.outlet, language: article.outlet.language ?? article.language }, actor) : null;
    const existing = await tx.article.findFirst({
      where: article.url ? { eventId, url: article.url } : { eventId, url: null, title: article.title },
      select: storedArticleSelect,
    });
    const metadata = metadataOf(article, outletId, existing);

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
    if (existing.deletedAt) throw new AppError("CONFLICT", DELETED_ARTICLE);
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
    const carried = await carryToRevision(tx, { id: existing.id, eventId }, { id: revision.id, number, text: article.text }, actor);
    return { status: "revised", articleId: existing.id, revision: number, carried };
  }
}

export const DELETED_ARTICLE = "this article was deleted from the event; undo that in the event's history to import it again";

/** The key imports of one article at the same moment serialize on: its URL, else its title, in its event. */
export function articleIdentity(eventId: string, article: Pick<ParsedArticle, "url" | "title">): string {
  return article.url ? `article:${eventId}:url:${article.url}` : `article:${eventId}:title:${article.title}`;
}

/** What an import reads of the article it finds under the same identity. */
export const storedArticleSelect = {
  id: true,
  deletedAt: true,
  version: true,
  url: true,
  title: true,
  language: true,
  publishedAt: true,
  outletId: true,
  author: true,
  revisions: { orderBy: { number: "desc" }, select: { number: true, contentHash: true } },
} as const satisfies Prisma.ArticleSelect;
export type StoredArticle = Prisma.ArticleGetPayload<{ select: typeof storedArticleSelect }>;

type Metadata = { title: string; language: string; publishedAt: Date | null; outletId: string | null; author: string | null };

/** The metadata an import leaves on the article: what it carries, else what was stored. */
export function metadataOf(article: ParsedArticle, outletId: string | null, existing: StoredArticle | null): Metadata {
  return {
    title: article.title,
    language: article.language,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : (existing?.publishedAt ?? null),
    outletId: outletId ?? existing?.outletId ?? null,
    author: article.author ?? existing?.author ?? null,
  };
}

/** The fields of `metadata` that differ from the stored ones (dates compared by their time). */
export function changedMetadata(stored: Metadata, metadata: Metadata): (keyof Metadata)[] {
  const plain = (value: Metadata[keyof Metadata]) => (value instanceof Date ? value.getTime() : value);
  return (Object.keys(metadata) as (keyof Metadata)[]).filter((key) => plain(stored[key]) !== plain(metadata[key]));
}

/** Metadata follows the newest import; an actual change bumps the article's version and is recorded. */
async function updateMetadata(
  tx: DbClient,
  stored: Metadata & { id: string; version: number },
  metadata: Metadata,
  eventId: string,
  actor: string,
): Promise<void> {
  const changed = changedMetadata(stored, metadata);
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

/**
 * Outlets are shared across events: matched by domain when known, else by name, and created when
 * neither matches. Created with ON CONFLICT DO NOTHING: when another import creates the same outlet
 * at the same moment, this one waits for it and then uses it, instead of failing on the unique
 * name or domain (which would abort the whole transaction).
 */
export async function upsertOutlet(tx: DbClient, outlet: OutletInput, actor: string): Promise<string> {
  const find = async () => {
    const found = await tx.outlet.findFirst({
      where: outlet.domain ? { domain: outlet.domain } : { name: outlet.name },
      select: { id: true },
    });
    return found ?? (await tx.outlet.findUnique({ where: { name: outlet.name }, select: { id: true } }));
  };
  const found = await find();
  if (found) return found.id;
  const [inserted] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "outlet" ("name", "domain", "country", "language")
    VALUES (${outlet.name}, ${outlet.domain ?? null}, ${outlet.country ?? null}, ${outlet.language ?? null})
    ON CONFLICT DO NOTHING
    RETURNING "id"::text AS "id"`;
  if (!inserted) {
    const now = await find();
    if (!now) throw new AppError("CONFLICT", `The outlet “${outlet.name}” was changed while it was being created; try again.`);
    return now.id;
  }
  const created = inserted;
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType: "outlet",
    entityId: created.id,
    after: outlet,
  });
  return created.id;
}
