import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { deleteEvent } from "@/lib/db/events";
import { updateEvent } from "@/lib/db/update-event";
import { AppError } from "@/lib/errors";

// PATCH /api/events/{slug} – rename or describe an event
export const PATCH = handle(operations.updateEvent, async ({ params, body, user }) => updateEvent(params.slug, body, user.id));

// DELETE /api/events/{slug} – delete an event softly (undo from its history)
export const DELETE = handle(operations.deleteEvent, async ({ params, user }) => {
  if (!(await deleteEvent(params.slug, user.id))) throw new AppError("NOT_FOUND", `There is no event "${params.slug}".`);
  return { slug: params.slug, deleted: true as const, undo: `/events/${params.slug}/history` };
});
