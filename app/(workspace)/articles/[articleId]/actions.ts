"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { z } from "zod";
import { claimInputFromForm, manualClaimFormSchema } from "@/lib/claims/manual-claim-form";
import { createClaim } from "@/lib/db/create-claim";
import { findFacetForClaimForm } from "@/lib/db/facets";
import { toErrorResponse } from "@/lib/errors";

export type MarkClaimResult = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** POST (server action) – store a claim a person marked in the reader. */
export async function markClaimAction(_previous: MarkClaimResult | null, form: FormData): Promise<MarkClaimResult> {
  const parsed = manualClaimFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    const actor = (await authorize("editor")).id;
    const facet = await findFacetForClaimForm(parsed.data.facetId, parsed.data.revisionId);
    if (!facet) return { ok: false, message: "That facet is not part of this article's event.", fieldErrors: { facetId: ["choose another facet"] } };
    const outcome = claimInputFromForm(parsed.data, facet.kind, facet.language);
    if (!outcome.ok) return { ok: false, message: "Please correct the marked fields.", fieldErrors: { [outcome.field]: [outcome.message] } };
    await createClaim(outcome.input, actor);
    revalidatePath(`/articles/${facet.articleId}`);
    return { ok: true, message: `Claim added to “${facet.label}”.` };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}
