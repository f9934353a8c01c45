import { beforeAll, describe, expect, test } from "vitest";
import { findArticleForReader, findArticlesForEvent } from "@/lib/db/articles";
import { findClaimsForRevision } from "@/lib/db/claims";
import { getDb } from "@/lib/db/client";
import { deleteArticle } from "@/lib/db/delete-article";
import { deleteClaim } from "@/lib/db/delete-claim";
import { mergeFacets, renameFacet } from "@/lib/db/edit-facets";
import { deleteEvent, ensureEvent, findEventForHistory, findEvents } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { findDeletionStates } from "@/lib/db/find-deletion-states";
import { loadEventComparison } from "@/lib/db/load-event-comparison";
import { loadEventExport } from "@/lib/db/load-event-export";
import { loadFacetView } from "@/lib/db/load-facet-view";
import { setClaimStatus } from "@/lib/db/review-claims";
import { undoDeletion } from "@/lib/db/undo-deletion";
import { AppError, EditConflictError } from "@/lib/errors";
import { loadDemo } from "@/scripts/lib/load-demo";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

const EDITOR = "editor-user-id";

const claimVersion = async (id: string) => (await getDb().claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const facetVersion = async (id: string) => (await getDb().facet.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** The record's latest entry about one row. */
async function lastEntry(entityType: string, entityId: string) {
  return getDb().auditEvent.findFirstOrThrow({ where: { entityType, entityId }, orderBy: { id: "desc" } });
}

async function exportedClaimIds(slug: string) {
  const exported = await loadEventExport(slug);
  return exported!.facets.flatMap((f) => f.claims.map((c) => c.id));
}

describe("soft deletes, and undoing them from the history", () => {
  let slug: string;
  let eventId: string;
  let facetId: string;
  let claim: { id: string; revisionId: string; start: number; end: number };

  beforeAll(async () => {
    slug = (await loadDemo()).slug;
    eventId = (await getDb().event.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    await extractEventClaims(eventId, "test");
    const facet = await getDb().facet.findFirstOrThrow({
      where: { eventId, claims: { some: {} } },
      orderBy: { createdAt: "asc" },
      select: { id: true, claims: { orderBy: { start: "asc" }, take: 1, select: { id: true, revisionId: true, start: true, end: true } } },
    });
    facetId = facet.id;
    claim = facet.claims[0]!;
  });

  test("a deleted claim leaves the facet view, the overview, the reader and the export, and stays on record", async () => {
    const version = await claimVersion(claim.id);
    await deleteClaim({ claimId: claim.id, expectedVersion: version }, EDITOR);

    expect((await loadFacetView(slug, facetId))!.input.claims.map((c) => c.id)).not.toContain(claim.id);
    expect(await exportedClaimIds(slug)).not.toContain(claim.id);
    const overview = await loadEventComparison(slug);
    expect(overview!.input.facets.flatMap((f) => f.claims.map((c) => c.claim.id))).not.toContain(claim.id);
    expect((await findClaimsForRevision(claim.revisionId)).map((c) => c.id)).not.toContain(claim.id);

    const entry = await lastEntry("claim", claim.id);
    expect(entry).toMatchObject({ action: "delete", actor: EDITOR, eventId });
    expect(entry.before).toMatchObject({ deletedAt: null, version });
    expect(await claimVersion(claim.id)).toBe(version + 1);
    expect((await findDeletionStates([entry])).get(entry.id.toString())).toBe("undoable");
  });

  test("a deleted claim cannot be reviewed or deleted again, and re-extraction does not propose its words again", async () => {
    const version = await claimVersion(claim.id);
    await expect(setClaimStatus({ claimId: claim.id, status: "confirmed", expectedVersion: version }, EDITOR)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteClaim({ claimId: claim.id, expectedVersion: version }, EDITOR)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const summary = await extractEventClaims(eventId, "test");
    expect(summary.claimsCreated).toBe(0);
    expect(summary.claimsRemoved).toBe(0);
    const atTheseWords = await getDb().claim.count({ where: { revisionId: claim.revisionId, start: claim.start, end: claim.end } });
    expect(atTheseWords).toBe(1);
  });

  test("Undo brings the claim back everywhere, records the restore, and cannot be done twice", async () => {
    const deletion = await lastEntry("claim", claim.id);
    const version = await claimVersion(claim.id);
    await undoDeletion({ auditEventId: deletion.id.toString() }, EDITOR);

    expect((await loadFacetView(slug, facetId))!.input.claims.map((c) => c.id)).toContain(claim.id);
    expect(await exportedClaimIds(slug)).toContain(claim.id);
    expect(await claimVersion(claim.id)).toBe(version + 1);
    const restore = await lastEntry("claim", claim.id);
    expect(restore).toMatchObject({ action: "restore", actor: EDITOR, eventId });
    expect(restore.after).toMatchObject({ deletedAt: null, undoes: deletion.id.toString() });
    expect((await findDeletionStates([deletion])).get(deletion.id.toString())).toBe("restored");

    await expect(undoDeletion({ auditEventId: deletion.id.toString() }, EDITOR)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(undoDeletion({ auditEventId: restore.id.toString() }, EDITOR)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("an outdated version is refused with both sides, and nothing is written", async () => {
    const version = await claimVersion(claim.id);
    const facetSeen = await facetVersion(facetId);
    await setClaimStatus({ claimId: claim.id, status: "confirmed", expectedVersion: version }, "someone-else");
    await renameFacet({ facetId, label: "Theirs", expectedVersion: facetSeen }, "someone-else");
    const entries = await getDb().auditEvent.count();

    const refused = await deleteClaim({ claimId: claim.id, expectedVersion: version }, EDITOR).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EditConflictError);
    expect(refused).toMatchObject({ code: "CONFLICT", current: { version: version + 1, status: "confirmed" }, attempted: { version, status: "deleted" } });
    const renamed = await renameFacet({ facetId, label: "Mine", expectedVersion: facetSeen }, EDITOR).catch((error: unknown) => error);
    expect(renamed).toMatchObject({ code: "CONFLICT", current: { version: facetSeen + 1, label: "Theirs" }, attempted: { version: facetSeen, label: "Mine" } });
    expect(await getDb().auditEvent.count()).toBe(entries);
    expect(await claimVersion(claim.id)).toBe(version + 1);
  });

  test("undoing a merge brings the facet back with the claims that were moved", async () => {
    const facets = await getDb().facet.findMany({ where: { eventId, dismissedAt: null, kind: "quantity" }, select: { id: true, version: true, claims: { select: { id: true } } } });
    const source = facets.find((f) => f.claims.length > 0)!;
    const target = facets.find((f) => f.id !== source.id)!;
    await mergeFacets({ sourceId: source.id, targetId: target.id, expectedVersion: source.version }, EDITOR);
    expect(await getDb().claim.count({ where: { facetId: source.id } })).toBe(0);

    const deletion = await lastEntry("facet", source.id);
    expect(deletion.action).toBe("delete");
    await undoDeletion({ auditEventId: deletion.id.toString() }, EDITOR);
    const restored = await getDb().facet.findUniqueOrThrow({ where: { id: source.id }, select: { dismissedAt: true, claims: { select: { id: true } } } });
    expect(restored.dismissedAt).toBeNull();
    expect(restored.claims.map((c) => c.id).sort()).toEqual(source.claims.map((c) => c.id).sort());
  });

  test("a deleted article takes its claims out of every view until it is restored", async () => {
    const article = await getDb().article.findFirstOrThrow({
      where: { eventId, revisions: { some: { claims: { some: { deletedAt: null } } } } },
      select: { id: true, version: true, revisions: { select: { claims: { select: { id: true } } } } },
    });
    const its = article.revisions.flatMap((r) => r.claims.map((c) => c.id));
    await deleteArticle({ articleId: article.id, expectedVersion: article.version }, EDITOR);

    expect(await findArticleForReader(article.id)).toBeNull();
    expect((await findArticlesForEvent(eventId)).map((a) => a.id)).not.toContain(article.id);
    const exported = await loadEventExport(slug);
    expect(exported!.articles.map((a) => a.id)).not.toContain(article.id);
    expect((await exportedClaimIds(slug)).filter((id) => its.includes(id))).toEqual([]);

    await undoDeletion({ auditEventId: (await lastEntry("article", article.id)).id.toString() }, EDITOR);
    expect(await findArticleForReader(article.id)).not.toBeNull();
    expect((await exportedClaimIds(slug)).some((id) => its.includes(id))).toBe(true);
  });

  test("re-extraction removes for good a machine claim it no longer finds, but never a deleted one", async () => {
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, deletedAt: _d, readByMachine: _r, movedFrom: _m, ...model } = await getDb().claim.findFirstOrThrow({
      where: { origin: "machine", deletedAt: null, revision: { article: { eventId } } },
    });
    // Two claims at words the extractor does not find (as after a change of its rules).
    const stale = await getDb().claim.create({ data: { ...model, start: 0, end: 1, status: "proposed" }, select: { id: true } });
    const deleted = await getDb().claim.create({ data: { ...model, start: 1, end: 2, status: "proposed" }, select: { id: true, version: true } });
    await deleteClaim({ claimId: deleted.id, expectedVersion: deleted.version }, EDITOR);

    const summary = await extractEventClaims(eventId, "test");
    expect(summary.claimsRemoved).toBe(1);
    expect(await getDb().claim.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await getDb().claim.findUnique({ where: { id: deleted.id } })).not.toBeNull();
    expect(await lastEntry("claim", stale.id)).toMatchObject({ action: "delete", actor: "test" });
    const gone = await lastEntry("claim", stale.id);
    expect((await findDeletionStates([gone])).get(gone.id.toString())).toBe("gone");
  });

  test("a deleted event is hidden, keeps its slug and its history, and comes back with Undo", async () => {
    expect(await deleteEvent(slug, EDITOR)).toBe(true);
    expect(await loadEventComparison(slug)).toBeNull();
    expect(await loadEventExport(slug)).toBeNull();
    expect((await findEvents()).map((e) => e.slug)).not.toContain(slug);
    await expect(ensureEvent({ slug }, "cli")).rejects.toBeInstanceOf(AppError);
    const forHistory = await findEventForHistory(slug);
    expect(forHistory?.deletedAt).toBeInstanceOf(Date);

    const deletion = await lastEntry("event", eventId);
    await undoDeletion({ auditEventId: deletion.id.toString() }, EDITOR);
    expect(await loadEventComparison(slug)).not.toBeNull();
    expect((await findEventForHistory(slug))?.deletedAt).toBeNull();
  });
});
