"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { undoDeletionInputSchema } from "@/lib/audit/schema";
import { undoDeletion } from "@/lib/db/undo-deletion";
import { eventSlugSchema } from "@/lib/events/schema";
import { toErrorResponse } from "@/lib/errors";
import type { ActionResult } from "../actions";

/** POST (server action) – undo one recorded deletion: the row comes back, and the record says so. */
export async function undoDeletionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  const input = undoDeletionInputSchema.safeParse({ auditEventId: form.get("auditEventId") });
  if (!slug.success || !input.success) return { ok: false, message: "This deletion cannot be undone from here." };
  try {
    const restored = await undoDeletion(input.data, (await authorize("editor")).id);
    revalidatePath(`/events/${slug.data}`, "layout");
    return { ok: true, message: `Restored the ${restored.entityType}.` };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}
