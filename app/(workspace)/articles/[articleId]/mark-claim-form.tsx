"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { MANUAL_HEDGES } from "@/lib/claims/manual-hedges";
import { CertaintyField } from "../../_components/certainty-field";
import { FigureStatusField } from "../../_components/figure-status-field";
import { markClaimAction } from "./actions";
import { FieldError } from "../../_components/notes/note-form";

export type FacetOption = { id: string; label: string; kind: "quantity" | "date" | "entity" | "text"; unit: string | null };

/** Words selected in the revision text (offsets snapped to whole words). */
export type Selected = { start: number; end: number; quote: string };

const field = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/**
 * Files the selected words as a claim under one of the event's facets, or under a new facet
 * named here with the kind of answer it takes. `onDone` gets the success message (null: cancelled).
 */
export function MarkClaimForm({
  revisionId,
  facets,
  selected,
  onDone,
}: {
  revisionId: string;
  facets: FacetOption[];
  selected: Selected;
  onDone: (message: string | null) => void;
}) {
  const [facetId, setFacetId] = useState(facets[0]?.id ?? "new");
  const [newKind, setNewKind] = useState<FacetOption["kind"]>("quantity");
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const outcome = await markClaimAction(previous, form);
    if (outcome.ok) onDone(outcome.message);
    return outcome;
  }, null);
  const kind = facetId === "new" ? newKind : facets.find((f) => f.id === facetId)?.kind;
  const errors = result && !result.ok ? result.fieldErrors : undefined;

  return (
    <form action={action} aria-label="Mark a claim" className="font-sans text-sm">
      <div className="grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="revisionId" value={revisionId} />
        <input type="hidden" name="start" value={selected.start} />
        <input type="hidden" name="end" value={selected.end} />
        <label className="sm:col-span-2">
          Facet
          <select name="facetId" value={facetId} onChange={(e) => setFacetId(e.target.value)} className={field}>
            {facets.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label} ({f.kind})
              </option>
            ))}
            <option value="new">A new facet…</option>
          </select>
        </label>
        {facetId === "new" ? (
          <>
            <label>
              The new facet’s question
              <input name="newFacetLabel" placeholder="e.g. People missing" className={field} />
              <FieldError messages={errors?.newFacetLabel} />
            </label>
            <label>
              Kind of answer
              <select name="newFacetKind" value={newKind} onChange={(e) => setNewKind(e.target.value as FacetOption["kind"])} className={field}>
                <option value="quantity">a number</option>
                <option value="date">a date</option>
                <option value="entity">a name</option>
                <option value="text">free text</option>
              </select>
            </label>
          </>
        ) : null}
        {kind === "quantity" ? (
          <>
            <label>
              Reading
              <select name="hedge" defaultValue="exact" className={field}>
                {MANUAL_HEDGES.map((h) => (
                  <option key={h.kind} value={h.kind}>
                    {h.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Figure
              <input name="number" defaultValue={selected.quote.match(/\d[\d.,\s]*\d|\d/)?.[0] ?? ""} className={field} />
              <FieldError messages={errors?.number} />
            </label>
          </>
        ) : kind === "date" ? (
          <>
            <label>
              From
              <input type="date" name="dateFrom" className={field} />
              <FieldError messages={errors?.dateFrom} />
            </label>
            <label>
              To (for a month or a period)
              <input type="date" name="dateTo" className={field} />
              <FieldError messages={errors?.dateTo} />
            </label>
          </>
        ) : (
          <label className="sm:col-span-2">
            Answer
            <input name="text" defaultValue={selected.quote} className={field} />
            <FieldError messages={errors?.text} />
          </label>
        )}
        <label>
          Said by (optional)
          <input name="attribution" placeholder="e.g. Polizei" className={field} />
        </label>
        <CertaintyField defaultValue="stated" className={field} />
        <FigureStatusField defaultValue={null} className={field} />
      </div>
      {result && !result.ok ? (
        <p role="alert" className="mt-3 text-red-700">
          {result.message}
        </p>
      ) : null}
      <div className="mt-3 flex gap-2">
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
          {pending ? "Saving…" : "Save claim"}
        </button>
        <button type="button" onClick={() => onDone(null)} className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-50">
          Cancel
        </button>
      </div>
    </form>
  );
}
