import "server-only";
import { facetStateSchema, verdictRatingSchema } from "../verdicts/schema";
import { getDb } from "./client";

/**
 * The fact-check of one facet: its state and assignee (with the facet version its form sends
 * back), and its live verdict with the claims and notes it rests on; null for an unknown facet.
 */
export async function findFacetVerdict(facetId: string) {
  const facet = await getDb().facet.findUnique({
    where: { id: facetId },
    select: {
      state: true,
      version: true,
      assignee: { select: { id: true, name: true } },
      verdicts: {
        where: { deletedAt: null },
        take: 1,
        select: {
          id: true,
          rating: true,
          explanation: true,
          authorName: true,
          version: true,
          createdAt: true,
          updatedAt: true,
          evidence: {
            select: {
              claim: { select: { id: true, quote: true, deletedAt: true, revision: { select: { article: { select: { outlet: { select: { name: true } } } } } } } },
              annotation: { select: { id: true, exact: true, body: true, authorName: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!facet) return null;
  const verdict = facet.verdicts[0];
  return {
    state: facetStateSchema.parse(facet.state),
    version: facet.version,
    assignee: facet.assignee,
    verdict: verdict
      ? {
          id: verdict.id,
          rating: verdictRatingSchema.parse(verdict.rating),
          explanation: verdict.explanation,
          authorName: verdict.authorName,
          version: verdict.version,
          createdAt: verdict.createdAt,
          updatedAt: verdict.updatedAt,
          claims: verdict.evidence.flatMap((e) =>
            e.claim && !e.claim.deletedAt ? [{ id: e.claim.id, quote: e.claim.quote, outlet: e.claim.revision.article.outlet?.name ?? null }] : [],
          ),
          notes: verdict.evidence.flatMap((e) => (e.annotation && !e.annotation.deletedAt ? [{ id: e.annotation.id, quote: e.annotation.exact, body: e.annotation.body, authorName: e.annotation.authorName }] : [])),
        }
      : null,
  };
}

/** Every live facet of an event with where its fact-check stands: state, assignee, verdict rating. */
export async function findEventWorkflow(eventId: string) {
  const facets = await getDb().facet.findMany({
    where: { eventId, dismissedAt: null },
    orderBy: { label: "asc" },
    select: { id: true, label: true, state: true, assignee: { select: { name: true } }, verdicts: { where: { deletedAt: null }, take: 1, select: { rating: true } } },
  });
  return facets.map((f) => ({
    id: f.id,
    label: f.label,
    state: facetStateSchema.parse(f.state),
    assignee: f.assignee?.name ?? null,
    rating: f.verdicts[0] ? verdictRatingSchema.parse(f.verdicts[0].rating) : null,
  }));
}

/** The people a facet can be assigned to: editors and admins, by name. */
export async function findAssignableUsers() {
  return getDb().user.findMany({ where: { role: { in: ["editor", "admin"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
