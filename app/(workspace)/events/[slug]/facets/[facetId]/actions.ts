"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { claimCorrectionFormSchema, correctionFromForm } from "@/lib/claims/correction-form";
import { deleteClaimInputSchema, setClaimStatusInputSchema, valueKindSchema } from "@/lib/claims/schema";
import { correctClaim } from "@/lib/db/correct-claim";
import { deleteClaim } from "@/lib/db/delete-claim";
import { recordVerdict } from "@/lib/db/record-verdict";
import { setFacetWorkflow } from "@/lib/db/set-facet-workflow";
import { mergeFacets, renameFacet, setFacetDismissed } from "@/lib/db/edit-facets";
import { moveClaims, setClaimStatus } from "@/lib/db/review-claims";
import { eventSlugSchema } from "@/lib/events/schema";
import { DELETE_CHOICE, parseReviewChoice, readReviewChoice, REVIEW_CHOICE } from "@/lib/claims/review-choice";
import type { EditConflictError } from "@/lib/errors";
import { mergeFacetsInputSchema, moveClaimsInputSchema, renameFacetInputSchema, setFacetDismissedInputSchema } from "@/lib/facets/schema";
import { recordVerdictInputSchema, setFacetWorkflowInputSchema } from "@/lib/verdicts/schema";

// The review controls of the facet view, each on the one server-action wrapper
// (lib/actions/define-action.ts): who is calling, the form parsed, the version conflict, revalidation.

/** The event the form was on; every change revalidates the event's pages. */
const onEvent = { slug: eventSlugSchema };
const eventPath = (input: { slug: string }) => `/events/${input.slug}`;
const version = (form: FormData, name = "expectedVersion") => Number(form.get(name));

const DONE = { confirmed: "Confirmed.", rejected: "Rejected: it no longer takes part in comparisons.", proposed: "Reopened for review." };

/** The claim a review or delete names (see lib/claims/review-choice.ts), when it is a claim's id: the card that shows the result. */
const claimOf = (choice: string, withStatus: boolean) => (form: FormData) => {
  const parsed = z.uuid().safeParse(readReviewChoice(form, choice, withStatus).claimId);
  return parsed.success ? parsed.data : undefined;
};

/**
 * Conflict: "Apply mine again" sends the claim, status and version as fields of their own, the
 * version the one saved now (the button's one value named the version the card showed).
 */
const resubmitChoice = (choice: string, withStatus: boolean) => (error: EditConflictError, resubmit: [string, string][]) =>
  resubmit.flatMap(([name, value]): [string, string][] => {
    if (name !== choice) return [[name, value]];
    const { claimId, status } = parseReviewChoice(value, withStatus);
    const fields: [string, string][] = [["claimId", String(claimId)], ["expectedVersion", String(error.current.version)]];
    return withStatus ? [...fields, ["status", String(status)]] : fields;
  });

/** POST (server action) – confirm, reject or reopen one claim, at the version the editor saw (the view's one review form; see ClaimReviewForms). */
export const reviewClaimAction = defineAction({
  role: "editor",
  schema: setClaimStatusInputSchema.extend(onEvent),
  read: (form) => ({ slug: form.get("slug"), ...readReviewChoice(form, REVIEW_CHOICE, true) }),
  invalid: () => "This claim cannot be reviewed from here.",
  run: (input, user) => setClaimStatus(input, user.id),
  revalidate: eventPath,
  done: (_result, input) => ({ ok: true, message: DONE[input.status] }),
  onConflict: resubmitChoice(REVIEW_CHOICE, true),
  subject: claimOf(REVIEW_CHOICE, true),
});

/** POST (server action) – delete one claim (softly: the history's Undo brings it back). */
export const deleteClaimAction = defineAction({
  role: "editor",
  schema: deleteClaimInputSchema.extend(onEvent),
  read: (form) => ({ slug: form.get("slug"), ...readReviewChoice(form, DELETE_CHOICE, false) }),
  invalid: () => "This claim cannot be deleted from here.",
  run: (input, user) => deleteClaim(input, user.id),
  revalidate: eventPath,
  done: (_result, input) => ({ ok: true, message: "Deleted. The event’s history can undo it.", href: `${eventPath(input)}/history` }),
  onConflict: resubmitChoice(DELETE_CHOICE, false),
  subject: claimOf(DELETE_CHOICE, false),
});

/** POST (server action) – give the facet another name. */
export const renameFacetAction = defineAction({
  role: "editor",
  schema: renameFacetInputSchema.extend(onEvent),
  read: (form) => ({ slug: form.get("slug"), facetId: form.get("facetId"), label: form.get("label"), expectedVersion: version(form) }),
  run: (input, user) => renameFacet(input, user.id),
  revalidate: eventPath,
  done: () => ({ ok: true, message: "Renamed." }),
});

/** POST (server action) – move every claim of this facet into another and dismiss this one. */
export const mergeFacetAction = defineAction({
  role: "editor",
  schema: z.object({ ...onEvent, merge: mergeFacetsInputSchema }),
  read: (form) => ({
    slug: form.get("slug"),
    merge: { sourceId: form.get("facetId"), targetId: form.get("targetId") || undefined, expectedVersion: version(form) },
  }),
  invalid: () => "Choose the facet to merge into.",
  run: (input, user) => mergeFacets(input.merge, user.id),
  revalidate: eventPath,
  done: (_result, input) => ({ redirect: `${eventPath(input)}/facets/${input.merge.targetId}` }),
});

/** POST (server action) – dismiss the facet (hidden with its claims, not proposed again), or restore it. */
export const dismissFacetAction = defineAction({
  role: "editor",
  schema: setFacetDismissedInputSchema.extend(onEvent),
  read: (form) => ({
    slug: form.get("slug"),
    facetId: form.get("facetId"),
    dismissed: form.get("dismissed") === "1" ? true : form.get("dismissed") === "0" ? false : undefined,
    expectedVersion: version(form),
  }),
  invalid: () => "This facet cannot be changed from here.",
  run: (input, user) => setFacetDismissed(input, user.id),
  revalidate: eventPath,
  done: (_result, input) => (input.dismissed ? { redirect: eventPath(input) } : { ok: true, message: "Restored: the facet is compared again." }),
});

const moveTargetSchema = z.object({ kind: valueKindSchema, unit: z.string().trim().min(1).optional() });

/** A ticked claim as its checkbox sends it: `<claim id>:<version seen>`. */
function parseTickedClaim(value: FormDataEntryValue) {
  const [claimId, seen] = String(value).split(":");
  return { claimId, expectedVersion: Number(seen) };
}

/** POST (server action) – file the selected claims under another facet, or under a new one (a split). */
export const moveClaimsAction = defineAction({
  role: "editor",
  schema: z.object({ ...onEvent, current: moveTargetSchema, move: moveClaimsInputSchema }),
  read: (form) => {
    const current = { kind: form.get("kind"), unit: form.get("unit") || undefined };
    const target = form.get("target");
    return {
      slug: form.get("slug"),
      current,
      move: {
        claims: form.getAll("claims").map(parseTickedClaim),
        target: target === "new" ? { newFacet: { label: form.get("newLabel"), ...current } } : { facetId: target || undefined },
      },
    };
  },
  invalid: (error) => {
    const paths = error.issues.map((issue) => issue.path.join("."));
    if (paths.some((p) => p.startsWith("current"))) return "This facet cannot be split from here.";
    if (paths.some((p) => p.startsWith("move.claims"))) return "Select at least one claim (tick it on its card).";
    return paths.some((p) => p.includes("newFacet")) ? "Give the new facet a name." : "Choose where to move the claims.";
  },
  run: (input, user) => moveClaims(input.move, user.id),
  revalidate: eventPath,
  done: (facetId, input) => {
    const count = input.move.claims.length;
    return { ok: true, message: `Moved ${count} claim${count === 1 ? "" : "s"}.`, href: `${eventPath(input)}/facets/${facetId}` };
  },
  // Applying theirs again: the outdated claim at the version saved now, the others as ticked.
  onConflict: (error, resubmit) =>
    resubmit.map(([name, value]): [string, string] =>
      name === "claims" && parseTickedClaim(value).claimId === error.entityId ? [name, `${error.entityId}:${error.current.version}`] : [name, value],
    ),
});

/** The correction form read into a correction of a claim of the kind the form names (lib/db checks it is the claim's). */
const claimCorrectionSchema = claimCorrectionFormSchema.extend({ ...onEvent, kind: valueKindSchema }).transform((form, context) => {
  const outcome = correctionFromForm(form, form.kind);
  if (!outcome.ok) {
    context.addIssue({ code: "custom", path: [outcome.field], message: outcome.message });
    return z.NEVER;
  }
  return { ...outcome.input, slug: form.slug };
});

/** POST (server action) – correct a claim's value, claimant, certainty, scope or as-of date; the machine's reading stays beside it. */
export const correctClaimAction = defineAction({
  role: "editor",
  schema: claimCorrectionSchema,
  run: (input, user) => correctClaim(input, user.id),
  revalidate: eventPath,
  done: () => ({ ok: true, message: "Corrected. Re-running extraction keeps your reading." }),
});

/** POST (server action) – the facet's state in the fact-check, and who is on it. */
export const setFacetWorkflowAction = defineAction({
  role: "editor",
  schema: setFacetWorkflowInputSchema.extend(onEvent),
  read: (form) => ({
    slug: form.get("slug"),
    facetId: form.get("facetId"),
    expectedVersion: version(form),
    state: form.get("state"),
    assigneeId: form.get("assigneeId") || null,
  }),
  run: (input, user) => setFacetWorkflow(input, user.id),
  revalidate: eventPath,
  done: () => ({ ok: true, message: "Saved." }),
});

/** POST (server action) – record the facet's verdict (or change the one shown), with its evidence; resolves the facet. */
export const recordVerdictAction = defineAction({
  role: "editor",
  schema: z.object({ ...onEvent, verdict: recordVerdictInputSchema }),
  read: (form) => ({
    slug: form.get("slug"),
    verdict: {
      facetId: form.get("facetId"),
      verdictId: form.get("verdictId") || undefined,
      expectedVersion: form.get("verdictId") ? version(form) : undefined,
      rating: form.get("rating"),
      explanation: form.get("explanation"),
      evidence: { claimIds: form.getAll("evidenceClaims"), annotationIds: form.getAll("evidenceNotes") },
    },
  }),
  invalid: (error) => (error.issues.some((i) => i.path.includes("rating")) ? "Choose a rating." : "Explain the verdict."),
  run: (input, user) => recordVerdict(input.verdict, { id: user.id, name: user.name }, user.id),
  revalidate: eventPath,
  done: () => ({ ok: true, message: "Verdict recorded; the facet is resolved." }),
});
