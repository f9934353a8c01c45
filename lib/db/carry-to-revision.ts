import "server-only";
import { carryPassages, movedFromSchema, anchorStateSchema, selectPassage, type CarriedPassage, type PinnedPassage } from "../anchoring";
import type { DbClient } from "./client";

/** How many notes and claims landed where. */
export type CarrySummary = Record<"annotations" | "claims", { anchored: number; moved: number; orphaned: number }>;

const pinnedRevision = { select: { id: true, number: true } } as const;

/**
 * Carries every note, and every claim a person made, confirmed, rejected, corrected or deleted, of
 * the article's earlier revisions to its new revision `target` (lib/anchoring decides where each
 * lands: on its words, moved awaiting a person's confirmation, or an orphan left where it was).
 * Machine claims still awaiting review stay behind: extraction proposes them afresh on the new
 * text. Runs inside the import's transaction; the rows are locked first, so an edit saved at the
 * same moment waits for it (and then finds the new version). Two statements write everything,
 * and one audit entry per row that changed place.
 */
export async function carryToRevision(
  tx: DbClient,
  article: { id: string; eventId: string },
  target: { id: string; number: number; text: string },
  actor: string,
): Promise<CarrySummary> {
  const earlier = { articleId: article.id, id: { not: target.id } };
  await tx.$queryRaw`SELECT a.id FROM "annotation" a JOIN "article_revision" r ON r.id = a.revision_id WHERE r.article_id = ${article.id}::uuid AND r.id <> ${target.id}::uuid FOR UPDATE OF a`;
  await tx.$queryRaw`SELECT c.id FROM "claim" c JOIN "article_revision" r ON r.id = c.revision_id WHERE r.article_id = ${article.id}::uuid AND r.id <> ${target.id}::uuid FOR UPDATE OF c`;
  // One after the other: a transaction is one connection, which runs one query at a time.
  const notes = await tx.annotation.findMany({
    where: { revision: earlier },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorState: true, anchorScore: true, movedFrom: true, version: true, revision: pinnedRevision },
  });
  const claims = await tx.claim.findMany({
    where: { revision: earlier, OR: [{ origin: "human" }, { status: { not: "proposed" } }, { correctedAt: { not: null } }, { deletedAt: { not: null } }] },
    select: { id: true, quote: true, start: true, end: true, anchorState: true, anchorScore: true, movedFrom: true, version: true, revision: pinnedRevision },
  });
  const summary: CarrySummary = { annotations: { anchored: 0, moved: 0, orphaned: 0 }, claims: { anchored: 0, moved: 0, orphaned: 0 } };
  if (notes.length === 0 && claims.length === 0) return summary;

  const revisionIds = [...new Set([...notes, ...claims].map((row) => row.revision.id))];
  const texts = new Map((await tx.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, text: true } })).map((r) => [r.id, r.text]));
  const pin = (row: (typeof notes)[number] | (typeof claims)[number], selectors: PinnedPassage["selectors"]): PinnedPassage => ({
    id: row.id,
    revision: row.revision,
    selectors,
    anchorState: anchorStateSchema.parse(row.anchorState),
    movedFrom: row.movedFrom === null ? null : movedFromSchema.parse(row.movedFrom),
  });
  const carriedNotes = carryPassages(
    notes.map((n) => pin(n, { quote: { exact: n.exact, prefix: n.prefix, suffix: n.suffix }, position: { start: n.start, end: n.end } })),
    texts,
    target,
  );
  // A claim keeps only its quote and offsets: its context comes from the text it was found in.
  const carriedClaims = carryPassages(
    claims.map((c) => pin(c, selectPassage(texts.get(c.revision.id)!, c.start, c.end))),
    texts,
    target,
  );

  const before = new Map([...notes, ...claims].map((row) => [row.id, row]));
  const changed = (c: CarriedPassage) => {
    const old = before.get(c.id)!;
    return old.revision.id !== c.revisionId || old.anchorState !== c.state || old.anchorScore !== c.score;
  };
  const notesToWrite = carriedNotes.filter(changed);
  const claimsToWrite = carriedClaims.filter(changed);
  const columns = (rows: CarriedPassage[]) => ({
    ids: rows.map((r) => r.id),
    revisions: rows.map((r) => r.revisionId),
    starts: rows.map((r) => r.selectors.position.start),
    ends: rows.map((r) => r.selectors.position.end),
    states: rows.map((r) => r.state),
    scores: rows.map((r) => r.score),
    movedFrom: rows.map((r) => (r.movedFrom ? JSON.stringify(r.movedFrom) : null)),
    versions: rows.map((r) => before.get(r.id)!.version),
  });
  if (notesToWrite.length) {
    const c = columns(notesToWrite);
    await tx.$executeRaw`
      UPDATE "annotation" a SET revision_id = s.revision_id, exact = s.exact, prefix = s.prefix, suffix = s.suffix, start = s.start, "end" = s."end",
        anchor_state = s.state, anchor_score = s.score, moved_from = s.moved_from::jsonb, version = a.version + 1, updated_at = now()
      FROM unnest(${c.ids}::uuid[], ${c.revisions}::uuid[], ${notesToWrite.map((r) => r.selectors.quote.exact)}::text[],
        ${notesToWrite.map((r) => r.selectors.quote.prefix)}::text[], ${notesToWrite.map((r) => r.selectors.quote.suffix)}::text[],
        ${c.starts}::int[], ${c.ends}::int[], ${c.states}::text[], ${c.scores}::float8[], ${c.movedFrom}::text[], ${c.versions}::int[])
        AS s(id, revision_id, exact, prefix, suffix, start, "end", state, score, moved_from, version)
      WHERE a.id = s.id AND a.version = s.version`;
  }
  if (claimsToWrite.length) {
    const c = columns(claimsToWrite);
    await tx.$executeRaw`
      UPDATE "claim" k SET revision_id = s.revision_id, quote = s.quote, start = s.start, "end" = s."end",
        anchor_state = s.state, anchor_score = s.score, moved_from = s.moved_from::jsonb, version = k.version + 1, updated_at = now()
      FROM unnest(${c.ids}::uuid[], ${c.revisions}::uuid[], ${claimsToWrite.map((r) => r.selectors.quote.exact)}::text[],
        ${c.starts}::int[], ${c.ends}::int[], ${c.states}::text[], ${c.scores}::float8[], ${c.movedFrom}::text[], ${c.versions}::int[])
        AS s(id, revision_id, quote, start, "end", state, score, moved_from, version)
      WHERE k.id = s.id AND k.version = s.version`;
  }
  const entries = [
    ...notesToWrite.map((r) => ({ row: r, entityType: "annotation" })),
    ...claimsToWrite.map((r) => ({ row: r, entityType: "claim" })),
  ].map(({ row, entityType }) => {
    const old = before.get(row.id)!;
    const quote = "exact" in old ? old.exact : old.quote;
    return {
      actor,
      action: "update" as const,
      entityType,
      entityId: row.id,
      eventId: article.eventId,
      before: { quote, revision: old.revision.number, start: old.start, end: old.end, anchorState: old.anchorState, version: old.version },
      after: {
        quote: row.selectors.quote.exact,
        revision: row.revisionId === target.id ? target.number : old.revision.number,
        start: row.selectors.position.start,
        end: row.selectors.position.end,
        anchorState: row.state,
        version: old.version + 1,
      },
    };
  });
  if (entries.length) await tx.auditEvent.createMany({ data: entries });
  for (const [kind, rows] of [["annotations", carriedNotes], ["claims", carriedClaims]] as const) {
    for (const row of rows) summary[kind][row.state] += 1;
  }
  return summary;
}
