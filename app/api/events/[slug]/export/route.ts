import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { loadEventExport } from "@/lib/db/load-event-export";
import { AppError } from "@/lib/errors";

// GET /api/events/{slug}/export – everything about one event as versioned JSON
export const GET = handle(operations.exportEvent, async ({ params }) => {
  const exported = await loadEventExport(params.slug);
  if (!exported) throw new AppError("NOT_FOUND", `There is no event "${params.slug}".`);
  return exported;
});
