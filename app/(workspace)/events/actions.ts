"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { createEvent } from "@/lib/db/create-event";
import { createEventInputSchema } from "@/lib/events/schema";
import { toErrorResponse } from "@/lib/errors";
import type { ActionResult } from "./[slug]/actions";

/** What the new-event form shows after submitting, with what was typed. */
export type CreateEventResult = ActionResult & { values?: Record<string, string> };

/** POST (server action) – create an event, then add its articles. */
export async function createEventAction(_previous: CreateEventResult | null, form: FormData): Promise<CreateEventResult> {
  const values = { title: String(form.get("title") ?? ""), slug: String(form.get("slug") ?? ""), description: String(form.get("description") ?? "") };
  let slug: string;
  try {
    const actor = (await authorize("editor")).id;
    const input = createEventInputSchema.safeParse(values);
    if (!input.success) {
      return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(input.error).fieldErrors as Record<string, string[]>, values };
    }
    slug = (await createEvent(input.data, actor)).slug;
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error, values };
  }
  redirect(`/events/${slug}/import`);
}
