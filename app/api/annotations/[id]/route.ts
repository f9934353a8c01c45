import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { findAnnotation } from "@/lib/db/annotations";
import { deleteAnnotation } from "@/lib/db/delete-annotation";
import { updateAnnotation } from "@/lib/db/update-annotation";
import { AppError } from "@/lib/errors";

async function getAnnotationOrThrow(id: string) {
  const note = await findAnnotation(id);
  if (!note) throw new AppError("NOT_FOUND", "No note has this id (or it was deleted).");
  return note;
}

// GET /api/annotations/{id} – one note with its thread
export const GET = handle(operations.getAnnotation, async ({ params }) => getAnnotationOrThrow(params.id));

// PATCH /api/annotations/{id} – change what a note says, at the version the caller saw
export const PATCH = handle(operations.updateAnnotation, async ({ params, body, user }) => {
  await updateAnnotation({ ...body, annotationId: params.id }, user.id);
  return getAnnotationOrThrow(params.id);
});

// DELETE /api/annotations/{id} – delete a note softly, at the version the caller saw
export const DELETE = handle(operations.deleteAnnotation, async ({ params, query, user }) => {
  await deleteAnnotation({ annotationId: params.id, expectedVersion: query.expectedVersion }, user.id);
  return { id: params.id, deleted: true as const };
});
