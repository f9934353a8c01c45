"use client";

import { useActionState } from "react";
import { findClaimsAction, type ActionResult } from "./actions";

/** Runs extraction over the event's articles; shows that it is working, then what it found. */
export function FindClaimsButton({ slug, articleCount }: { slug: string; articleCount: number }) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(findClaimsAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="slug" value={slug} />
      <button
        type="submit"
        disabled={pending || articleCount === 0}
        className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-stone-400"
      >
        {pending ? "Finding claims…" : "Find claims"}
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${result && !result.ok ? "text-red-700" : "text-stone-600"}`}>
        {pending ? `Reading ${articleCount} article(s)…` : result?.message}
      </p>
    </form>
  );
}
