"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setClaimStatusInputSchema, valueKindSchema } from "@/lib/claims/schema";
import { mergeFacets, renameFacet, setFacetDismissed } from "@/lib/db/edit-facets";
import { moveClaims, setClaimStatus } from "@/lib/db/review-claims";
import { eventSlugSchema } from "@/lib/events/schema";
import { toErrorResponse } from "@/lib/errors";
import { mergeFacetsInputSchema, moveClaimsInputSchema, renameFacetInputSchema } from "@/lib/facets/schema";
import type { ActionResult } from "../../actions";

/** What a review form shows after submitting; `href` leads to where moved claims went. */
export type FacetActionResult = ActionResult & { href?: string };

const dismissFacetInputSchema = renameFacetInputSchema.pick({ facetId: true }).extend({ dismissed: z.enum(["1", "0"]).transform((v) => v === "1") });

const invalid = (error: z.ZodError, message = "Please correct the marked fields."): FacetActionResult => ({
  ok: false,
  message,
  fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
});
const failed = (error: unknown): FacetActionResult => ({ ok: false, message: toErrorResponse(error).body.error });

/** The event the form was on; every change revalidates the event page and its facets. */
function eventPath(form: FormData): string | null {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  return slug.success ? `/events/${slug.data}` : null;
}

/** POST (server action) – confirm, reject or reopen one claim. */
export async function reviewClaimAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = setClaimStatusInputSchema.safeParse({ claimId: form.get("claimId"), status: form.get("status") });
  if (!path || !input.success) return { ok: false, message: "This claim cannot be reviewed from here." };
  try {
    await setClaimStatus(input.data.claimId, input.data.status, (await authorize("editor")).id);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(path, "layout");
  const done = { confirmed: "Confirmed.", rejected: "Rejected: it no longer takes part in comparisons.", proposed: "Reopened for review." };
  return { ok: true, message: done[input.data.status] };
}

/** POST (server action) – give the facet another name. */
export async function renameFacetAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = renameFacetInputSchema.safeParse({ facetId: form.get("facetId"), label: form.get("label") });
  if (!path) return { ok: false, message: "Unknown event." };
  if (!input.success) return invalid(input.error);
  try {
    await renameFacet(input.data.facetId, input.data.label, (await authorize("editor")).id);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(path, "layout");
  return { ok: true, message: "Renamed." };
}

/** POST (server action) – move every claim of this facet into another and dismiss this one. */
export async function mergeFacetAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = mergeFacetsInputSchema.safeParse({ sourceId: form.get("facetId"), targetId: form.get("targetId") || undefined });
  if (!path) return { ok: false, message: "Unknown event." };
  if (!input.success) return invalid(input.error, "Choose the facet to merge into.");
  try {
    await mergeFacets(input.data.sourceId, input.data.targetId, (await authorize("editor")).id);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(path, "layout");
  redirect(`${path}/facets/${input.data.targetId}`);
}

/** POST (server action) – dismiss the facet (hidden with its claims, not proposed again), or restore it. */
export async function dismissFacetAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = dismissFacetInputSchema.safeParse({ facetId: form.get("facetId"), dismissed: form.get("dismissed") });
  if (!path || !input.success) return { ok: false, message: "This facet cannot be changed from here." };
  try {
    await setFacetDismissed(input.data.facetId, input.data.dismissed, (await authorize("editor")).id);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(path, "layout");
  if (input.data.dismissed) redirect(path);
  return { ok: true, message: "Restored: the facet is compared again." };
}

const moveTargetSchema = z.object({ kind: valueKindSchema, unit: z.string().trim().min(1).optional() });

/** POST (server action) – file the selected claims under another facet, or under a new one (a split). */
export async function moveClaimsAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  if (!path) return { ok: false, message: "Unknown event." };
  const target = form.get("target");
  const current = moveTargetSchema.safeParse({ kind: form.get("kind"), unit: form.get("unit") || undefined });
  if (!current.success) return { ok: false, message: "This facet cannot be split from here." };
  const input = moveClaimsInputSchema.safeParse({
    claimIds: form.getAll("claimIds"),
    target: target === "new" ? { newFacet: { label: form.get("newLabel"), ...current.data } } : { facetId: target || undefined },
  });
  if (!input.success) {
    const errors = z.flattenError(input.error).fieldErrors;
    const message = errors.claimIds ? "Select at least one claim (tick it on its card)." : target === "new" ? "Give the new facet a name." : "Choose where to move the claims.";
    return { ok: false, message, fieldErrors: errors as Record<string, string[]> };
  }
  let facetId: string;
  try {
    facetId = await moveClaims(input.data, (await authorize("editor")).id);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(path, "layout");
  const count = input.data.claimIds.length;
  return { ok: true, message: `Moved ${count} claim${count === 1 ? "" : "s"}.`, href: `${path}/facets/${facetId}` };
}
