import "server-only";
import { anchorStateSchema, movedFromSchema, type AnchorState, type MovedFrom } from "../anchoring/schema";
import { claimReadingSchema, type ClaimReading } from "../claims/schema";
import type { FacetViewInput } from "../compare/facet-view-schema";
import { quoteInContext } from "../compare/quote-in-context";
import { tokenize } from "../extract/tokenize";
import { asOfFromColumns, claimValueFromColumns } from "./claim-value-columns";
import { getDb } from "./client";
import { liveClaimWhere } from "./selects";
import { storedClaimSelect } from "./stored-claim";

/** A claim as people left it, beside what the machine read. */
export type ClaimCorrection = { readByMachine: ClaimReading | null; corrected: boolean; anchorState: AnchorState; movedFrom: MovedFrom | null };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * One facet with every claim filed under it (rejected ones and those on earlier revisions too, so
 * a person can review them), each with its sentence cut from the revision text, its article and
 * outlet; plus the event's other live facets (targets for merging and moving claims), and the
 * versions the review forms send back (a save based on an outdated one is refused). Deleted claims
 * and claims of deleted articles are left out. Two queries: the facet with its claims, then the
 * texts of the revisions they sit on.
 * @returns null when the facet does not exist, belongs to another event than `slug`, or its
 * event was deleted.
 */
export async function loadFacetView(slug: string, facetId: string) {
  const db = getDb();
  const facet = await db.facet.findUnique({
    where: { id: facetId },
    select: {
      id: true,
      key: true,
      label: true,
      kind: true,
      unit: true,
      origin: true,
      dismissedAt: true,
      version: true,
      event: {
        select: {
          id: true,
          slug: true,
          title: true,
          deletedAt: true,
          facets: {
            where: { dismissedAt: null, id: { not: facetId } },
            orderBy: { label: "asc" },
            select: { id: true, label: true, kind: true },
          },
        },
      },
      claims: {
        where: liveClaimWhere,
        orderBy: { start: "asc" },
        select: {
          ...storedClaimSelect,
          version: true,
          start: true,
          end: true,
          status: true,
          origin: true,
          rule: true,
          readByMachine: true,
          correctedAt: true,
          anchorState: true,
          movedFrom: true,
          revision: {
            select: {
              id: true,
              number: true,
              article: {
                select: {
                  id: true,
                  title: true,
                  language: true,
                  publishedAt: true,
                  outlet: { select: { name: true } },
                  copyGroupId: true,
                  revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!facet || facet.event.slug !== slug || facet.event.deletedAt) return null;

  const revisionIds = [...new Set(facet.claims.map((c) => c.revision.id))];
  const revisions = await db.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, text: true } });
  // One tokenizer pass per revision, shared by all of its claims.
  const tokensOf = new Map(revisions.map((r) => [r.id, tokenize(r.text)]));

  const input: FacetViewInput = {
    facet: { id: facet.id, label: facet.label, kind: facet.kind, unit: facet.unit, key: facet.key },
    claims: facet.claims.map((claim) => {
      const { article } = claim.revision;
      const tokens = tokensOf.get(claim.revision.id) ?? tokenize(claim.quote);
      return {
        id: claim.id,
        quote: claim.quote,
        start: claim.start,
        end: claim.end,
        value: claimValueFromColumns(claim),
        scope: claim.scope,
        asOf: asOfFromColumns(claim),
        attribution: claim.attribution,
        certainty: claim.certainty,
        status: claim.status,
        origin: claim.origin,
        rule: claim.rule,
        revision: { id: claim.revision.id, number: claim.revision.number, latest: claim.revision.number === article.revisions[0]?.number },
        article: {
          id: article.id,
          title: article.title,
          language: article.language,
          publishedAt: isoDate(article.publishedAt),
          outlet: article.outlet?.name ?? null,
          copyGroup: article.copyGroupId,
        },
        context: tokensOf.has(claim.revision.id)
          ? quoteInContext(tokens, claim.start, claim.end, article.language)
          : { before: "", quote: claim.quote, after: "" },
      };
    }),
  };
  return {
    event: { id: facet.event.id, slug: facet.event.slug, title: facet.event.title },
    facet: { id: facet.id, label: facet.label, kind: facet.kind, unit: facet.unit, origin: facet.origin, dismissedAt: facet.dismissedAt, version: facet.version },
    otherFacets: facet.event.facets,
    /** Each claim's version, by claim id. */
    claimVersions: Object.fromEntries(facet.claims.map((c) => [c.id, c.version])) as Record<string, number>,
    /** What people changed of each claim: the machine's reading kept beside a correction, and a move awaiting confirmation. */
    claimCorrections: Object.fromEntries(
      facet.claims.map((c) => [
        c.id,
        {
          readByMachine: c.readByMachine === null ? null : claimReadingSchema.parse(c.readByMachine),
          corrected: c.correctedAt !== null,
          anchorState: anchorStateSchema.parse(c.anchorState),
          movedFrom: c.movedFrom === null ? null : movedFromSchema.parse(c.movedFrom),
        },
      ]),
    ) as Record<string, ClaimCorrection>,
    input,
  };
}

export type LoadedFacetView = NonNullable<Awaited<ReturnType<typeof loadFacetView>>>;
