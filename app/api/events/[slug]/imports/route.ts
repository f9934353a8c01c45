import { getEventOrThrow } from "@/lib/api/get-event-or-throw";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { startImport } from "@/lib/worker/start-import";

// POST /api/events/{slug}/imports – import URLs, files and texts as a background job
export const POST = handle(operations.startImport, async ({ params, body, user }) => {
  const event = await getEventOrThrow(params.slug);
  const { jobId, items } = await startImport(event.id, body, user.id);
  return { jobId, items, status: `/api/jobs/${jobId}` };
});
