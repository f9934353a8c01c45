"use client";

import { useActionState } from "react";
import type { ActionResult } from "../actions";
import { undoDeletionAction } from "./actions";

/** Undo one deletion of the history; says what happened, or why it could not. */
export function UndoForm({ slug, auditEventId, what }: { slug: string; auditEventId: string; what: string }) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(undoDeletionAction, null);
  return (
    <form action={action} className="flex items-center gap-2" aria-label={`Undo: ${what}`}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="auditEventId" value={auditEventId} />
      <button
        type="submit"
        disabled={pending || result?.ok === true}
        className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-stone-100 disabled:opacity-50"
      >
        Undo
      </button>
      <span role="status" className={`text-xs ${result && !result.ok ? "text-red-700" : "text-stone-600"}`}>
        {pending ? "Restoring…" : result?.message}
      </span>
    </form>
  );
}
