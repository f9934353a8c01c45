import "server-only";
import { findEventBySlug } from "../db/events";
import { AppError } from "../errors";

/** The event with this slug; throws NOT_FOUND (404) when there is none. */
export async function getEventOrThrow(slug: string) {
  const event = await findEventBySlug(slug);
  if (!event) throw new AppError("NOT_FOUND", `There is no event "${slug}".`);
  return event;
}
