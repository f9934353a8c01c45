"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { findEventBySlug } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { eventSlugSchema } from "@/lib/events/schema";
import { toErrorResponse } from "@/lib/errors";

export type ActionResult = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** POST (server action) – find the claims in every article of the event. */
export async function findClaimsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  if (!slug.success) return { ok: false, message: "Unknown event." };
  try {
    const actor = (await authorize("editor")).id;
    const event = await findEventBySlug(slug.data);
    if (!event) return { ok: false, message: "This event no longer exists." };
    const summary = await extractEventClaims(event.id, actor);
    revalidatePath(`/events/${slug.data}`);
    const skipped = summary.skipped.length ? ` ${summary.skipped.length} article(s) skipped: ${summary.skipped.map((s) => s.reason).join("; ")}.` : "";
    return {
      ok: true,
      message:
        `Read ${summary.articles} article(s): ${summary.claimsCreated} new claim(s), ${summary.claimsKept} kept, ` +
        `${summary.claimsRemoved} removed, ${summary.facetsCreated} new facet(s).${skipped}`,
    };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}
