"use client";

import { useActionState } from "react";
import { FieldError, inputClass, labelClass } from "../../_components/form-field";
import type { ActionResult } from "./actions";
import { deleteEventAction, updateEventAction, type EventEditResult } from "./event-actions";

type Props = { slug: string; title: string; description: string | null; version: number };

/**
 * Renaming, describing and deleting the event, folded away under "Edit event". Deleting asks once
 * more, and can be undone from the history.
 */
export function EventSettings({ slug, title, description, version }: Props) {
  const [saved, save, saving] = useActionState<EventEditResult | null, FormData>(updateEventAction, null);
  const [deleted, remove, deleting] = useActionState<ActionResult | null, FormData>(deleteEventAction, null);
  const errors = saved && !saved.ok ? saved.fieldErrors : undefined;
  return (
    <details className="group mt-3 max-w-3xl rounded-lg border border-stone-200 bg-white open:shadow-sm">
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-indigo-800 select-none">Edit event</summary>
      {/* Keyed by version: after a save (or someone else's), the fields show what is stored now. */}
      <form key={version} action={save} className="space-y-4 border-t border-stone-200 px-4 py-4" aria-label="Edit event">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="expectedVersion" value={version} />
        <div>
          <label htmlFor="edit-event-title" className={labelClass}>
            Title
          </label>
          <input id="edit-event-title" name="title" required maxLength={300} defaultValue={title} className={inputClass} />
          <FieldError errors={errors?.title} />
        </div>
        <div>
          <label htmlFor="edit-event-description" className={labelClass}>
            Description
          </label>
          <textarea id="edit-event-description" name="description" rows={3} maxLength={2000} defaultValue={description ?? ""} className={inputClass} />
          <FieldError errors={errors?.description} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={saving} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
            {saving ? "Saving…" : "Save"}
          </button>
          <p role="status" aria-live="polite" className={`text-sm ${saved && !saved.ok ? "text-red-700" : "text-stone-600"}`}>
            {saved?.message}
          </p>
        </div>
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (!window.confirm(`Delete “${title}” with its articles and claims? You can undo this from the event's history.`)) e.preventDefault();
        }}
        className="flex flex-wrap items-center gap-3 border-t border-stone-200 px-4 py-3"
      >
        <input type="hidden" name="slug" value={slug} />
        <button type="submit" disabled={deleting} className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-50">
          {deleting ? "Deleting…" : "Delete event"}
        </button>
        <p className="text-xs text-stone-500">Deleting is undoable from the event’s history.</p>
        {deleted && !deleted.ok ? (
          <p role="alert" className="text-sm text-red-700">
            {deleted.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
