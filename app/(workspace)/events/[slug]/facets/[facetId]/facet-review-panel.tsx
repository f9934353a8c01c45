"use client";

import Link from "next/link";
import { type ReactNode, useActionState } from "react";
import type { ValueKind } from "@/lib/claims/schema";
import { MOVE_FORM_ID } from "./move-form-id";
import type { ActionResult as FacetActionResult } from "@/lib/actions/action-result";
import { dismissFacetAction, mergeFacetAction, moveClaimsAction, renameFacetAction } from "./actions";
import { ConflictNotice } from "../../../../_components/conflict-notice";

type Props = {
  slug: string;
  /** `version`: as loaded; the facet's forms send it back, and a save based on an older one is refused. */
  facet: { id: string; label: string; kind: ValueKind; unit: string | null; dismissed: boolean; version: number };
  otherFacets: { id: string; label: string; kind: ValueKind }[];
};

const field = "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";
const button = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-50";

function Outcome({ result, pending }: { result: FacetActionResult | null; pending: boolean }) {
  return (
    <p role="status" className={`text-sm ${result && !result.ok ? "text-red-700" : "text-stone-600"}`}>
      {pending ? "Saving…" : result?.message}
      {result?.ok && result.href ? (
        <>
          {" "}
          <Link href={result.href} className="text-indigo-800">
            Open where they went
          </Link>
        </>
      ) : null}
    </p>
  );
}

function Hidden({ slug, facetId, version }: { slug: string; facetId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="facetId" value={facetId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

/** A form with, below it (forms do not nest), both versions when someone saved first. */
function WithConflict({ result, action, pending, children }: { result: FacetActionResult | null; action: (form: FormData) => void; pending: boolean; children: ReactNode }) {
  return (
    <div>
      {children}
      {result?.ok === false && result.conflict ? <ConflictNotice conflict={result.conflict} action={action} pending={pending} /> : null}
    </div>
  );
}

/** A person's corrections to the facet: rename, merge, dismiss or restore, move or split off claims. */
export function FacetReviewPanel({ slug, facet, otherFacets }: Props) {
  const [renamed, rename, renaming] = useActionState<FacetActionResult | null, FormData>(renameFacetAction, null);
  const [merged, merge, merging] = useActionState<FacetActionResult | null, FormData>(mergeFacetAction, null);
  const [dismissed, dismiss, dismissing] = useActionState<FacetActionResult | null, FormData>(dismissFacetAction, null);
  const [moved, move, moving] = useActionState<FacetActionResult | null, FormData>(moveClaimsAction, null);
  const sameKind = otherFacets.filter((f) => f.kind === facet.kind);

  return (
    <div className="grid gap-5 md:grid-cols-2">
      <WithConflict result={renamed} action={rename} pending={renaming}>
        <form action={rename} className="space-y-1.5" aria-label="Rename the facet">
          <Hidden slug={slug} facetId={facet.id} version={facet.version} />
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Name</span>
            <input name="label" defaultValue={facet.label} required maxLength={200} className={field} aria-invalid={Boolean(renamed?.ok === false && renamed.fieldErrors?.label)} />
          </label>
          {renamed?.ok === false && renamed.fieldErrors?.label ? <p className="text-sm text-red-700">{renamed.fieldErrors.label.join("; ")}</p> : null}
          <button type="submit" disabled={renaming} className={button}>
            Rename
          </button>
          <Outcome result={renamed} pending={renaming} />
        </form>
      </WithConflict>

      <WithConflict result={merged} action={merge} pending={merging}>
        <form action={merge} className="space-y-1.5" aria-label="Merge into another facet">
          <Hidden slug={slug} facetId={facet.id} version={facet.version} />
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Merge into</span>
            <select name="targetId" defaultValue="" className={field} disabled={sameKind.length === 0}>
              <option value="">{sameKind.length === 0 ? `No other ${facet.kind} facet` : "Choose a facet…"}</option>
              {sameKind.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <p className="text-xs text-stone-600">All its claims move there; this facet is dismissed.</p>
          <button type="submit" disabled={merging || sameKind.length === 0} className={button}>
            Merge
          </button>
          <Outcome result={merged} pending={merging} />
        </form>
      </WithConflict>

      <WithConflict result={moved} action={move} pending={moving}>
        <form action={move} id={MOVE_FORM_ID} className="space-y-1.5" aria-label="Move the selected claims">
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="kind" value={facet.kind} />
          {facet.unit ? <input type="hidden" name="unit" value={facet.unit} /> : null}
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Move the claims ticked on their cards to</span>
            <select name="target" defaultValue="new" className={field}>
              <option value="new">a new facet (split)</option>
              {otherFacets.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span>Name of the new facet</span>
            <input name="newLabel" maxLength={200} placeholder={`e.g. ${facet.label} (another scope)`} className={field} />
          </label>
          <p className="text-xs text-stone-600">Moved claims count as confirmed: a person decided where they belong.</p>
          <button type="submit" disabled={moving} className={button}>
            Move
          </button>
          <Outcome result={moved} pending={moving} />
        </form>
      </WithConflict>

      <WithConflict result={dismissed} action={dismiss} pending={dismissing}>
        <form action={dismiss} className="space-y-1.5" aria-label={facet.dismissed ? "Restore the facet" : "Dismiss the facet"}>
          <Hidden slug={slug} facetId={facet.id} version={facet.version} />
          <input type="hidden" name="dismissed" value={facet.dismissed ? "0" : "1"} />
          <p className="text-sm font-medium">{facet.dismissed ? "Restore" : "Dismiss"}</p>
          <p className="text-xs text-stone-600">
            {facet.dismissed
              ? "Brings the facet and its claims back into the comparison."
              : "Not a question worth comparing: the facet and its claims are hidden, and Find claims will not propose it again."}
          </p>
          <button type="submit" disabled={dismissing} className={button}>
            {facet.dismissed ? "Restore facet" : "Dismiss facet"}
          </button>
          <Outcome result={dismissed} pending={dismissing} />
        </form>
      </WithConflict>
    </div>
  );
}
