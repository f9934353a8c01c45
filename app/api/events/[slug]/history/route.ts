import { getEventOrThrow } from "@/lib/api/get-event-or-throw";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import type { JsonValue } from "@/lib/api/schemas";
import { describeChange } from "@/lib/audit/describe-change";
import { findAuditEventsForEvent } from "@/lib/db/audit";

// GET /api/events/{slug}/history – the recorded changes of the event, newest first
export const GET = handle(operations.listEventHistory, async ({ params, query }) => {
  const event = await getEventOrThrow(params.slug);
  const { rows, hasMore } = await findAuditEventsForEvent(event.id, query);
  return {
    entries: rows.map((row) => ({
      ...row,
      id: row.id.toString(),
      at: row.at.toISOString(),
      summary: describeChange(row),
      // Prisma types a JSON object's members as possibly undefined, which JSON never holds.
      before: row.before as JsonValue,
      after: row.after as JsonValue,
    })),
    hasMore,
  };
});
