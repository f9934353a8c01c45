"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ReviewStatus } from "@/lib/claims/schema";
import type { ActionResult as FacetActionResult } from "@/lib/actions/action-result";
import { deleteClaimAction, reviewClaimAction } from "./actions";
import { ConflictNotice } from "../../../../_components/conflict-notice";

const BUTTONS: { status: ReviewStatus; label: string; className: string }[] = [
  { status: "confirmed", label: "Confirm", className: "border-[#009E73] text-[#00694C] hover:bg-[#009E73]/10" },
  { status: "rejected", label: "Reject", className: "border-[#D55E00] text-[#A34400] hover:bg-[#D55E00]/10" },
  { status: "proposed", label: "Reopen", className: "border-stone-300 text-stone-700 hover:bg-stone-100" },
];

/** `titleId`: the claim card's heading, which names the forms, so each card's are told apart. */
type Props = { slug: string; claimId: string; status: ReviewStatus; version: number; titleId: string };

/**
 * Confirm, reject or reopen one claim, at the version the page showed; shows what happened, why it
 * could not, or (someone saved first) both versions to choose from.
 */
export function ClaimReviewForm({ slug, claimId, status, version, titleId }: Props) {
  const [result, action, pending] = useActionState<FacetActionResult | null, FormData>(reviewClaimAction, null);
  return (
    <>
      <form action={action} className="flex flex-wrap items-center gap-2 text-xs" aria-labelledby={`review-${claimId} ${titleId}`}>
        <span id={`review-${claimId}`} hidden>
          Review the claim of
        </span>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="expectedVersion" value={version} />
        {BUTTONS.filter((b) => b.status !== status).map((button) => (
          <button
            key={button.status}
            type="submit"
            name="status"
            value={button.status}
            disabled={pending}
            className={`rounded border px-2 py-1 font-medium disabled:opacity-50 ${button.className}`}
          >
            {button.label}
          </button>
        ))}
        <span role="status" className={result && !result.ok ? "text-red-700" : "text-stone-600"}>
          {pending ? "Saving…" : result?.message}
        </span>
      </form>
      {result?.ok === false && result.conflict ? <ConflictNotice conflict={result.conflict} action={action} pending={pending} /> : null}
    </>
  );
}

/** Delete one claim (softly: the event's history can undo it), at the version the page showed. */
export function ClaimDeleteForm({ slug, claimId, version, titleId }: Omit<Props, "status">) {
  const [result, action, pending] = useActionState<FacetActionResult | null, FormData>(deleteClaimAction, null);
  return (
    <>
      <form action={action} className="flex flex-wrap items-center gap-2 text-xs" aria-labelledby={`delete-${claimId} ${titleId}`}>
        <span id={`delete-${claimId}`} hidden>
          Delete the claim of
        </span>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <button type="submit" disabled={pending} className="rounded border border-stone-300 px-2 py-1 font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-50">
          Delete claim
        </button>
        <span role="status" className={result && !result.ok ? "text-red-700" : "text-stone-600"}>
          {pending ? "Deleting…" : result?.message}
          {result?.ok && result.href ? (
            <>
              {" "}
              <Link href={result.href} className="text-indigo-800">
                History
              </Link>
            </>
          ) : null}
        </span>
      </form>
      {result?.ok === false && result.conflict ? <ConflictNotice conflict={result.conflict} action={action} pending={pending} /> : null}
    </>
  );
}
