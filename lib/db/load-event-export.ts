import "server-only";
import { compareStoredFacet } from "../compare/compare-stored-facet";
import { EXPORT_SCHEMA_VERSION, type EventExport } from "../export/schema";
import type { ReportInput } from "../report/schema";
import { asOfFromColumns, claimValueFromColumns } from "./claim-value-columns";
import { figureStatusFromColumn, toStoredClaim } from "./stored-claim";
import { anchorStateSchema } from "../anchoring/schema";
import { claimReadingSchema } from "../claims/schema";
import { facetStateSchema, verdictRatingSchema } from "../verdicts/schema";
import { findAnnotationsForEvent } from "./annotations";
import { getDb } from "./client";
import { findEventVerdicts } from "./find-event-verdicts";
import { articleOrder, liveClaimWhere } from "./selects";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);
const orUndefined = <T>(value: T | null) => value ?? undefined;

/**
 * Everything about one event in the export shape, or null when no live event has this slug.
 * What was deleted (articles, claims, annotations, verdicts; dismissed facets) is left out.
 * Every list has a total order (ties broken by id), so the same data always gives the same bytes.
 */
export async function loadEventExport(slug: string): Promise<EventExport | null> {
  return (await loadReportInput(slug))?.exported ?? null;
}

/**
 * What a report of the event is built from: its export, and its verdicts in the report's shape
 * (both from one read of the verdicts). Null when no live event has this slug.
 */
export async function loadReportInput(slug: string): Promise<ReportInput | null> {
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
        orderBy: [...articleOrder, { id: "asc" }],
        select: {
          id: true,
          title: true,
          url: true,
          language: true,
          publishedAt: true,
          outlet: { select: { name: true, domain: true, country: true, language: true } },
          copyGroupId: true,
          revisions: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, createdAt: true, contentHash: true, text: true },
          },
        },
      },
      facets: {
        where: { dismissedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          key: true,
          label: true,
          kind: true,
          unit: true,
          description: true,
          origin: true,
          createdAt: true,
          claims: {
            where: liveClaimWhere,
            orderBy: [{ revision: { article: { publishedAt: "asc" } } }, { start: "asc" }, { id: "asc" }],
            include: { revision: { select: { articleId: true, article: { select: { outlet: { select: { name: true } } } } } } },
          },
          state: true,
          assignee: { select: { name: true } },
          verdicts: {
            where: { deletedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              rating: true,
              explanation: true,
              authorName: true,
              createdAt: true,
              updatedAt: true,
              evidence: { select: { claimId: true, annotationId: true } },
            },
          },
        },
      },
    },
  });
  if (!event) return null;

  const annotations = await findAnnotationsForEvent(event.id);
  const verdicts = await findEventVerdicts(event.id);

  // Relations are those of the current texts, as on screen: claims on older revisions are history.
  const latestRevisions = new Set(event.articles.map((a) => a.revisions.at(-1)?.id));
  const publishedOf = new Map(event.articles.map((a) => [a.id, isoDate(a.publishedAt) ?? null]));
  const membersOf = (groupId: string | null) => (groupId ? event.articles.filter((a) => a.copyGroupId === groupId).map((a) => a.id) : []);
  const copyGroupOf = new Map(event.articles.map((a) => [a.id, membersOf(a.copyGroupId).length > 1 ? a.copyGroupId : null]));

  const exported: EventExport = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
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
      copyGroup: copyGroupOf.get(article.id) ? { id: article.copyGroupId!, articleIds: membersOf(article.copyGroupId) } : null,
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
        asOf: orUndefined(asOfFromColumns(claim)),
        attribution: orUndefined(claim.attribution),
        counted: orUndefined(claim.counted),
        certainty: claim.certainty,
        figureStatus: orUndefined(figureStatusFromColumn(claim.figureStatus)),
        origin: claim.origin,
        status: claim.status,
        rule: orUndefined(claim.rule),
        readByMachine: claim.readByMachine === null ? undefined : claimReadingSchema.parse(claim.readByMachine),
        anchorState: claim.anchorState === "anchored" ? undefined : anchorStateSchema.parse(claim.anchorState),
        outlet: claim.revision.article.outlet?.name ?? null,
        copyGroup: copyGroupOf.get(claim.revision.articleId) ?? null,
      }));
      // The same comparison as the screens (lib/compare/compare-stored-facet.ts), so the export and
      // the event overview never disagree about a pair.
      const { comparison: compared } = compareStoredFacet(
        facet,
        facet.claims
          .filter((c) => c.status !== "rejected" && latestRevisions.has(c.revisionId))
          .map((c) => toStoredClaim(c, {
              outlet: c.revision.article.outlet?.name ?? null,
              publishedAt: publishedOf.get(c.revision.articleId) ?? null,
              copyGroup: copyGroupOf.get(c.revision.articleId) ?? null,
            }),),
      );
      return {
        id: facet.id,
        key: orUndefined(facet.key),
        label: facet.label,
        kind: facet.kind,
        unit: orUndefined(facet.unit),
        description: orUndefined(facet.description),
        origin: facet.origin,
        createdAt: facet.createdAt.toISOString(),
        claims: claims.map(({ outlet: _outlet, copyGroup: _copyGroup, ...claim }) => claim),
        state: facetStateSchema.parse(facet.state),
        assignee: facet.assignee?.name,
        relations: compared.relations,
      };
    }),
    annotations: annotations.map((a) => ({
      id: a.id,
      articleId: a.articleId,
      revisionId: a.revisionId,
      claimId: orUndefined(a.claimId),
      facetId: orUndefined(a.facetId),
      quote: a.quote,
      position: a.position,
      body: a.body,
      tags: a.tags,
      stance: orUndefined(a.stance),
      author: { name: a.author.name },
      resolved: a.resolved,
      anchorState: a.anchor.state,
      replies: a.replies.map((r) => ({ id: r.id, body: r.body, author: { name: r.author.name }, createdAt: r.createdAt })),
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    verdicts: event.facets.flatMap((facet) =>
      facet.verdicts.map((v) => ({
        id: v.id,
        facetId: facet.id,
        rating: verdictRatingSchema.parse(v.rating),
        text: v.explanation,
        author: { name: v.authorName },
        evidence: {
          claimIds: v.evidence.flatMap((e) => (e.claimId ? [e.claimId] : [])),
          annotationIds: v.evidence.flatMap((e) => (e.annotationId ? [e.annotationId] : [])),
        },
        createdAt: v.createdAt.toISOString(),
        updatedAt: v.updatedAt.toISOString(),
      })),
    ),
  };
  return { exported, verdicts: verdicts.map(({ id: _id, createdAt: _createdAt, ...verdict }) => verdict) };
}
