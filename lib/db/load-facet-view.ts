import "server-only";
import { anchorStateSchema, movedFromSchema, type AnchorState, type MovedFrom } from "../anchoring/schema";
import { claimReadingSchema, type ClaimReading } from "../claims/schema";
import { buildFacetView } from "../compare/build-facet-view";
import type { FacetViewClaim, FacetViewInput, FacetViewQuery } from "../compare/facet-view-schema";
import { quoteInContext } from "../compare/quote-in-context";
import { tokenize } from "../extract/tokenize";
import { asOfFromColumns, claimValueFromColumns } from "./claim-value-columns";
import { getDb } from "./client";
import { findFacetComparison } from "./facet-comparisons";
import { articleLabelSelect, liveClaimWhere } from "./selects";
import { figureStatusFromColumn, storedClaimSelect } from "./stored-claim";

/** A claim as people left it, beside what the machine read. */
export type ClaimCorrection = { readByMachine: ClaimReading | null; corrected: boolean; anchorState: AnchorState; movedFrom: MovedFrom | null };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * One facet with every claim filed under it (rejected ones and those on earlier revisions too, so
 * a person can review them), each with its sentence cut from the revision text, its article and
 * outlet; plus the event's other live facets (targets for merging and moving claims), and the
 * versions the review forms send back (a save based on an outdated one is refused). Deleted claims
 * and claims of deleted articles are left out. One query: the facet with its claims; each claim's
 * sentence is left empty (its quote alone) until loadClaimContexts reads it for the claims shown.
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
                  ...articleLabelSelect,
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

  const input: FacetViewInput = {
    facet: { id: facet.id, label: facet.label, kind: facet.kind, unit: facet.unit, key: facet.key },
    claims: facet.claims.map((claim) => {
      const { article } = claim.revision;
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
        figureStatus: figureStatusFromColumn(claim.figureStatus),
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
        context: { before: "", quote: claim.quote, after: "" },
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

/**
 * The sentences around the given claims' quotes (see quoteInContext), by claim id: one query for
 * the texts of their revisions, each tokenized once however many of its claims are shown.
 */
export async function loadClaimContexts(claims: readonly { id: string; start: number; end: number; revision: { id: string }; article: { language: string } }[]) {
  const revisionIds = [...new Set(claims.map((c) => c.revision.id))];
  if (revisionIds.length === 0) return new Map<string, FacetViewClaim["context"]>();
  const revisions = await getDb().articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, text: true } });
  const tokensOf = new Map(revisions.map((r) => [r.id, tokenize(r.text)]));
  return new Map(
    claims.flatMap((c) => {
      const tokens = tokensOf.get(c.revision.id);
      return tokens ? [[c.id, quoteInContext(tokens, c.start, c.end, c.article.language)] as const] : [];
    }),
  );
}

/**
 * One page of the facet view: the facet and its claims, its stored comparison (compared again
 * when stale), and the view of the page asked for, with the sentences of the claims it shows.
 * Five queries at most (two more when the comparison is stale), whatever the number of claims.
 * @returns null as loadFacetView does.
 */
export async function loadFacetPage(slug: string, facetId: string, query: Partial<FacetViewQuery>) {
  const loaded = await loadFacetView(slug, facetId);
  if (!loaded) return null;
  const stored = await findFacetComparison({ id: loaded.facet.id, key: loaded.input.facet.key, kind: loaded.facet.kind }, slug);
  if (!stored) return null;
  // The view decides which claims it shows; their sentences are read for those alone.
  const draft = buildFacetView(loaded.input, query, stored);
  const shown = [...draft.cards.map((c) => c.id), ...(draft.pair ? [draft.pair.a.id, draft.pair.b.id] : [])];
  const contexts = await loadClaimContexts(loaded.input.claims.filter((c) => shown.includes(c.id)));
  const input = { ...loaded.input, claims: loaded.input.claims.map((c) => ({ ...c, context: contexts.get(c.id) ?? c.context })) };
  return { ...loaded, input, view: buildFacetView(input, query, stored) };
}
