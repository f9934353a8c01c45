"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Certainty, ClaimValue, ValueKind, AsOf, FigureStatus } from "@/lib/claims/schema";
import { CertaintyField } from "../../../../_components/certainty-field";
import { FigureStatusField } from "../../../../_components/figure-status-field";
import { ConflictNotice } from "../../../../_components/conflict-notice";
import { confirmAnchorAction } from "../../../../_components/notes/actions";
import { FieldError } from "../../../../_components/notes/note-form";
import { correctClaimAction } from "./actions";

type Props = {
  slug: string;
  claimId: string;
  version: number;
  kind: ValueKind;
  reading: { value: ClaimValue; attribution: string | null; certainty: Certainty; figureStatus: FigureStatus | null; scope: string | null; asOf: AsOf | null };
};

const field = "mt-0.5 w-full rounded border border-stone-300 bg-white px-1.5 py-1 text-xs";
const bound = (n: number | null) => (n === null ? "" : String(n));

/**
 * "Correct" on a claim card: the claim's value (a quantity's interval and whether each bound is
 * included; a date range; a name), who says it, how firmly, the figure's stage, where and as of when, prefilled with
 * its reading now. The machine's reading stays on the card beside the correction.
 */
export function ClaimCorrectionForm({ slug, claimId, version, kind, reading }: Props) {
  const [open, setOpen] = useState(false);
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const outcome = await correctClaimAction(previous, form);
    if (outcome.ok) setOpen(false);
    return outcome;
  }, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const { value } = reading;

  return (
    <div className="w-full">
      {open ? (
        <form action={action} aria-label="Correct this claim" className="mt-1 grid grid-cols-2 gap-2 rounded-md border border-indigo-200 bg-indigo-50/40 p-2 text-xs">
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <input type="hidden" name="kind" value={kind} />
          {value.kind === "quantity" ? (
            <>
              <label>
                From (blank: open)
                <input name="min" defaultValue={bound(value.min)} inputMode="decimal" className={field} />
                <FieldError messages={errors?.min} />
              </label>
              <label>
                To (blank: open)
                <input name="max" defaultValue={bound(value.max)} inputMode="decimal" className={field} />
                <FieldError messages={errors?.max} />
              </label>
              <label className="flex items-center gap-1">
                <input type="checkbox" name="minInclusive" defaultChecked={value.minInclusive} /> lower bound included
              </label>
              <label className="flex items-center gap-1">
                <input type="checkbox" name="maxInclusive" defaultChecked={value.maxInclusive} /> upper bound included
              </label>
              <label className="col-span-2">
                Unit
                <input name="unit" defaultValue={value.unit ?? ""} className={field} />
              </label>
            </>
          ) : value.kind === "date" ? (
            <>
              <label>
                From
                <input type="date" name="dateFrom" defaultValue={value.from} className={field} />
                <FieldError messages={errors?.dateFrom} />
              </label>
              <label>
                To
                <input type="date" name="dateTo" defaultValue={value.to} className={field} />
                <FieldError messages={errors?.dateTo} />
              </label>
              <label className="col-span-2">
                Precision
                <select name="precision" defaultValue={value.precision} className={field}>
                  <option value="day">day</option>
                  <option value="month">month</option>
                  <option value="year">year</option>
                </select>
              </label>
            </>
          ) : (
            <label className="col-span-2">
              Answer
              <input name="text" defaultValue={value.text} className={field} />
              <FieldError messages={errors?.text} />
            </label>
          )}
          <label>
            Said by (blank: the outlet)
            <input name="attribution" defaultValue={reading.attribution ?? ""} className={field} />
          </label>
          <CertaintyField defaultValue={reading.certainty} className={field} />
          <FigureStatusField defaultValue={reading.figureStatus} className={field} />
          <label>
            Scope (place)
            <input name="scope" defaultValue={reading.scope ?? ""} placeholder="e.g. Valencia, or a key such as ES/Valencia" className={field} />
          </label>
          <label>
            As of
            <input type="date" name="asOf" defaultValue={reading.asOf?.from ?? ""} className={field} />
            <FieldError messages={errors?.asOf} />
          </label>
          <label>
            Last day, if several
            <input type="date" name="asOfTo" defaultValue={reading.asOf && reading.asOf.to !== reading.asOf.from ? reading.asOf.to : ""} className={field} />
            <FieldError messages={errors?.asOfTo} />
          </label>
          <label>
            Time of day, if said
            <input type="time" name="asOfTime" defaultValue={reading.asOf?.time ?? ""} className={field} />
            <FieldError messages={errors?.asOfTime} />
          </label>
          <div className="col-span-2 flex items-center gap-2">
            <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-2 py-1 font-medium text-white disabled:bg-stone-400">
              {pending ? "Saving…" : "Save correction"}
            </button>
            <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 bg-white px-2 py-1 font-medium">
              Cancel
            </button>
            {result?.ok === false && !result.conflict ? (
              <span role="alert" className="text-red-700">
                {result.message}
              </span>
            ) : null}
          </div>
        </form>
      ) : (
        <div className="flex items-center gap-2">
          <button type="button" onClick={() => setOpen(true)} className="rounded border border-indigo-300 px-2 py-1 text-xs font-medium text-indigo-900 hover:bg-indigo-50">
            Correct
          </button>
          {result?.ok ? (
            <span role="status" className="text-xs text-stone-600">
              {result.message}
            </span>
          ) : null}
        </div>
      )}
      {result?.ok === false && result.conflict ? <ConflictNotice conflict={result.conflict} action={action} pending={pending} /> : null}
    </div>
  );
}

/** "Confirm place" for a claim the re-anchoring moved to changed words. */
export function ConfirmClaimPlaceForm({ claimId, version }: { claimId: string; version: number }) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(confirmAnchorAction, null);
  return (
    <form action={action} className="flex items-center gap-2 text-xs">
      <input type="hidden" name="kind" value="claim" />
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" disabled={pending} className="rounded border border-amber-600 bg-white px-2 py-0.5 font-medium text-amber-900 hover:bg-amber-50">
        Confirm place
      </button>
      {result ? <span role={result.ok ? "status" : "alert"}>{result.message}</span> : null}
    </form>
  );
}
