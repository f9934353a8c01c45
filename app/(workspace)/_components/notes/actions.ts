"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { noteFormSchema } from "@/lib/annotations/note-form";
import { confirmAnchorInputSchema, noteBodySchema } from "@/lib/annotations/schema";
import { confirmAnchor } from "@/lib/db/confirm-anchor";
import { createAnnotation } from "@/lib/db/create-annotation";
import { deleteAnnotation } from "@/lib/db/delete-annotation";
import { replyToAnnotation } from "@/lib/db/reply-to-annotation";
import { setAnnotationResolved } from "@/lib/db/set-annotation-resolved";
import { updateAnnotation } from "@/lib/db/update-annotation";
import { eventSlugSchema } from "@/lib/events/schema";

// Notes in the reader (and on the event's notes page), on the one server-action wrapper. Notes
// show on the reader, the event's notes page and verdicts' evidence: every change revalidates all.

const everywhere = () => "/";
const version = z.coerce.number().int().min(1);
const noteRef = { annotationId: z.uuid(), expectedVersion: version };

/** POST (server action) – write a note on the selected words of the latest revision. */
export const createNoteAction = defineAction({
  role: "editor",
  schema: z.intersection(z.object({ revisionId: z.uuid(), start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) }), noteFormSchema),
  run: (input, user) => createAnnotation(input, { id: user.id, name: user.name }, user.id),
  revalidate: everywhere,
  done: () => ({ ok: true, message: "Note saved." }),
});

/** POST (server action) – change what a note says, at the version the editor saw. */
export const updateNoteAction = defineAction({
  role: "editor",
  schema: z.intersection(z.object(noteRef), noteFormSchema),
  run: (input, user) => updateAnnotation(input, user.id),
  revalidate: everywhere,
  done: () => ({ ok: true, message: "Note saved." }),
});

/** POST (server action) – mark a note resolved, or open it again. */
export const resolveNoteAction = defineAction({
  role: "editor",
  schema: z.object({ ...noteRef, resolved: z.enum(["1", "0"]).transform((v) => v === "1") }),
  run: (input, user) => setAnnotationResolved(input, user.id),
  revalidate: everywhere,
  done: (_version, input) => ({ ok: true, message: input.resolved ? "Resolved." : "Opened again." }),
});

/** POST (server action) – delete a note (softly: the event's history can undo it). */
export const deleteNoteAction = defineAction({
  role: "editor",
  schema: z.object({ ...noteRef, slug: eventSlugSchema }),
  run: (input, user) => deleteAnnotation(input, user.id),
  revalidate: everywhere,
  done: (_result, input) => ({ ok: true, message: "Note deleted. The event’s history can undo it.", href: `/events/${input.slug}/history` }),
});

/** POST (server action) – reply in a note's thread. */
export const replyToNoteAction = defineAction({
  role: "editor",
  schema: z.object({ annotationId: z.uuid(), body: noteBodySchema }),
  run: (input, user) => replyToAnnotation(input, { id: user.id, name: user.name }, user.id),
  revalidate: everywhere,
  done: () => ({ ok: true, message: "Reply added." }),
});

/** POST (server action) – confirm that a moved note or claim sits on the right words. */
export const confirmAnchorAction = defineAction({
  role: "editor",
  schema: confirmAnchorInputSchema.extend({ expectedVersion: version }),
  run: (input, user) => confirmAnchor(input, user.id),
  revalidate: everywhere,
  done: () => ({ ok: true, message: "Confirmed: it stays on these words." }),
});
