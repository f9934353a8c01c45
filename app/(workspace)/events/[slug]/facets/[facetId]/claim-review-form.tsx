"use client";

import Link from "next/link";
import { createContext, type ReactNode, useActionState, useContext, useState } from "react";
import type { ReviewStatus } from "@/lib/claims/schema";
import type { ActionResult as FacetActionResult } from "@/lib/actions/action-result";
import { DELETE_CHOICE, REVIEW_CHOICE, reviewChoice } from "@/lib/claims/review-choice";
import { deleteClaimAction, reviewClaimAction } from "./actions";
import { ConflictNotice } from "../../../../_components/conflict-notice";

const BUTTONS: { status: ReviewStatus; label: string; className: string }[] = [
  { status: "confirmed", label: "Confirm", className: "border-[#009E73] text-[#00694C] hover:bg-[#009E73]/10" },
  { status: "rejected", label: "Reject", className: "border-[#D55E00] text-[#A34400] hover:bg-[#D55E00]/10" },
  { status: "proposed", label: "Reopen", className: "border-stone-300 text-stone-700 hover:bg-stone-100" },
];

/** The ids of the view's two forms; the cards' buttons name them in their `form` attribute. */
export const REVIEW_FORM_ID = "claim-review-form";
export const DELETE_FORM_ID = "claim-delete-form";

/** One of the view's forms as the cards see it: its last result, and the claim being saved now. */
type Shared = { result: FacetActionResult | null; action: (form: FormData) => void; pending: boolean; saving: string | null; choose: (claimId: string) => void };
const Forms = createContext<{ review: Shared; remove: Shared } | null>(null);

/**
 * The facet view's one review form and one delete form, for all its claim cards (`children`):
 * each card's buttons submit them (`form=`), naming the claim and the version the card showed in
 * their value, so the page works without JavaScript as before at a fraction of the markup. A
 * result shows on the card of the claim it is about (`subject`); a deletion's, whose card is gone,
 * above the cards.
 */
export function ClaimReviewForms({ slug, children }: { slug: string; children: ReactNode }) {
  const review = useShared(reviewClaimAction);
  const remove = useShared(deleteClaimAction);
  // A deletion's outcome shows here when its card is gone (or it names no claim); a refusal shows on the card.
  const deleted = remove.result && (remove.result.ok || remove.result.subject === undefined) ? remove.result : null;
  return (
    <Forms value={{ review, remove }}>
      {deleted || remove.pending ? (
        <p role="status" className={`mt-4 text-sm ${deleted?.ok === false ? "text-red-700" : "text-stone-700"}`}>
          {remove.pending ? "Deleting…" : deleted?.message}
          {deleted?.ok && deleted.href && !remove.pending ? (
            <>
              {" "}
              <Link href={deleted.href} className="text-indigo-800">
                History
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {children}
      <form id={REVIEW_FORM_ID} action={review.action} onSubmit={(e) => review.choose(submitted(e.nativeEvent))}>
        <input type="hidden" name="slug" value={slug} />
      </form>
      <form id={DELETE_FORM_ID} action={remove.action} onSubmit={(e) => remove.choose(submitted(e.nativeEvent))}>
        <input type="hidden" name="slug" value={slug} />
      </form>
    </Forms>
  );
}

/** The claim a submit button names (its `data-claim-id`). */
function submitted(event: Event): string {
  const button = (event as SubmitEvent).submitter;
  return button instanceof HTMLElement ? (button.dataset.claimId ?? "") : "";
}

function useShared(serverAction: (previous: FacetActionResult | null, form: FormData) => Promise<FacetActionResult>): Shared {
  const [result, action, pending] = useActionState<FacetActionResult | null, FormData>(serverAction, null);
  const [saving, choose] = useState<string | null>(null);
  return { result, action, pending, saving: pending ? saving : null, choose };
}

/** `titleId`: the claim card's heading, which names the buttons' group, so each card's are told apart. */
type Props = { claimId: string; status: ReviewStatus; version: number; titleId: string };

/**
 * Confirm, reject or reopen one claim, at the version the page showed; shows what happened, why it
 * could not, or (someone saved first) both versions to choose from. Inside ClaimReviewForms.
 */
export function ClaimReviewButtons({ claimId, status, version, titleId }: Props) {
  const forms = useContext(Forms);
  if (!forms) return null;
  const { result, action, pending, saving } = forms.review;
  const mine = result?.subject === claimId ? result : null;
  return (
    <>
      <div role="group" className="flex flex-wrap items-center gap-2 text-xs" aria-labelledby={`review-${claimId} ${titleId}`}>
        <span id={`review-${claimId}`} hidden>
          Review the claim of
        </span>
        {BUTTONS.filter((b) => b.status !== status).map((button) => (
          <button
            key={button.status}
            type="submit"
            form={REVIEW_FORM_ID}
            name={REVIEW_CHOICE}
            value={reviewChoice(claimId, version, button.status)}
            data-claim-id={claimId}
            disabled={pending}
            className={`rounded border px-2 py-1 font-medium disabled:opacity-50 ${button.className}`}
          >
            {button.label}
          </button>
        ))}
        <span role="status" className={mine && !mine.ok ? "text-red-700" : "text-stone-600"}>
          {saving === claimId ? "Saving…" : mine?.message}
        </span>
      </div>
      {mine?.ok === false && mine.conflict ? <ConflictNotice conflict={mine.conflict} action={action} pending={pending} /> : null}
    </>
  );
}

/** Delete one claim (softly: the event's history can undo it), at the version the page showed. Inside ClaimReviewForms. */
export function ClaimDeleteButton({ claimId, version, titleId }: Omit<Props, "status">) {
  const forms = useContext(Forms);
  if (!forms) return null;
  const { result, action, pending, saving } = forms.remove;
  const mine = result?.subject === claimId && !result.ok ? result : null;
  return (
    <>
      <div role="group" className="flex flex-wrap items-center gap-2 text-xs" aria-labelledby={`delete-${claimId} ${titleId}`}>
        <span id={`delete-${claimId}`} hidden>
          Delete the claim of
        </span>
        <button
          type="submit"
          form={DELETE_FORM_ID}
          name={DELETE_CHOICE}
          value={reviewChoice(claimId, version)}
          data-claim-id={claimId}
          disabled={pending}
          className="rounded border border-stone-300 px-2 py-1 font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-50"
        >
          Delete claim
        </button>
        <span role="status" className="text-red-700">
          {saving === claimId ? "Deleting…" : mine?.message}
        </span>
      </div>
      {mine?.conflict ? <ConflictNotice conflict={mine.conflict} action={action} pending={pending} /> : null}
    </>
  );
}
