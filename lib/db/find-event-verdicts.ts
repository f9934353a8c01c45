import "server-only";
import type { VerdictInput } from "../report/schema";
import { verdictRatingSchema } from "../verdicts/schema";
import { getDb } from "./client";

/** A stored verdict: the report's shape, with what the export keeps of the row. */
export type StoredVerdict = VerdictInput & { id: string; createdAt: string };

/**
 * The live verdicts of the event's live facets, oldest first (so the newest of a facet comes last).
 * The one place that reads the verdict table for reports.
 */
export async function findEventVerdicts(eventId: string): Promise<StoredVerdict[]> {
  const rows = await getDb().verdict.findMany({
    where: { deletedAt: null, facet: { eventId, dismissedAt: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, facetId: true, rating: true, explanation: true, authorName: true, createdAt: true, updatedAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    facetId: row.facetId,
    createdAt: row.createdAt.toISOString(),
    rating: verdictRatingSchema.parse(row.rating),
    explanation: row.explanation,
    author: row.authorName,
    date: row.updatedAt.toISOString().slice(0, 10),
  }));
}
