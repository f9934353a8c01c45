"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { deleteEvent } from "@/lib/db/events";
import { updateEvent } from "@/lib/db/update-event";
import { eventSlugSchema, updateEventInputSchema } from "@/lib/events/schema";
import { EditConflictError, toErrorResponse, type ConflictSide } from "@/lib/errors";
import type { ActionResult } from "./actions";

export type EventEditResult = ActionResult & { conflict?: { current: ConflictSide; attempted: ConflictSide } };

/** POST (server action) – rename and describe the event, at the version the editor saw. */
export async function updateEventAction(_previous: EventEditResult | null, form: FormData): Promise<EventEditResult> {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  if (!slug.success) return { ok: false, message: "Unknown event." };
  try {
    const actor = (await authorize("editor")).id;
    const input = updateEventInputSchema.safeParse({ title: form.get("title"), description: form.get("description") ?? "", expectedVersion: Number(form.get("expectedVersion")) });
    if (!input.success) return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(input.error).fieldErrors as Record<string, string[]> };
    await updateEvent(slug.data, input.data, actor);
  } catch (error) {
    if (error instanceof EditConflictError) {
      return { ok: false, message: "Someone saved this event while you were editing; nothing of yours was saved. Theirs is shown now: edit again.", conflict: { current: error.current, attempted: error.attempted } };
    }
    return { ok: false, message: toErrorResponse(error).body.error };
  }
  revalidatePath(`/events/${slug.data}`, "layout");
  revalidatePath("/events");
  return { ok: true, message: "Saved." };
}

/** POST (server action) – delete the event softly; its history page offers the undo. */
export async function deleteEventAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  if (!slug.success) return { ok: false, message: "Unknown event." };
  try {
    const actor = (await authorize("editor")).id;
    if (!(await deleteEvent(slug.data, actor))) return { ok: false, message: "This event was deleted already." };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
  revalidatePath("/events");
  redirect(`/events/${slug.data}/history?deleted=1`);
}

