import { getEventOrThrow } from "@/lib/api/get-event-or-throw";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { startExtraction } from "@/lib/worker/start-import";

// POST /api/events/{slug}/extraction-jobs – find the claims of an event's articles as a background job
export const POST = handle(operations.startExtraction, async ({ params, user }) => {
  const event = await getEventOrThrow(params.slug);
  const { jobId } = await startExtraction(event.id, user.id);
  return { jobId, items: 1, status: `/api/jobs/${jobId}` };
});
