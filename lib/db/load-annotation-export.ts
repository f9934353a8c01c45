import "server-only";
import { toAnnotationCollection, type AnnotationCollection } from "../export/annotation-collection";
import { findAnnotationsForEvent } from "./annotations";
import { findEventBySlug } from "./events";

/**
 * Every note of a live event (with its replies) as a W3C Web Annotation collection, or null when
 * no live event has this slug. Deleted notes are left out; orphans are exported on the revision
 * whose words they still hold.
 */
export async function loadAnnotationExport(slug: string): Promise<AnnotationCollection | null> {
  const event = await findEventBySlug(slug);
  if (!event) return null;
  const notes = await findAnnotationsForEvent(event.id);
  return toAnnotationCollection(event, notes.map((note) => ({ ...note, language: note.article.language })));
}
