import { getEventOrThrow } from "@/lib/api/get-event-or-throw";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { findAnnotation, findAnnotationsForEvent } from "@/lib/db/annotations";
import { createAnnotation } from "@/lib/db/create-annotation";

// GET /api/events/{slug}/annotations – the notes of an event, filtered
export const GET = handle(operations.listEventAnnotations, async ({ params, query }) => {
  const event = await getEventOrThrow(params.slug);
  return { annotations: await findAnnotationsForEvent(event.id, query) };
});

// POST /api/events/{slug}/annotations – write a note on words of an article's latest revision
export const POST = handle(operations.createAnnotation, async ({ params, body, user }) => {
  const event = await getEventOrThrow(params.slug);
  const id = await createAnnotation(body, { id: user.id, name: user.name }, user.id, event.id);
  return (await findAnnotation(id))!;
});
