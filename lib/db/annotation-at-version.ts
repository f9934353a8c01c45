import "server-only";
import type { Prisma } from "./client";
import { AppError, EditConflictError } from "../errors";
import type { DbClient } from "./client";

// Shared by the operations that change one note: the note as stored, and the update that only
// lands on the version the editor saw.

const storedSelect = {
  id: true,
  version: true,
  revisionId: true,
  exact: true,
  body: true,
  tags: true,
  stance: true,
  claimId: true,
  facetId: true,
  resolvedAt: true,
  anchorState: true,
  movedFrom: true,
  revision: { select: { articleId: true, article: { select: { eventId: true } } } },
} as const satisfies Prisma.AnnotationSelect;

export type StoredAnnotation = Prisma.AnnotationGetPayload<{ select: typeof storedSelect }>;

/** A live note (on a live article of a live event), or NOT_FOUND. */
export async function getLiveAnnotationOrThrow(tx: DbClient, id: string): Promise<StoredAnnotation> {
  const note = await tx.annotation.findFirst({
    where: { id, deletedAt: null, revision: { article: { deletedAt: null, event: { deletedAt: null } } } },
    select: storedSelect,
  });
  if (!note) throw new AppError("NOT_FOUND", "That note does not exist any more (it may have been deleted: see the event's history).");
  return note;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The note as a conflict shows it: what a person compares before choosing. */
export function annotationSide(note: StoredAnnotation) {
  return {
    version: note.version,
    note: short(note.body),
    tags: note.tags.join(", "),
    stance: note.stance,
    resolved: note.resolvedAt !== null,
    deleted: false,
  };
}

/**
 * Applies `data` and bumps the version, in one statement conditional on `expectedVersion`; throws
 * EditConflictError (nothing written) with both sides when someone saved first.
 * @returns the version after the update
 */
export async function updateAnnotationAtVersion(
  tx: DbClient,
  note: StoredAnnotation,
  expectedVersion: number,
  data: Prisma.AnnotationUpdateManyMutationInput,
  attempted: Partial<ReturnType<typeof annotationSide>>,
): Promise<number> {
  const conflict = (now: StoredAnnotation) =>
    new EditConflictError("note", now.id, annotationSide(now), { ...annotationSide(now), ...attempted, version: expectedVersion });
  if (note.version !== expectedVersion) throw conflict(note);
  const { count } = await tx.annotation.updateMany({ where: { id: note.id, version: expectedVersion, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflict(await getLiveAnnotationOrThrow(tx, note.id));
  return expectedVersion + 1;
}

/**
 * Checks that the claim and facet a note links to are live parts of the note's event (a claim
 * not deleted, a facet not dismissed); throws NOT_FOUND otherwise.
 */
export async function checkNoteLinks(tx: DbClient, eventId: string, links: { claimId?: string | null; facetId?: string | null }): Promise<void> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const claim = links.claimId
    ? await tx.claim.findFirst({ where: { id: links.claimId, deletedAt: null, revision: { article: { eventId, deletedAt: null } } }, select: { id: true } })
    : null;
  const facet = links.facetId ? await tx.facet.findFirst({ where: { id: links.facetId, eventId, dismissedAt: null }, select: { id: true } }) : null;
  if (links.claimId && !claim) throw new AppError("NOT_FOUND", "The linked claim is not part of this event (or was deleted).");
  if (links.facetId && !facet) throw new AppError("NOT_FOUND", "The linked facet is not part of this event (or was dismissed).");
}
