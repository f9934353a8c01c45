import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { createEvent } from "@/lib/db/create-event";
import { findEvents } from "@/lib/db/events";

// GET /api/events – the events with their article and facet counts
export const GET = handle(operations.listEvents, async () => {
  const events = await findEvents();
  return { events: events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })) };
});

// POST /api/events – create an event
export const POST = handle(operations.createEvent, async ({ body, user }) => {
  const event = await createEvent(body, user.id);
  return { ...event, createdAt: event.createdAt.toISOString() };
});
