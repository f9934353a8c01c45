import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { findAnnotation } from "@/lib/db/annotations";
import { replyToAnnotation } from "@/lib/db/reply-to-annotation";

// POST /api/annotations/{id}/replies – reply in a note's thread
export const POST = handle(operations.replyToAnnotation, async ({ params, body, user }) => {
  await replyToAnnotation({ annotationId: params.id, body: body.body }, { id: user.id, name: user.name }, user.id);
  return (await findAnnotation(params.id))!;
});
