import "server-only";
import { anchorStateSchema, movedFromSchema, type MovedFrom } from "../anchoring/schema";
import { stanceSchema, type AnnotationFilters, type AnnotationView } from "../annotations/schema";
import { getDb, type Prisma } from "./client";
import { articleOrder } from "./selects";

/** What every screen and the API read of a note: the note, its thread, and where it is pinned. */
export const annotationViewSelect = {
  id: true,
  revisionId: true,
  claimId: true,
  facetId: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  body: true,
  tags: true,
  stance: true,
  authorId: true,
  authorName: true,
  resolvedAt: true,
  anchorState: true,
  anchorScore: true,
  movedFrom: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  revision: {
    select: {
      number: true,
      articleId: true,
      article: { select: { title: true, language: true, outlet: { select: { name: true } }, event: { select: { slug: true } } } },
    },
  },
  replies: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, authorId: true, authorName: true, createdAt: true } },
} as const satisfies Prisma.AnnotationSelect;

type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationViewSelect }>;

/** A note as screens show it: the API's shape, plus its article and where it was before an unconfirmed move. */
export type AnnotationListItem = AnnotationView & {
  article: { title: string; outlet: string | null; language: string };
  movedFrom: MovedFrom | null;
};

/** Reads a stored note into the API's shape (its text columns parsed, so no raw string leaks). */
export function toAnnotationView(row: AnnotationRow): AnnotationListItem {
  return {
    id: row.id,
    eventSlug: row.revision.article.event.slug,
    articleId: row.revision.articleId,
    revisionId: row.revisionId,
    revisionNumber: row.revision.number,
    quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { start: row.start, end: row.end },
    body: row.body,
    tags: row.tags,
    stance: row.stance === null ? null : stanceSchema.parse(row.stance),
    claimId: row.claimId,
    facetId: row.facetId,
    author: { id: row.authorId, name: row.authorName },
    resolved: row.resolvedAt !== null,
    anchor: { state: anchorStateSchema.parse(row.anchorState), score: row.anchorScore },
    replies: row.replies.map((r) => ({ id: r.id, body: r.body, author: { id: r.authorId, name: r.authorName }, createdAt: r.createdAt.toISOString() })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    article: { title: row.revision.article.title, outlet: row.revision.article.outlet?.name ?? null, language: row.revision.article.language },
    movedFrom: row.movedFrom === null ? null : movedFromSchema.parse(row.movedFrom),
  };
}

/** Notes that are not deleted, on articles and events that are not deleted. */
const liveAnnotationWhere = {
  deletedAt: null,
  revision: { article: { deletedAt: null, event: { deletedAt: null } } },
} as const satisfies Prisma.AnnotationWhereInput;

function filtersWhere(filters: AnnotationFilters): Prisma.AnnotationWhereInput {
  return {
    ...(filters.tag ? { tags: { has: filters.tag } } : {}),
    ...(filters.author ? { authorName: filters.author } : {}),
    ...(filters.stance ? { stance: filters.stance } : {}),
    ...(filters.status === "open" ? { resolvedAt: null } : {}),
    ...(filters.status === "resolved" ? { resolvedAt: { not: null } } : {}),
    ...(filters.status === "to-confirm" ? { anchorState: "moved" } : {}),
    ...(filters.status === "orphaned" ? { anchorState: "orphaned" } : {}),
  };
}

/**
 * The notes of one article for its reader: those pinned to `revisionId` in reading order, and the
 * article's orphans (notes whose words are gone from its latest revision; they stay on the
 * revision they were made on).
 */
export async function findAnnotationsForArticle(articleId: string, revisionId: string) {
  const rows = await getDb().annotation.findMany({
    where: { ...liveAnnotationWhere, revision: { articleId }, OR: [{ revisionId }, { anchorState: "orphaned" }] },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: annotationViewSelect,
  });
  const notes = rows.map(toAnnotationView);
  return { pinned: notes.filter((n) => n.revisionId === revisionId), orphans: notes.filter((n) => n.revisionId !== revisionId && n.anchor.state === "orphaned") };
}

/** Every note of an event that passes `filters`, by article (in the event's order), then in reading order. */
export async function findAnnotationsForEvent(eventId: string, filters: AnnotationFilters = {}) {
  const rows = await getDb().annotation.findMany({
    where: { ...liveAnnotationWhere, revision: { article: { eventId, deletedAt: null } }, ...filtersWhere(filters) },
    orderBy: [{ revision: { article: articleOrder[0] } }, { revision: { article: articleOrder[1] } }, { revision: { articleId: "asc" } }, { start: "asc" }],
    select: annotationViewSelect,
  });
  return rows.map(toAnnotationView);
}

/** The tags, authors and stances in use among an event's notes, for the filters. */
export async function findAnnotationFacets(eventId: string) {
  const rows = await getDb().annotation.findMany({
    where: { ...liveAnnotationWhere, revision: { article: { eventId } } },
    select: { tags: true, authorName: true },
  });
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { tags: sorted(rows.flatMap((r) => r.tags)), authors: sorted(rows.map((r) => r.authorName)) };
}

/** One live note, or null. */
export async function findAnnotation(id: string) {
  const row = await getDb().annotation.findFirst({ where: { id, ...liveAnnotationWhere }, select: annotationViewSelect });
  return row ? toAnnotationView(row) : null;
}

/** The notes about a facet: linked to it, or to one of its claims; for a verdict's evidence. */
export async function findNotesAboutFacet(facetId: string) {
  const rows = await getDb().annotation.findMany({
    where: { ...liveAnnotationWhere, OR: [{ facetId }, { claim: { facetId, deletedAt: null } }] },
    orderBy: [{ createdAt: "asc" }],
    select: annotationViewSelect,
  });
  return rows.map(toAnnotationView);
}
