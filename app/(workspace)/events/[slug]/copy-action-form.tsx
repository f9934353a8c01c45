"use client";

import { useActionState } from "react";
import type { ActionResult } from "./actions";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** Hidden fields, each [name, value]; a name may repeat. */
  fields: [string, string][];
  label: string;
  pendingLabel: string;
  /** The button's accessible name when `label` alone is ambiguous on the page ("Not a copy" of which article). */
  describe?: string;
  tone?: "plain" | "primary";
  children?: React.ReactNode;
};

/** One copy-group change as a small form: works without JavaScript, says what happened next to its button. */
export function CopyActionForm({ action, fields, label, pendingLabel, describe, tone = "plain", children }: Props) {
  const [result, run, pending] = useActionState<ActionResult | null, FormData>(action, null);
  return (
    <form action={run} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      {fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={pending}
        aria-label={describe}
        className={
          tone === "primary"
            ? "rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400"
            : "rounded-md border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-50"
        }
      >
        {pending ? pendingLabel : label}
      </button>
      {result ? (
        <p role="status" className={`text-xs ${result.ok ? "text-emerald-800" : "text-red-700"}`}>
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
