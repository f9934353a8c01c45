import { getEventOrThrow } from "@/lib/api/get-event-or-throw";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { extractEventClaims } from "@/lib/db/extract-event-claims";

// POST /api/events/{slug}/extract – find the claims in every article of the event
export const POST = handle(operations.extractEventClaims, async ({ params, user }) => {
  const event = await getEventOrThrow(params.slug);
  return extractEventClaims(event.id, user.id);
});
