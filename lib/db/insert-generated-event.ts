import "server-only";
import { createHash } from "node:crypto";
import { contentHash } from "../articles/content-hash";
import type { EventMatrixInput } from "../compare/event-matrix-schema";
import { recordAudit } from "./audit";
import { asOfToColumns, claimValueToColumns } from "./claim-value-columns";
import { getDb } from "./client";
import { purgeEvent } from "./events";

/**
 * Stores a generated event (benchmarks: the overview of 100 articles × 20 facets) under `slug`,
 * replacing any event of that slug: outlets, one revision per article whose text is its claims'
 * quotes one per line (so every claim's offsets point at its quote), facets and claims, with a
 * handful of bulk inserts in one transaction. Outlets are shared across events and kept.
 * Every id is derived from the slug and the generated id (see `generatedId`), so two runs of a
 * benchmark store, order and render the same page.
 * @returns the new event's id.
 */
export async function insertGeneratedEvent(slug: string, title: string, input: EventMatrixInput, actor: string): Promise<string> {
  await purgeEvent(slug, actor);
  return getDb().$transaction(
    async (tx) => {
      const event = await tx.event.create({ data: { id: generatedId(slug, "event", slug), slug, title }, select: { id: true } });
      const outletNames = [...new Set(input.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))];
      await tx.outlet.createMany({ data: outletNames.map((name) => ({ name })), skipDuplicates: true });
      const outlets = new Map((await tx.outlet.findMany({ where: { name: { in: outletNames } }, select: { id: true, name: true } })).map((o) => [o.name, o.id]));

      const articleIds = new Map(input.articles.map((a) => [a.id, generatedId(slug, "article", a.id)]));
      const facetIds = new Map(input.facets.map((f) => [f.id, generatedId(slug, "facet", f.id)]));
      // Each article's text: the quotes of its claims, one per line, in facet order.
      const lines = new Map<string, { claimId: string; quote: string }[]>();
      for (const facet of input.facets) {
        for (const c of facet.claims) lines.set(c.articleId, [...(lines.get(c.articleId) ?? []), { claimId: c.claim.id, quote: c.claim.quote }]);
      }
      const startOf = new Map<string, number>();
      const revisions = input.articles.map((article) => {
        let text = article.title;
        for (const line of lines.get(article.id) ?? []) {
          text += "\n";
          startOf.set(line.claimId, text.length);
          text += line.quote;
        }
        return { id: generatedId(slug, "revision", article.id), articleId: articleIds.get(article.id)!, number: 1, text, contentHash: contentHash(text) };
      });
      const revisionOf = new Map(input.articles.map((a, i) => [a.id, revisions[i]!]));

      await tx.article.createMany({
        data: input.articles.map((a) => ({
          id: articleIds.get(a.id)!,
          eventId: event.id,
          outletId: a.outlet ? (outlets.get(a.outlet) ?? null) : null,
          title: a.title,
          url: `https://bench.example/${slug}/${a.id}`,
          language: a.language,
          publishedAt: a.publishedAt ? new Date(`${a.publishedAt}T00:00:00Z`) : null,
        })),
      });
      await tx.articleRevision.createMany({ data: revisions });
      await tx.facet.createMany({
        data: input.facets.map((f) => ({ id: facetIds.get(f.id)!, eventId: event.id, label: f.label, kind: f.kind, unit: f.unit, origin: "machine" as const })),
      });
      await tx.claim.createMany({
        data: input.facets.flatMap((facet) =>
          facet.claims.map((c) => {
            const start = startOf.get(c.claim.id) ?? 0;
            return {
              id: generatedId(slug, "claim", c.claim.id),
              revisionId: revisionOf.get(c.articleId)!.id,
              facetId: facetIds.get(facet.id)!,
              quote: c.claim.quote,
              start,
              end: start + c.claim.quote.length,
              ...claimValueToColumns(c.claim.value, facet.kind === "entity" ? "entity" : "text"),
              scope: c.claim.scope,
              ...asOfToColumns(c.claim.asOf),
              attribution: c.claim.attribution ?? null,
              certainty: c.claim.certainty,
              origin: c.origin,
              status: c.status,
            };
          }),
        ),
      });
      await recordAudit(tx, { actor, action: "create", entityType: "event", entityId: event.id, eventId: event.id, after: { slug, title, generated: true } });
      return event.id;
    },
    { timeout: 120_000 },
  );
}

/**
 * A UUID-shaped id named by the event's slug, the kind of row and the generator's own id. Random
 * ids would decide the order of rows that tie (facets created in the same instant, say), so each
 * seeding would render a slightly different page and timings would not compare.
 */
function generatedId(slug: string, kind: string, id: string): string {
  const hex = createHash("sha256").update(`${slug}\0${kind}\0${id}`).digest("hex");
  // Version 8 (custom) and the RFC variant, so that the app's uuid schemas accept it.
  const variant = (8 + (Number.parseInt(hex[16]!, 16) & 3)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
