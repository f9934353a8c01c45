import "server-only";
import { randomUUID } from "node:crypto";
import { extractClaims, proposeFacets, type ClaimCandidate } from "../extract";
import { articleContextSchema, type ArticleContext } from "../extract/schema";
import { asOfToColumns, claimValueToColumns } from "./claim-value-columns";
import { getDb, type Prisma } from "./client";
import { insertRows } from "./insert-rows";
import { mergeSearchPending } from "./merge-search-pending";
import { machineReadingSelect, plainReading, refreshMachineClaims, relabelMachineFacets, removeEmptiedMachineFacets, type MachineRefresh } from "./refresh-machine-claims";

export type ExtractionSummary = {
  articles: number;
  skipped: { title: string; reason: string }[];
  facetsCreated: number;
  claimsCreated: number;
  claimsKept: number;
  /** Kept machine claims awaiting review that the words now read differently (newer rules): read anew. */
  claimsRefreshed: number;
  claimsRemoved: number;
};

/**
 * Finds the claims of many texts, in their order. In this thread by default; the job worker and
 * the CLI pass one that spreads them over worker threads (lib/worker/extract-on-threads.ts).
 */
export type ExtractMany = (inputs: readonly { text: string; context: ArticleContext }[]) => Promise<ClaimCandidate[][]>;
const extractInThisThread: ExtractMany = async (inputs) => inputs.map((input) => extractClaims(input.text, input.context));

type ArticleText = { id: string; language: ArticleContext["language"]; revisionId: string; text: string; candidates: ClaimCandidate[] };

/**
 * Finds the claims in the latest revision of every article of the event and files them under
 * proposed facets. Idempotent, and a person's decisions survive it: a claim a person confirmed,
 * rejected, moved or made keeps its place (a new candidate at the same words is skipped), a
 * facet a person renamed keeps its name (facets are matched by their machine key), a facet a
 * person dismissed is not proposed again, and words whose claim a person deleted are not proposed
 * again either. Deleted articles are not read. Only machine claims still awaiting review and no
 * longer found are removed (for good: nobody decided anything about them), and only if nobody
 * saved them meanwhile; those found again but read differently now (newer rules: an hour, a
 * claimant, a place) are read anew, on the same terms, with an audit entry of what changed, and filed
 * under the facet the newer reading proposes; a machine facet they leave empty that nobody touched goes
 * (see removeEmptiedMachineFacets). The new facets and the claims of all articles are written with a statement
 * each (per 5,000 rows) that also writes their audit entries, however many there are.
 */
export async function extractEventClaims(eventId: string, actor: string, options: { extractMany?: ExtractMany } = {}): Promise<ExtractionSummary> {
  const db = getDb();
  // One statement for the texts: the latest revision of each article (8 MB for 2,000 articles)
  // read as rows, not rebuilt into nested objects by the ORM.
  const articles = await db.$queryRaw<{ id: string; title: string; language: string; publishedAt: Date | null; revisionId: string | null; text: string | null }[]>`
    SELECT a.id::text AS id, a.title, a.language, a.published_at AS "publishedAt", r.id::text AS "revisionId", r.text
      FROM "article" a
      LEFT JOIN LATERAL (SELECT id, text FROM "article_revision" WHERE article_id = a.id ORDER BY number DESC LIMIT 1) r ON true
     WHERE a.event_id = ${eventId}::uuid AND a.deleted_at IS NULL`;

  const readable: { id: string; revisionId: string; text: string; context: ArticleContext }[] = [];
  const skipped: ExtractionSummary["skipped"] = [];
  for (const article of articles) {
    const context = articleContextSchema.safeParse({
      language: article.language,
      publishedAt: article.publishedAt?.toISOString().slice(0, 10),
    });
    if (article.revisionId === null || article.text === null) continue;
    if (!context.success) {
      skipped.push({ title: article.title, reason: `no extraction rules for language "${article.language}" yet` });
      continue;
    }
    readable.push({ id: article.id, revisionId: article.revisionId, text: article.text, context: context.data });
  }
  const extracted = await (options.extractMany ?? extractInThisThread)(readable);
  const texts: ArticleText[] = readable.map((r, i) => ({ id: r.id, language: r.context.language, revisionId: r.revisionId, text: r.text, candidates: extracted[i]! }));
  const proposals = proposeFacets(texts.map((t) => ({ articleId: t.id, language: t.language, candidates: t.candidates, text: t.text })));
  const byArticle = new Map(texts.map((t) => [t.id, t]));

  const summary = await db.$transaction(
    async (tx) => {
      // One extraction per event at a time: two concurrent runs would both create the same facets.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`extract:${eventId}`}))`;
      const facets = await tx.facet.findMany({
        where: { eventId },
        select: { id: true, key: true, dismissedAt: true, mergedIntoId: true, label: true, origin: true, version: true },
      });
      const facetById = new Map(facets.map((f) => [f.id, f]));
      // A facet an editor merged into another sends its claims there, through any chain of merges.
      const resolve = (facet: (typeof facets)[number] | undefined) => {
        const seen = new Set<string>();
        while (facet?.mergedIntoId && !seen.has(facet.id)) {
          seen.add(facet.id);
          facet = facetById.get(facet.mergedIntoId) ?? facet;
        }
        return facet;
      };
      const facetByKey = new Map(facets.flatMap((f) => (f.key ? [[f.key, resolve(f)] as const] : [])));
      const revisionIds = texts.map((t) => t.revisionId);
      const existing = await tx.claim.findMany({
        where: { revisionId: { in: revisionIds } },
        select: { id: true, revisionId: true, facetId: true, start: true, end: true, origin: true, status: true, version: true, deletedAt: true, correctedAt: true, ...machineReadingSelect },
      });
      const taken = new Set(existing.map((c) => spanKeyOf(c.revisionId, c.start, c.end)));
      // Machine claims nobody has decided about yet: newer rules may read their words better.
      const unreviewed = new Map(
        existing.filter((c) => c.origin === "machine" && c.status === "proposed" && !c.deletedAt && !c.correctedAt).map((c) => [spanKeyOf(c.revisionId, c.start, c.end), c]),
      );
      const refreshes: MachineRefresh[] = [];
      const relabelled = new Map<string, { before: string; after: string }>();
      const found = new Set<string>();
      const newFacets: Prisma.FacetCreateManyInput[] = [];
      const newClaims: Prisma.ClaimCreateManyInput[] = [];

      for (const proposal of proposals) {
        let facet = facetByKey.get(proposal.key);
        if (facet?.dismissedAt) continue;
        // A machine facet nobody has saved anything on (still its first version) takes a newer label.
        if (facet && facet.key === proposal.key && facet.origin === "machine" && facet.version === 1 && facet.label !== proposal.label && !relabelled.has(facet.id)) {
          relabelled.set(facet.id, { before: facet.label, after: proposal.label });
        }
        if (!facet) {
          facet = { id: randomUUID(), key: proposal.key, dismissedAt: null, mergedIntoId: null, label: proposal.label, origin: "machine", version: 1 };
          facetByKey.set(proposal.key, facet);
          newFacets.push({ id: facet.id, eventId, key: proposal.key, label: proposal.label, kind: proposal.kind, unit: proposal.unit, origin: "machine" });
        }
        for (const ref of proposal.claims) {
          const article = byArticle.get(ref.articleId);
          const candidate = article?.candidates[ref.candidateIndex];
          if (!article || !candidate) continue;
          const spanKey = spanKeyOf(article.revisionId, candidate.start, candidate.end);
          found.add(spanKey);
          if (taken.has(spanKey)) {
            const old = unreviewed.get(spanKey);
            if (old) {
              const before = plainReading(old);
              const after = plainReading(machineClaimRow(article.revisionId, facet.id, candidate));
              // A newer reading may file the words under another facet; a person's merges still hold.
              const home = old.facetId ? resolve(facetById.get(old.facetId)) : undefined;
              const facetMove = home?.id === facet.id ? undefined : { before: old.facetId, after: facet.id };
              if (facetMove || JSON.stringify(before) !== JSON.stringify(after)) refreshes.push({ id: old.id, version: old.version, quote: candidate.quote, before, after, facet: facetMove });
              unreviewed.delete(spanKey);
            }
            continue;
          }
          taken.add(spanKey);
          newClaims.push(machineClaimRow(article.revisionId, facet.id, candidate));
        }
      }

      const candidates = existing.filter(
        (c) => c.origin === "machine" && c.status === "proposed" && !c.deletedAt && !found.has(spanKeyOf(c.revisionId, c.start, c.end)),
      );
      // The audit entries in the order they always had: the facets, the claims, the claims removed.
      // Each row's audit entry is written by the statement that inserts it, from the row stored.
      await insertRows(tx, "facet", newFacets, { audit: { actor, eventId, entityType: "facet", after: ["key", "label", "kind"] } });
      await insertRows(tx, "claim", newClaims, { audit: { actor, eventId, entityType: "claim", after: ["facetId", "quote", "start", "end"] } });
      const refreshed = await refreshMachineClaims(tx, refreshes, { actor, eventId });
      await relabelMachineFacets(tx, relabelled, { actor, eventId });
      // Conditional on the version read: a claim an editor saved in the meantime is theirs now.
      const removed = candidates.length
        ? new Set(
            (
              await tx.$queryRaw<{ id: string }[]>`
                DELETE FROM "claim" c USING unnest(${candidates.map((c) => c.id)}::uuid[], ${candidates.map((c) => c.version)}::int[]) AS s(id, version)
                WHERE c.id = s.id AND c.version = s.version AND c.deleted_at IS NULL
                RETURNING c.id::text AS id`
            ).map((r) => r.id),
          )
        : new Set<string>();
      const stale = candidates.filter((c) => removed.has(c.id));
      // The facets claims left, moved by a newer reading or removed, go if nothing is left in them.
      const left = [...refreshes.flatMap((r) => (r.facet?.before && refreshed.has(r.id) ? [r.facet.before] : [])), ...stale.flatMap((c) => (c.facetId ? [c.facetId] : []))];
      await removeEmptiedMachineFacets(tx, left, { actor, eventId });
      await insertRows(
        tx,
        "audit_event",
        stale.map((c) => ({ actor, action: "delete" as const, entityType: "claim", entityId: c.id, eventId, before: { revisionId: c.revisionId, start: c.start, end: c.end } })),
      );
      return {
        articles: texts.length,
        skipped,
        facetsCreated: newFacets.length,
        claimsCreated: newClaims.length,
        claimsKept: existing.filter((c) => !c.deletedAt).length - stale.length,
        claimsRefreshed: refreshed.size,
        claimsRemoved: stale.length,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  // The new claims' search entries wait in the search index's pending list until merged.
  if (summary.claimsCreated > 0) await mergeSearchPending();
  return summary;
}

/** A claim's place in its revision, as the extraction tells claims apart. */
const spanKeyOf = (revisionId: string, start: number, end: number) => `${revisionId}:${start}:${end}`;

/**
 * The row of a new machine claim awaiting review. A function of its own rather than a literal in the
 * transaction's loop: called 20,000 times on a large event, V8 optimizes it as it would not the
 * one-off closure around it (building the rows there took longer than writing them).
 */
function machineClaimRow(revisionId: string, facetId: string, candidate: ClaimCandidate): Prisma.ClaimCreateManyInput {
  // The columns named one by one: spreading them into the literal copied them key by key.
  const value = claimValueToColumns(candidate.value, "entity");
  const asOf = asOfToColumns(candidate.scope.asOf);
  return {
    id: randomUUID(),
    revisionId,
    facetId,
    quote: candidate.quote,
    start: candidate.start,
    end: candidate.end,
    valueKind: value.valueKind,
    minValue: value.minValue,
    maxValue: value.maxValue,
    minInclusive: value.minInclusive,
    maxInclusive: value.maxInclusive,
    unit: value.unit,
    dateFrom: value.dateFrom,
    dateTo: value.dateTo,
    datePrecision: value.datePrecision,
    valueText: value.valueText,
    scope: candidate.scope.place ?? null,
    counted: candidate.scope.counted ?? null,
    asOf: asOf.asOf,
    asOfTo: asOf.asOfTo,
    asOfTime: asOf.asOfTime,
    attribution: candidate.attribution ?? null,
    certainty: candidate.certainty,
    figureStatus: candidate.figureStatus ?? null,
    origin: "machine",
    status: "proposed",
    rule: candidate.rule,
  };
}
