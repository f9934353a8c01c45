import "server-only";
import { AppError } from "../errors";
import type { EventExport } from "../export/schema";
import { recordAudit } from "./audit";
import { asOfToColumns, claimValueToColumns } from "./claim-value-columns";
import { type DbClient, getDb } from "./client";

export type ImportedEvent = { eventId: string; articles: number; revisions: number; facets: number; claims: number; annotations: number; verdicts: number };

const day = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * Restores an event from its export (checked by readEventExport first) with every id as it was,
 * in one transaction with its audit entry: all of it is written, or nothing. Outlets are shared
 * across events: one of the same name is reused (its stored details stand).
 * @throws AppError CONFLICT when the database has an event of this slug, or any of the export's
 * records already (the same export restored under another name).
 */
export async function importEventExport(data: EventExport, actor: string): Promise<ImportedEvent> {
  const claims = data.facets.flatMap((facet) => facet.claims.map((claim) => ({ facet, claim })));
  const revisions = data.articles.flatMap((article) => article.revisions.map((revision) => ({ article, revision })));
  return getDb().$transaction(
    async (tx) => {
      await refuseExisting(tx, data);
      const outletIds = await outletsFor(tx, data, actor);
      const event = await tx.event.create({
        data: { slug: data.event.slug, title: data.event.title, description: data.event.description ?? null },
        select: { id: true },
      });
      await tx.article.createMany({
        data: data.articles.map((a) => ({
          id: a.id,
          eventId: event.id,
          outletId: a.outlet ? (outletIds.get(a.outlet.name) ?? null) : null,
          title: a.title,
          url: a.url ?? null,
          language: a.language,
          publishedAt: day(a.publishedAt),
        })),
      });
      await tx.articleRevision.createMany({
        data: revisions.map(({ article, revision }) => ({
          id: revision.id,
          articleId: article.id,
          number: revision.number,
          text: revision.text,
          contentHash: revision.contentHash,
          createdAt: new Date(revision.createdAt),
        })),
      });
      await tx.facet.createMany({
        data: data.facets.map((f) => ({
          id: f.id,
          eventId: event.id,
          key: f.key ?? null,
          label: f.label,
          kind: f.kind,
          unit: f.unit ?? null,
          description: f.description ?? null,
          origin: f.origin,
          state: f.state ?? "open",
          createdAt: new Date(f.createdAt),
        })),
      });
      await tx.claim.createMany({
        data: claims.map(({ facet, claim }) => ({
          id: claim.id,
          revisionId: claim.revisionId,
          facetId: facet.id,
          quote: claim.quote,
          start: claim.start,
          end: claim.end,
          ...claimValueToColumns(claim.value, facet.kind === "entity" ? "entity" : "text"),
          scope: claim.scope ?? null,
          counted: claim.counted ?? null,
          ...asOfToColumns(claim.asOf),
          attribution: claim.attribution ?? null,
          certainty: claim.certainty,
          figureStatus: claim.figureStatus ?? null,
          origin: claim.origin,
          status: claim.status,
          rule: claim.rule ?? null,
          ...(claim.readByMachine ? { readByMachine: claim.readByMachine } : {}),
          anchorState: claim.anchorState ?? "anchored",
        })),
      });
      await tx.annotation.createMany({
        data: data.annotations.map((n) => ({
          id: n.id,
          revisionId: n.revisionId,
          claimId: n.claimId ?? null,
          facetId: n.facetId ?? null,
          exact: n.quote.exact,
          prefix: n.quote.prefix,
          suffix: n.quote.suffix,
          start: n.position.start,
          end: n.position.end,
          body: n.body,
          tags: n.tags,
          stance: n.stance ?? null,
          // The byline as exported; the accounts themselves are not part of an export.
          authorName: n.author?.name ?? actor,
          resolvedAt: n.resolved ? new Date(n.updatedAt ?? n.createdAt) : null,
          anchorState: n.anchorState ?? "anchored",
          createdAt: new Date(n.createdAt),
          updatedAt: new Date(n.updatedAt ?? n.createdAt),
        })),
      });
      await tx.annotationReply.createMany({
        data: data.annotations.flatMap((n) =>
          (n.replies ?? []).map((r) => ({ id: r.id, annotationId: n.id, body: r.body, authorName: r.author.name, createdAt: new Date(r.createdAt) })),
        ),
      });
      await tx.verdict.createMany({
        data: data.verdicts.map((v) => ({
          id: v.id,
          facetId: v.facetId,
          // Every verdict the app stores has a rating; one missing from a file is called unverifiable.
          rating: v.rating ?? "unverifiable",
          explanation: v.text,
          authorName: v.author?.name ?? actor,
          createdAt: new Date(v.createdAt),
          updatedAt: new Date(v.updatedAt ?? v.createdAt),
        })),
      });
      await tx.verdictEvidence.createMany({
        data: data.verdicts.flatMap((v) => [
          ...(v.evidence?.claimIds ?? []).map((claimId) => ({ verdictId: v.id, claimId })),
          ...(v.evidence?.annotationIds ?? []).map((annotationId) => ({ verdictId: v.id, annotationId })),
        ]),
      });
      const counts = {
        articles: data.articles.length,
        revisions: revisions.length,
        facets: data.facets.length,
        claims: claims.length,
        annotations: data.annotations.length,
        verdicts: data.verdicts.length,
      };
      await recordAudit(tx, {
        actor,
        action: "create",
        entityType: "event",
        entityId: event.id,
        eventId: event.id,
        after: { slug: data.event.slug, title: data.event.title, restoredFromExport: true, ...counts },
      });
      return { eventId: event.id, ...counts };
    },
    // Large events write tens of thousands of rows; the default 5 s would abort them half-way.
    { timeout: 300_000, maxWait: 30_000 },
  );
}

async function refuseExisting(tx: DbClient, data: EventExport): Promise<void> {
  const existing = await tx.event.findUnique({ where: { slug: data.event.slug }, select: { deletedAt: true } });
  if (existing) {
    throw new AppError(
      "CONFLICT",
      `This database has an event "${data.event.slug}" already${existing.deletedAt ? " (deleted; its history still holds it)" : ""}; nothing was written.`,
    );
  }
  const articleIds = data.articles.map((a) => a.id);
  const facetIds = data.facets.map((f) => f.id);
  // One after the other: a transaction is one connection, which runs one query at a time.
  const articles = await tx.article.count({ where: { id: { in: articleIds } } });
  const facets = await tx.facet.count({ where: { id: { in: facetIds } } });
  if (articles + facets > 0) {
    throw new AppError("CONFLICT", "This database holds records of this export already (restored under another slug?); nothing was written.");
  }
}

/** The outlet id for each outlet name in the export: an existing outlet of that name, else a new one. */
async function outletsFor(tx: DbClient, data: EventExport, actor: string): Promise<Map<string, string>> {
  const wanted = new Map(data.articles.flatMap((a) => (a.outlet ? [[a.outlet.name, a.outlet] as const] : [])));
  const found = await tx.outlet.findMany({ where: { name: { in: [...wanted.keys()] } }, select: { id: true, name: true } });
  const ids = new Map(found.map((o) => [o.name, o.id]));
  const missing = [...wanted.values()].filter((o) => !ids.has(o.name));
  const domains = missing.flatMap((o) => (o.domain ? [o.domain] : []));
  // A domain is unique among outlets: one held by an outlet of another name is not taken over.
  const taken = new Set((await tx.outlet.findMany({ where: { domain: { in: domains } }, select: { domain: true } })).map((o) => o.domain));
  for (const outlet of missing) {
    const fields = {
      name: outlet.name,
      domain: outlet.domain && !taken.has(outlet.domain) ? outlet.domain : null,
      country: outlet.country ?? null,
      language: outlet.language ?? null,
    };
    const created = await tx.outlet.create({ data: fields, select: { id: true } });
    await recordAudit(tx, { actor, action: "create", entityType: "outlet", entityId: created.id, after: fields });
    ids.set(outlet.name, created.id);
  }
  return ids;
}
