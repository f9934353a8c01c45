import "server-only";
import { compareFacet } from "../compare";
import { facetWholePlace } from "../compare/facet-whole-place";
import { toComparableClaim } from "../compare/to-comparable-claim";
import { EXPORT_SCHEMA_VERSION, type EventExport } from "../export/schema";
import { claimValueFromColumns } from "./claim-value-columns";
import { getDb } from "./client";
import { articleOrder, liveClaimWhere } from "./selects";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);
const orUndefined = <T>(value: T | null) => value ?? undefined;

/**
 * Everything about one event in the export shape, or null when no live event has this slug.
 * What was deleted (articles, claims, annotations, verdicts; dismissed facets) is left out.
 */
export async function loadEventExport(slug: string): Promise<EventExport | null> {
  const db = getDb();
  const event = await db.event.findUnique({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      articles: {
        where: { deletedAt: null },
        orderBy: [...articleOrder],
        select: {
          id: true,
          title: true,
          url: true,
          language: true,
          publishedAt: true,
          outlet: { select: { name: true, domain: true, country: true, language: true } },
          revisions: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, createdAt: true, contentHash: true, text: true },
          },
        },
      },
      facets: {
        where: { dismissedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          key: true,
          label: true,
          kind: true,
          unit: true,
          claims: {
            where: liveClaimWhere,
            orderBy: [{ revision: { article: { publishedAt: "asc" } } }, { start: "asc" }],
            include: { revision: { select: { articleId: true, article: { select: { outlet: { select: { name: true } } } } } } },
          },
          verdicts: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true } },
        },
      },
    },
  });
  if (!event) return null;

  const annotations = await db.annotation.findMany({
    where: { deletedAt: null, revision: { article: { eventId: event.id, deletedAt: null } } },
    orderBy: { createdAt: "asc" },
    include: { revision: { select: { articleId: true } } },
  });

  // Relations are those of the current texts, as on screen: claims on older revisions are history.
  const latestRevisions = new Set(event.articles.map((a) => a.revisions.at(-1)?.id));

  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date().toISOString(),
    event: { slug: event.slug, title: event.title, description: orUndefined(event.description) },
    articles: event.articles.map((article) => ({
      id: article.id,
      title: article.title,
      url: orUndefined(article.url),
      outlet: article.outlet
        ? {
            name: article.outlet.name,
            domain: orUndefined(article.outlet.domain),
            country: orUndefined(article.outlet.country),
            language: orUndefined(article.outlet.language),
          }
        : undefined,
      publishedAt: isoDate(article.publishedAt),
      language: article.language,
      revisions: article.revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    })),
    facets: event.facets.map((facet) => {
      const claims = facet.claims.map((claim) => ({
        id: claim.id,
        articleId: claim.revision.articleId,
        revisionId: claim.revisionId,
        quote: claim.quote,
        start: claim.start,
        end: claim.end,
        value: claimValueFromColumns(claim),
        scope: orUndefined(claim.scope),
        asOf: isoDate(claim.asOf),
        attribution: orUndefined(claim.attribution),
        certainty: claim.certainty,
        origin: claim.origin,
        status: claim.status,
        outlet: claim.revision.article.outlet?.name ?? null,
      }));
      // The same reading of claims as the screens (lib/compare/to-comparable-claim.ts), so the
      // export and the event overview never disagree about a pair.
      const wholePlace = facetWholePlace(facet.key, claims.map((c) => c.scope));
      const compared = compareFacet(
        claims
          .filter((c) => c.status !== "rejected" && latestRevisions.has(c.revisionId))
          .map((c) =>
            toComparableClaim(
              { ...c, scope: c.scope ?? null, asOf: c.asOf ?? null, attribution: c.attribution ?? null },
              wholePlace,
            ),
          ),
        { canChangeOverTime: facet.kind === "quantity" },
      );
      return {
        id: facet.id,
        label: facet.label,
        kind: facet.kind,
        unit: orUndefined(facet.unit),
        claims: claims.map(({ outlet: _outlet, ...claim }) => claim),
        relations: compared.relations,
      };
    }),
    annotations: annotations.map((a) => ({
      id: a.id,
      articleId: a.revision.articleId,
      revisionId: a.revisionId,
      claimId: orUndefined(a.claimId),
      facetId: orUndefined(a.facetId),
      quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
      position: { start: a.start, end: a.end },
      body: a.body,
      tags: a.tags,
      createdAt: a.createdAt.toISOString(),
    })),
    verdicts: event.facets.flatMap((facet) =>
      facet.verdicts.map((v) => ({ id: v.id, facetId: facet.id, text: v.text, createdAt: v.createdAt.toISOString() })),
    ),
  };
}
