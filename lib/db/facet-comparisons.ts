import "server-only";
import { groupArticlesByOutlet } from "../compare/group-articles-by-outlet";
import type { StoredClaim } from "../compare/schema";
import type { StoredFacetView } from "../compare/build-facet-view";
import { facetStatusSchema } from "../compare/schema";
import { type StoredFacetResult, storedComparisonSummarySchema, storedRankedPairsSchema } from "../compare/stored-comparison-schema";
import { summarizeFacetComparison } from "../compare/summarize-facet-comparison";
import { COMPARER_VERSION } from "../compare/comparer-version";
import type { ValueKind } from "../claims/schema";
import { getDb } from "./client";
import { findEventArticles, toMatrixArticle, type EventArticle } from "./load-event-comparison";
import { storedClaimSelect, toStoredClaim } from "./stored-claim";

type StoredState = { changes: bigint; computedChanges: bigint | null; comparerVersion: number | null };

// A stored comparison is current while nothing it was computed from changed since (its claims,
// articles, the facet: `changes`) and the rules that computed it are the running comparer's.
// Built once, not per read (see figureStatusFromColumn).
const storedStatusSchema = facetStatusSchema.nullable().catch(null);

const isCurrent = (row: StoredState | null): row is StoredState => !!row && row.computedChanges === row.changes && row.comparerVersion === COMPARER_VERSION;

/** A live facet of the event with its stored comparison's status (null: no claim compared). */
export type ComparedFacetState = {
  id: string;
  key: string | null;
  label: string;
  kind: ValueKind;
  unit: string | null;
  status: StoredFacetResult["status"];
  claimCount: number;
};

/**
 * The event's live facets (oldest first) with their stored comparison, after comparing again, and
 * storing, those whose claims, articles or definition changed since (see the migration
 * facet_comparison) or that an older comparer computed (see COMPARER_VERSION). One query when nothing changed; three more when something did, whatever the
 * number of facets or claims.
 */
export async function findComparedFacets(eventId: string, articles: readonly EventArticle[]): Promise<ComparedFacetState[]> {
  const facets = await getDb().facet.findMany({
    where: { eventId, dismissedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, key: true, label: true, kind: true, unit: true, comparison: { select: { changes: true, computedChanges: true, comparerVersion: true, status: true, claimCount: true } } },
  });
  const stale = facets.filter((f) => !isCurrent(f.comparison));
  const fresh = stale.length > 0 ? await compareAndStore(stale.map((f) => ({ ...f, changes: f.comparison?.changes ?? null })), articles) : new Map();
  return facets.map(({ id, key, label, kind, unit, comparison }) => {
    const result = fresh.get(id);
    const status = result ? result.status : ((comparison?.status ?? null) as ComparedFacetState["status"]);
    return { id, key, label, kind, unit, status, claimCount: result ? result.claimCount : (comparison?.claimCount ?? 0) };
  });
}

/**
 * One facet's stored comparison, compared again first when it is stale (which reads the event's
 * articles: the comparison's claim order is the overview's column order).
 * @returns null when the facet's event has no live event with this slug.
 */
export async function findFacetComparison(facet: { id: string; key: string | null; kind: ValueKind }, slug: string): Promise<StoredFacetView | null> {
  const row = await getDb().facetComparison.findUnique({
    where: { facetId: facet.id },
    select: { changes: true, computedChanges: true, comparerVersion: true, status: true, summary: true, ranked: true },
  });
  if (isCurrent(row)) {
    const summary = storedComparisonSummarySchema.safeParse(row.summary);
    const ranked = storedRankedPairsSchema.safeParse(row.ranked);
    if (summary.success && ranked.success) return { status: storedStatusSchema.parse(row.status), summary: summary.data, ranked: ranked.data };
  }
  const found = await findEventArticles(slug);
  if (!found) return null;
  const results = await compareAndStore([{ ...facet, changes: row?.changes ?? null }], found.articles);
  const result = results.get(facet.id)!;
  return { status: result.status, summary: result.summary, ranked: result.ranked };
}

export type StaleFacet = { id: string; key: string | null; kind: ValueKind; changes: bigint | null };

/**
 * Compares the given facets from their claims on the articles' latest revisions (in the overview's
 * column order), and stores each result unless the facet changed again meanwhile: its `changes`,
 * read before the claims were, must still hold (compare-and-set under a row lock; a row another
 * request is storing is skipped, as its result is as new). Returns every result, stored or not.
 */
async function compareAndStore(stale: readonly StaleFacet[], articles: readonly EventArticle[]): Promise<Map<string, StoredFacetResult>> {
  const db = getDb();
  const columns = groupArticlesByOutlet(articles.map(toMatrixArticle)).flatMap((g) => g.articles);
  const columnOf = new Map(columns.map((a, i) => [a.id, i]));
  const articleOfRevision = new Map(articles.flatMap((a) => (a.latestRevisionId ? [[a.latestRevisionId, a] as const] : [])));
  const rows = await db.claim.findMany({
    where: { facetId: { in: stale.map((f) => f.id) }, status: { not: "rejected" }, deletedAt: null, revisionId: { in: [...articleOfRevision.keys()] } },
    orderBy: [{ revisionId: "asc" }, { start: "asc" }],
    select: { ...storedClaimSelect, facetId: true, revisionId: true },
  });
  const claimsOf = new Map<string, { articleId: string; claim: StoredClaim; column: number }[]>();
  for (const row of rows) {
    const article = articleOfRevision.get(row.revisionId);
    if (!article || !row.facetId) continue;
    const claim = toStoredClaim(row, { outlet: article.outlet?.name ?? null, publishedAt: article.publishedAt, copyGroup: article.copyGroupId });
    const list = claimsOf.get(row.facetId) ?? [];
    list.push({ articleId: article.id, claim, column: columnOf.get(article.id) ?? 0 });
    claimsOf.set(row.facetId, list);
  }
  const results = new Map<string, StoredFacetResult>();
  for (const facet of stale) {
    // Array.prototype.sort is stable: claims of one article keep their order in the text.
    const claims = (claimsOf.get(facet.id) ?? []).sort((x, y) => x.column - y.column);
    results.set(facet.id, summarizeFacetComparison(facet, claims));
  }
  // The stored comparison only saves the next reader this work: a page whose store fails (a
  // database too busy to take it in time) still shows what was just compared.
  await storeFacetComparisons(stale, results).catch((error: unknown) => {
    console.warn(`Comparisons of ${stale.length} facets not stored; the next read compares them again: ${error instanceof Error ? error.message : String(error)}`);
  });
  return results;
}

/**
 * Stores the results of the given facets, each only while its `changes` is still the value given
 * (read before its claims were): a facet changed meanwhile stays stale, and the next page that
 * shows it compares it again. Facets without a row get one (stale), to be stored next time.
 */
export async function storeFacetComparisons(stale: readonly StaleFacet[], results: ReadonlyMap<string, StoredFacetResult>): Promise<void> {
  const db = getDb();
  const missing = stale.filter((f) => f.changes === null).map((f) => ({ facetId: f.id }));
  // A facet older than the table, or whose row went missing: it starts stale, and is stored next time.
  if (missing.length > 0) await db.facetComparison.createMany({ data: missing, skipDuplicates: true });
  const expected = new Map(stale.flatMap((f) => (f.changes === null ? [] : [[f.id, f.changes] as const])));
  if (expected.size === 0) return;
  // Serialized before the transaction opens: on a large event these strings take seconds of a busy
  // event loop, and a transaction held open meanwhile ran past its deadline (500 × 50 under load).
  const groups = JSON.stringify(
    [...expected.keys()].flatMap((facetId) =>
      (results.get(facetId)?.groups ?? []).map((g) => ({
        facet_id: facetId,
        position: g.position,
        score: g.score,
        independent: g.independent,
        claimants: g.claimants,
        side_a: g.sides[0] ?? [],
        side_b: g.sides[1] ?? [],
        top_a: g.top.a,
        top_b: g.top.b,
        reason: g.reason,
        pair_count: g.pairCount,
      })),
    ),
  );
  const records = JSON.stringify(
    [...expected].map(([facetId, changes]) => {
      const result = results.get(facetId)!;
      return { facet_id: facetId, changes: String(changes), status: result.status, claim_count: result.claimCount, summary: result.summary, ranked: result.ranked };
    }),
  );
  await db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ facet_id: string; changes: bigint }[]>`
        SELECT "facet_id"::text AS "facet_id", "changes" FROM "facet_comparison"
         WHERE "facet_id" = ANY(${[...expected.keys()]}::uuid[])
         ORDER BY "facet_id" FOR UPDATE SKIP LOCKED`;
      const winners = locked.filter((row) => expected.get(row.facet_id) === row.changes).map((row) => row.facet_id);
      if (winners.length === 0) return;
      await tx.facetContradiction.deleteMany({ where: { facetId: { in: winners } } });
      // One statement however many groups (createMany would split a large event into many).
      await tx.$executeRaw`
        INSERT INTO "facet_contradiction" ("facet_id", "position", "score", "independent", "claimants", "side_a", "side_b", "top_a", "top_b", "reason", "pair_count")
        SELECT r."facet_id", r."position", r."score", r."independent", r."claimants", r."side_a", r."side_b", r."top_a", r."top_b", r."reason", r."pair_count"
          FROM jsonb_to_recordset(${groups}::jsonb)
               AS r("facet_id" uuid, "position" int, "score" float8, "independent" boolean, "claimants" text[], "side_a" uuid[], "side_b" uuid[],
                    "top_a" uuid, "top_b" uuid, "reason" text, "pair_count" int)
         WHERE r."facet_id" = ANY(${winners}::uuid[])`;
      await tx.$executeRaw`
        UPDATE "facet_comparison" AS fc
           SET "computed_changes" = r."changes", "comparer_version" = ${COMPARER_VERSION}, "computed_at" = now(), "status" = r."status", "claim_count" = r."claim_count",
               "summary" = r."summary", "ranked" = r."ranked"
          FROM jsonb_to_recordset(${records}::jsonb)
               AS r("facet_id" uuid, "changes" bigint, "status" text, "claim_count" int, "summary" jsonb, "ranked" jsonb)
         WHERE fc."facet_id" = r."facet_id" AND r."facet_id" = ANY(${winners}::uuid[])`;
    },
    // A compare-and-set of results already computed: slow under load is fine, stuck is not.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

