"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { findEventBySlug } from "@/lib/db/events";
import { findJobProgress } from "@/lib/db/jobs";
import { eventSlugSchema } from "@/lib/events/schema";
import { toErrorResponse } from "@/lib/errors";
import type { JobProgress } from "@/lib/jobs/schema";
import { startExtraction } from "@/lib/worker/start-import";

export type ActionResult = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * POST (server action) – find the claims in every article of the event, as a job a worker runs;
 * the button follows the job until it is done.
 */
export async function findClaimsAction(_previous: (ActionResult & { job?: JobProgress }) | null, form: FormData): Promise<ActionResult & { job?: JobProgress }> {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  if (!slug.success) return { ok: false, message: "Unknown event." };
  try {
    const actor = (await authorize("editor")).id;
    const event = await findEventBySlug(slug.data);
    if (!event) return { ok: false, message: "This event no longer exists." };
    const { jobId } = await startExtraction(event.id, actor);
    const job = await findJobProgress(jobId);
    revalidatePath(`/events/${slug.data}`);
    return { ok: true, message: "Finding claims…", job: job ?? undefined };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}
