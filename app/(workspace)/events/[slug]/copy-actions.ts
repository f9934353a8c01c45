"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { forgetCopyDecisionsInputSchema, joinCopiesInputSchema, splitCopyInputSchema } from "@/lib/copies/schema";
import { forgetCopyDecisions } from "@/lib/db/forget-copy-decisions";
import { joinCopies } from "@/lib/db/join-copies";
import { splitCopy } from "@/lib/db/split-copy";
import { eventSlugSchema } from "@/lib/events/schema";
import { EditConflictError, toErrorResponse } from "@/lib/errors";
import type { ActionResult } from "./actions";

/** The event page the form was on, which every change revalidates. */
function eventPath(form: FormData): string | null {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  return slug.success ? `/events/${slug.data}` : null;
}

/**
 * The error as the form shows it. A changed group is not "theirs or mine": the grouping moved on
 * (an import regrouped it, or another editor split or joined), so the page is shown as it is now.
 */
function failed(error: unknown, path: string): ActionResult {
  if (error instanceof EditConflictError) {
    revalidatePath(path);
    return { ok: false, message: "These copies changed while you were looking (an import or another editor regrouped them). Nothing was changed: look again." };
  }
  return { ok: false, message: toErrorResponse(error).body.error };
}

/** POST (server action) – take one article out of its copy group. */
export async function splitCopyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const path = eventPath(form);
  try {
    const actor = (await authorize("editor")).id;
    const input = splitCopyInputSchema.safeParse({ groupId: form.get("groupId"), articleId: form.get("articleId"), expectedVersion: Number(form.get("expectedVersion")) });
    if (!path || !input.success) return { ok: false, message: "This copy cannot be split from here." };
    await splitCopy(input.data, actor);
  } catch (error) {
    return failed(error, path ?? "/events");
  }
  revalidatePath(path);
  return { ok: true, message: "Split: it counts as a source of its own now, and stays apart when more articles come in." };
}

/**
 * POST (server action) – mark the chosen articles as copies of one text. Each checkbox `article`
 * names an article; `group:<articleId>` says which group and version it was in ("<id>:<version>",
 * empty when alone) when the editor looked.
 */
export async function joinCopiesAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const path = eventPath(form);
  try {
    const actor = (await authorize("editor")).id;
    const articles = form.getAll("article").map((value) => {
      const [groupId = "", version = ""] = String(form.get(`group:${String(value)}`) ?? "").split(":");
      return { articleId: String(value), groupId: groupId || null, expectedVersion: version ? Number(version) : null };
    });
    const input = joinCopiesInputSchema.safeParse({ articles });
    if (!path) return { ok: false, message: "Unknown event." };
    if (!input.success) return { ok: false, message: articles.length < 2 ? "Choose at least two articles." : "These articles cannot be joined from here." };
    await joinCopies(input.data, actor);
  } catch (error) {
    return failed(error, path ?? "/events");
  }
  revalidatePath(path);
  return { ok: true, message: "Marked as copies of one text: they count as one voice now." };
}

/** POST (server action) – set aside every editor's decision about these articles; the machine decides again. */
export async function forgetCopyDecisionsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const path = eventPath(form);
  try {
    const actor = (await authorize("editor")).id;
    const input = forgetCopyDecisionsInputSchema.safeParse({ articleIds: form.getAll("articleId").map(String) });
    if (!path || !input.success) return { ok: false, message: "These articles cannot be handed back from here." };
    await forgetCopyDecisions(input.data, actor);
  } catch (error) {
    return failed(error, path ?? "/events");
  }
  revalidatePath(path);
  return { ok: true, message: "Handed back: the machine decides again from the texts alone." };
}
