"use client";

import { useActionState, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { FACET_STATE_LABEL, VERDICT_RATING_LABEL, type FacetState, type VerdictRating } from "@/lib/verdicts/labels";
import { ConflictNotice } from "../../../../_components/conflict-notice";
import { recordVerdictAction, setFacetWorkflowAction } from "./actions";
import { type EvidenceChoices, evidenceChoicesAction } from "./choice-actions";

const field = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

function Outcome({ result, pending }: { result: ActionResult | null; pending: boolean }) {
  if (pending) return <span className="text-sm text-stone-600">Saving…</span>;
  if (!result || (result.ok === false && result.conflict)) return null;
  return (
    <span role={result.ok ? "status" : "alert"} className={`text-sm ${result.ok ? "text-stone-600" : "text-red-700"}`}>
      {result.message}
    </span>
  );
}

/** State (open, in review, resolved) and assignee, at the facet version the page showed. */
export function WorkflowForm({
  slug,
  facetId,
  version,
  state,
  assigneeId,
  people,
}: {
  slug: string;
  facetId: string;
  version: number;
  state: FacetState;
  assigneeId: string | null;
  people: { id: string; name: string }[];
}) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(setFacetWorkflowAction, null);
  return (
    <>
      <form action={action} aria-label="Fact-check state" className="flex flex-wrap items-end gap-3 text-sm">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="facetId" value={facetId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <label>
          State
          <select name="state" defaultValue={state} className={field}>
            {(Object.keys(FACET_STATE_LABEL) as FacetState[]).map((s) => (
              <option key={s} value={s}>
                {FACET_STATE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assigned to
          <select name="assigneeId" defaultValue={assigneeId ?? ""} className={field}>
            <option value="">nobody</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100 disabled:opacity-50">
          Save
        </button>
        <Outcome result={result} pending={pending} />
      </form>
      {result?.ok === false && result.conflict ? <ConflictNotice conflict={result.conflict} action={action} pending={pending} /> : null}
    </>
  );
}

/**
 * Records the facet's verdict, or changes the one shown: a rating on the fixed scale (or no
 * contradiction once scope or time is considered), the explanation in markdown, and the claims
 * and notes it rests on. The claims and notes to choose from are asked for when the form opens (a
 * facet may have hundreds; see evidenceChoicesAction); `evidence` names the verdict's own.
 */
export function VerdictForm({
  slug,
  facetId,
  verdict,
  evidence,
  startOpen,
}: {
  slug: string;
  facetId: string;
  verdict: { id: string; version: number; rating: VerdictRating; explanation: string } | null;
  evidence: { claimIds: string[]; noteIds: string[] };
  startOpen: boolean;
}) {
  const [open, setOpen] = useState(startOpen);
  const choices = useEvidenceChoices(open, slug, facetId);
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const outcome = await recordVerdictAction(previous, form);
    if (outcome.ok) setOpen(false);
    return outcome;
  }, null);
  if (!open) {
    return (
      <div className="flex items-center gap-3">
        <button type="button" onClick={() => setOpen(true)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100">
          {verdict ? "Change the verdict" : "Record a verdict"}
        </button>
        <Outcome result={result} pending={pending} />
      </div>
    );
  }
  return (
    <>
      <form action={action} aria-label={verdict ? "Change the verdict" : "Record a verdict"} className="grid gap-4 text-sm">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="facetId" value={facetId} />
        {verdict ? (
          <>
            <input type="hidden" name="verdictId" value={verdict.id} />
            <input type="hidden" name="expectedVersion" value={verdict.version} />
          </>
        ) : null}
        <fieldset>
          <legend className="font-medium">Rating</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {(Object.keys(VERDICT_RATING_LABEL) as VerdictRating[]).map((rating) => (
              <label key={rating} className="flex items-center gap-1.5">
                <input type="radio" name="rating" value={rating} defaultChecked={verdict?.rating === rating} required className="accent-indigo-700" />
                {VERDICT_RATING_LABEL[rating]}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          Explanation <span className="text-stone-500">(markdown)</span>
          <textarea name="explanation" required rows={5} maxLength={20_000} defaultValue={verdict?.explanation} className={field} />
        </label>
        <div className="grid gap-4 md:grid-cols-2">
          <EvidenceClaims choices={choices} checkedIds={evidence.claimIds} />
          <EvidenceNotes choices={choices} checkedIds={evidence.noteIds} />
        </div>
        <div className="flex items-center gap-3">
          {/* Not before the claims are listed: the form would save the verdict without its evidence. */}
          <button type="submit" disabled={pending || choices.state !== "loaded"} className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
            {pending ? "Saving…" : "Save verdict"}
          </button>
          <button type="button" onClick={() => setOpen(false)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
            Cancel
          </button>
          <Outcome result={result} pending={false} />
        </div>
      </form>
      {result?.ok === false && result.conflict ? <ConflictNotice conflict={result.conflict} action={action} pending={pending} /> : null}
    </>
  );
}

type Choices = { state: "loading" } | { state: "failed"; retry: () => void } | ({ state: "loaded" } & EvidenceChoices);

/** The facet's compared claims and notes, asked for once the form is open (and again after a failure). */
function useEvidenceChoices(open: boolean, slug: string, facetId: string): Choices {
  const [choices, setChoices] = useState<EvidenceChoices | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!open || choices) return;
    let current = true;
    const form = new FormData();
    form.set("slug", slug);
    form.set("facetId", facetId);
    evidenceChoicesAction(form).then(
      (loaded) => current && setChoices(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [open, choices, slug, facetId, attempt]);
  if (choices) return { state: "loaded", ...choices };
  if (failed)
    return {
      state: "failed",
      retry: () => {
        setFailed(false);
        setAttempt((n) => n + 1);
      },
    };
  return { state: "loading" };
}

/**
 * The claims to rest the verdict on, with a box that narrows the list as one types (by outlet,
 * date, quote or value). Narrowing hides the other claims but keeps them in the form, so a claim
 * ticked earlier stays ticked.
 */
function EvidenceClaims({ choices, checkedIds }: { choices: Choices; checkedIds: string[] }) {
  const [filter, setFilter] = useState("");
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = (label: string) => words.every((word) => label.toLocaleLowerCase().includes(word));
  const checked = new Set(checkedIds);
  return (
    <fieldset>
      <legend className="font-medium">Claims it rests on</legend>
      <Loading choices={choices} />
      {choices.state === "loaded" && choices.claims.length === 0 ? <p className="text-stone-500">No claims compared here.</p> : null}
      {choices.state === "loaded" && choices.claims.length > 8 ? (
        <label className="mt-1 block">
          <span className="sr-only">Find a claim</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={`Find among ${choices.claims.length} claims`} className={field} />
        </label>
      ) : null}
      {choices.state === "loaded" ? (
        <div className="max-h-80 overflow-y-auto">
          {choices.claims.map(([id, label]) => (
            <label key={id} className={shown(label) ? "mt-1 flex items-start gap-1.5" : "hidden"}>
              <input type="checkbox" name="evidenceClaims" value={id} defaultChecked={checked.has(id)} className="mt-1 accent-indigo-700" />
              <span>{label}</span>
            </label>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}

/** The notes about the facet or its claims to rest the verdict on. */
function EvidenceNotes({ choices, checkedIds }: { choices: Choices; checkedIds: string[] }) {
  const checked = new Set(checkedIds);
  return (
    <fieldset>
      <legend className="font-medium">Notes it rests on</legend>
      <Loading choices={choices} />
      {choices.state === "loaded" && choices.notes.length === 0 ? <p className="text-stone-500">No notes about this facet or its claims yet.</p> : null}
      {choices.state === "loaded"
        ? choices.notes.map(([id, label]) => (
            <label key={id} className="mt-1 flex items-start gap-1.5">
              <input type="checkbox" name="evidenceNotes" value={id} defaultChecked={checked.has(id)} className="mt-1 accent-indigo-700" />
              <span>{label}</span>
            </label>
          ))
        : null}
    </fieldset>
  );
}

function Loading({ choices }: { choices: Choices }) {
  if (choices.state === "loading") return <p className="mt-1 text-stone-500">Listing them…</p>;
  if (choices.state === "failed")
    return (
      <p role="alert" className="mt-1 text-red-700">
        They could not be listed.{" "}
        <button type="button" onClick={choices.retry} className="underline">
          Try again
        </button>
      </p>
    );
  return null;
}
