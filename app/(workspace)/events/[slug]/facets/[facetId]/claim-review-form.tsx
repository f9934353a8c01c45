"use client";

import { useActionState } from "react";
import type { ReviewStatus } from "@/lib/claims/schema";
import { type FacetActionResult, reviewClaimAction } from "./actions";

const BUTTONS: { status: ReviewStatus; label: string; className: string }[] = [
  { status: "confirmed", label: "Confirm", className: "border-[#009E73] text-[#00694C] hover:bg-[#009E73]/10" },
  { status: "rejected", label: "Reject", className: "border-[#D55E00] text-[#A34400] hover:bg-[#D55E00]/10" },
  { status: "proposed", label: "Reopen", className: "border-stone-300 text-stone-700 hover:bg-stone-100" },
];

/** Confirm, reject or reopen one claim; shows what happened, or why it could not. */
export function ClaimReviewForm({ slug, claimId, status }: { slug: string; claimId: string; status: ReviewStatus }) {
  const [result, action, pending] = useActionState<FacetActionResult | null, FormData>(reviewClaimAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-xs" aria-label="Review this claim">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="claimId" value={claimId} />
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
  );
}
