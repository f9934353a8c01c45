"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/session";
import { claimInputFromForm, manualClaimFormSchema } from "@/lib/claims/manual-claim-form";
import { createClaim } from "@/lib/db/create-claim";
import { findFacetForClaimForm, findRevisionForClaimForm } from "@/lib/db/facets";
import { updateArticleInputSchema } from "@/lib/articles/schema";
import { updateArticle } from "@/lib/db/update-article";
import { AppError, EditConflictError, toErrorResponse, type ConflictSide } from "@/lib/errors";

/** The facet the claim goes to, as the form chose it: an existing one of the event, or a new one. */
async function targetFacet(form: { facetId: string; revisionId: string; newFacetLabel?: string; newFacetKind?: "quantity" | "date" | "entity" | "text" }) {
  if (form.facetId === "new") {
    const revision = await findRevisionForClaimForm(form.revisionId);
    if (!revision) throw new AppError("NOT_FOUND", "That article revision does not exist (or its article was deleted).");
    return { ...revision, label: form.newFacetLabel ?? "", kind: form.newFacetKind ?? "text" };
  }
  const facet = await findFacetForClaimForm(form.facetId, form.revisionId);
  if (!facet) throw new AppError("NOT_FOUND", "That facet is not part of this article's event.");
  return facet;
}

/** POST (server action) – store a claim a person marked in the reader, under a facet or a new one. */
export const markClaimAction = defineAction({
  role: "editor",
  schema: manualClaimFormSchema,
  run: async (form, user) => {
    const facet = await targetFacet(form);
    const outcome = claimInputFromForm(form, facet.kind, facet.language);
    if (!outcome.ok) throw new AppError("INVALID", `${outcome.message[0]!.toUpperCase()}${outcome.message.slice(1)}.`);
    await createClaim(outcome.input, user.id);
    return facet;
  },
  // The reader and every page of the event show claims.
  revalidate: () => "/",
  done: (facet) => ({ ok: true, message: `Claim added to “${facet.label}”.` }),
});

export type ArticleMetadataResult =
  | { ok: true; message: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; conflict?: { current: ConflictSide; attempted: ConflictSide } };

/** POST (server action) – set or correct an article's metadata, at the version the editor saw. */
export async function updateArticleMetadataAction(_previous: ArticleMetadataResult | null, form: FormData): Promise<ArticleMetadataResult> {
  const articleId = z.uuid().safeParse(form.get("articleId"));
  if (!articleId.success) return { ok: false, message: "This article cannot be edited from here." };
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value.trim() : null;
  };
  try {
    const actor = (await authorize("editor")).id;
    const input = updateArticleInputSchema.safeParse({
      title: form.get("title") ?? "",
      url: text("url"),
      outlet: text("outlet"),
      publishedAt: text("publishedAt"),
      language: form.get("language") ?? "",
      author: text("author"),
      expectedVersion: Number(form.get("expectedVersion")),
    });
    if (!input.success) return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(input.error).fieldErrors };
    await updateArticle(articleId.data, input.data, actor);
  } catch (error) {
    if (error instanceof EditConflictError) {
      return {
        ok: false,
        message: "Someone saved this article while you were editing; nothing of yours was saved. Their version is below; Save again applies yours on top of it.",
        conflict: { current: error.current, attempted: error.attempted },
      };
    }
    return { ok: false, message: toErrorResponse(error).body.error };
  }
  revalidatePath(`/articles/${articleId.data}`);
  revalidatePath("/events", "layout");
  return { ok: true, message: "Saved." };
}
