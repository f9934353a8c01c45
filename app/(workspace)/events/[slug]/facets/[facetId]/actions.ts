"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteClaimInputSchema, setClaimStatusInputSchema, valueKindSchema } from "@/lib/claims/schema";
import { deleteClaim } from "@/lib/db/delete-claim";
import { mergeFacets, renameFacet, setFacetDismissed } from "@/lib/db/edit-facets";
import { moveClaims, setClaimStatus } from "@/lib/db/review-claims";
import { eventSlugSchema } from "@/lib/events/schema";
import { EditConflictError, toErrorResponse, type ConflictSide } from "@/lib/errors";
import { mergeFacetsInputSchema, moveClaimsInputSchema, renameFacetInputSchema, setFacetDismissedInputSchema } from "@/lib/facets/schema";
import type { ActionResult } from "../../actions";

/**
 * Someone else saved first: both sides for the editor to compare, and the form fields that apply
 * theirs again on top of the version saved now.
 */
export type EditConflict = { entityType: string; current: ConflictSide; attempted: ConflictSide; resubmit: [string, string][] };

/** What a review form shows after submitting; `href` leads to where moved claims went. */
export type FacetActionResult = ActionResult & { href?: string; conflict?: EditConflict };

const invalid = (error: z.ZodError, message = "Please correct the marked fields."): FacetActionResult => ({
  ok: false,
  message,
  fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
});

/**
 * The error as the form shows it. A conflict comes back with the submitted fields, the version
 * replaced by the one saved now (`versionField` names it), for "Apply mine again".
 */
function failed(error: unknown, form?: FormData, versionField = "expectedVersion"): FacetActionResult {
  if (error instanceof EditConflictError && form) {
    const resubmit = [...form.entries()].flatMap(([name, value]): [string, string][] =>
      typeof value !== "string" || name === "intent" || name.startsWith("$ACTION") ? [] : [[name, name === versionField ? String(error.current.version) : value]],
    );
    return {
      ok: false,
      message: `Someone saved this ${error.entityType} while you were looking. Nothing of yours was saved: compare and choose.`,
      conflict: { entityType: error.entityType, current: error.current, attempted: error.attempted, resubmit },
    };
  }
  return { ok: false, message: toErrorResponse(error).body.error };
}

/** The event the form was on; every change revalidates the event page and its facets. */
function eventPath(form: FormData): string | null {
  const slug = eventSlugSchema.safeParse(form.get("slug"));
  return slug.success ? `/events/${slug.data}` : null;
}

const version = (form: FormData, name = "expectedVersion") => Number(form.get(name));

/**
 * "Keep theirs" on a conflict: nothing to save, only show the page as stored now. Returns the
 * result for the form, or null when the form asked for something else.
 */
async function keepTheirs(form: FormData, path: string | null): Promise<FacetActionResult | null> {
  if (form.get("intent") !== "keep-theirs" || !path) return null;
  await authorize("editor");
  revalidatePath(path, "layout");
  return { ok: true, message: "Kept theirs: this is what is saved now." };
}

/** POST (server action) – confirm, reject or reopen one claim, at the version the editor saw. */
export async function reviewClaimAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = setClaimStatusInputSchema.safeParse({ claimId: form.get("claimId"), status: form.get("status"), expectedVersion: version(form) });
  try {
    const kept = await keepTheirs(form, path);
    if (kept) return kept;
    if (!path || !input.success) return { ok: false, message: "This claim cannot be reviewed from here." };
    await setClaimStatus(input.data, (await authorize("editor")).id);
  } catch (error) {
    return failed(error, form);
  }
  revalidatePath(path, "layout");
  const done = { confirmed: "Confirmed.", rejected: "Rejected: it no longer takes part in comparisons.", proposed: "Reopened for review." };
  return { ok: true, message: done[input.data.status] };
}

/** POST (server action) – delete one claim (softly: the history's Undo brings it back). */
export async function deleteClaimAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = deleteClaimInputSchema.safeParse({ claimId: form.get("claimId"), expectedVersion: version(form) });
  try {
    const kept = await keepTheirs(form, path);
    if (kept) return kept;
    if (!path || !input.success) return { ok: false, message: "This claim cannot be deleted from here." };
    await deleteClaim(input.data, (await authorize("editor")).id);
  } catch (error) {
    return failed(error, form);
  }
  revalidatePath(path, "layout");
  return { ok: true, message: "Deleted. The event’s history can undo it.", href: `${path}/history` };
}

/** POST (server action) – give the facet another name. */
export async function renameFacetAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  if (!path) return { ok: false, message: "Unknown event." };
  const input = renameFacetInputSchema.safeParse({ facetId: form.get("facetId"), label: form.get("label"), expectedVersion: version(form) });
  try {
    const kept = await keepTheirs(form, path);
    if (kept) return kept;
    if (!input.success) return invalid(input.error);
    await renameFacet(input.data, (await authorize("editor")).id);
  } catch (error) {
    return failed(error, form);
  }
  revalidatePath(path, "layout");
  return { ok: true, message: "Renamed." };
}

/** POST (server action) – move every claim of this facet into another and dismiss this one. */
export async function mergeFacetAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  if (!path) return { ok: false, message: "Unknown event." };
  const input = mergeFacetsInputSchema.safeParse({ sourceId: form.get("facetId"), targetId: form.get("targetId") || undefined, expectedVersion: version(form) });
  try {
    const kept = await keepTheirs(form, path);
    if (kept) return kept;
    if (!input.success) return invalid(input.error, "Choose the facet to merge into.");
    await mergeFacets(input.data, (await authorize("editor")).id);
  } catch (error) {
    return failed(error, form);
  }
  revalidatePath(path, "layout");
  redirect(`${path}/facets/${input.data.targetId}`);
}

/** POST (server action) – dismiss the facet (hidden with its claims, not proposed again), or restore it. */
export async function dismissFacetAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  const input = setFacetDismissedInputSchema.safeParse({
    facetId: form.get("facetId"),
    dismissed: form.get("dismissed") === "1" ? true : form.get("dismissed") === "0" ? false : undefined,
    expectedVersion: version(form),
  });
  try {
    const kept = await keepTheirs(form, path);
    if (kept) return kept;
    if (!path || !input.success) return { ok: false, message: "This facet cannot be changed from here." };
    await setFacetDismissed(input.data, (await authorize("editor")).id);
  } catch (error) {
    return failed(error, form);
  }
  revalidatePath(path, "layout");
  if (input.data.dismissed) redirect(path);
  return { ok: true, message: "Restored: the facet is compared again." };
}

const moveTargetSchema = z.object({ kind: valueKindSchema, unit: z.string().trim().min(1).optional() });

/** A ticked claim as its checkbox sends it: `<claim id>:<version seen>`. */
function parseTickedClaim(value: FormDataEntryValue) {
  const [claimId, seen] = String(value).split(":");
  return { claimId, expectedVersion: Number(seen) };
}

/** POST (server action) – file the selected claims under another facet, or under a new one (a split). */
export async function moveClaimsAction(_previous: FacetActionResult | null, form: FormData): Promise<FacetActionResult> {
  const path = eventPath(form);
  if (!path) return { ok: false, message: "Unknown event." };
  const target = form.get("target");
  const current = moveTargetSchema.safeParse({ kind: form.get("kind"), unit: form.get("unit") || undefined });
  if (!current.success) return { ok: false, message: "This facet cannot be split from here." };
  const input = moveClaimsInputSchema.safeParse({
    claims: form.getAll("claims").map(parseTickedClaim),
    target: target === "new" ? { newFacet: { label: form.get("newLabel"), ...current.data } } : { facetId: target || undefined },
  });
  let facetId: string;
  try {
    const kept = await keepTheirs(form, path);
    if (kept) return kept;
    if (!input.success) {
      const errors = z.flattenError(input.error).fieldErrors;
      const message = errors.claims ? "Select at least one claim (tick it on its card)." : target === "new" ? "Give the new facet a name." : "Choose where to move the claims.";
      return { ok: false, message, fieldErrors: errors as Record<string, string[]> };
    }
    facetId = await moveClaims(input.data, (await authorize("editor")).id);
  } catch (error) {
    const result = failed(error, form);
    // Applying theirs again: the outdated claim at the version saved now, the others as ticked.
    if (result.conflict && error instanceof EditConflictError) {
      const { entityId } = error;
      result.conflict.resubmit = result.conflict.resubmit.map(([name, value]): [string, string] =>
        name === "claims" && parseTickedClaim(value).claimId === entityId ? [name, `${entityId}:${error.current.version}`] : [name, value],
      );
    }
    return result;
  }
  revalidatePath(path, "layout");
  const count = input.data.claims.length;
  return { ok: true, message: `Moved ${count} claim${count === 1 ? "" : "s"}.`, href: `${path}/facets/${facetId}` };
}
