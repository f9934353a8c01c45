"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { findEventBySlug } from "@/lib/db/events";
import { createShareLink, revokeShareLink } from "@/lib/db/share-links";
import { eventSlugSchema } from "@/lib/events/schema";
import { toErrorResponse } from "@/lib/errors";
import { createShareLinkInputSchema } from "@/lib/share/share-token";

export type ShareResult = { ok: true; message: string; path?: string } | { ok: false; message: string };

async function eventOf(form: FormData) {
  const slug = eventSlugSchema.parse(form.get("slug"));
  const event = await findEventBySlug(slug);
  if (!event) throw new z.ZodError([{ code: "custom", path: ["slug"], message: "unknown event", input: slug }]);
  return event;
}

/** POST (server action) – create a read-only link to this event's report. */
export async function createShareLinkAction(_previous: ShareResult | null, form: FormData): Promise<ShareResult> {
  try {
    const user = await authorize("editor");
    const event = await eventOf(form);
    const { expiresInDays } = createShareLinkInputSchema.parse({ expiresInDays: form.get("expiresInDays") });
    const token = await createShareLink(event.id, expiresInDays, user.id);
    revalidatePath(`/events/${event.slug}`);
    return { ok: true, message: `Anyone with this link can read the report for ${expiresInDays} day(s). It is shown only now:`, path: `/share/${token}` };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}

/** POST (server action) – revoke a share link. */
export async function revokeShareLinkAction(_previous: ShareResult | null, form: FormData): Promise<ShareResult> {
  try {
    const user = await authorize("editor");
    const event = await eventOf(form);
    await revokeShareLink(event.id, z.uuid().parse(form.get("linkId")), user.id);
    revalidatePath(`/events/${event.slug}`);
    return { ok: true, message: "Revoked." };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}
