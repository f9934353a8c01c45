"use client";

import type { EditConflict } from "@/lib/actions/action-result";

const FIELD_LABEL: Record<string, string> = { status: "Status", facet: "Facet", label: "Name", dismissed: "Dismissed", title: "Title", deleted: "Deleted" };

function show(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/**
 * Someone saved first: their version and this editor's side by side, and the choice between
 * keeping theirs (the page shows what is saved now) and applying mine again on top of theirs.
 * A form of its own (never inside another form), sending `action` the fields to apply mine again.
 */
export function ConflictNotice({ conflict, action, pending }: { conflict: EditConflict; action: (form: FormData) => void; pending: boolean }) {
  const fields = [...new Set([...Object.keys(conflict.current), ...Object.keys(conflict.attempted)])].filter((key) => key !== "version");
  const side = (title: string, values: EditConflict["current"], mark: (key: string) => boolean) => (
    <div className="rounded border border-stone-200 bg-white p-2">
      <p className="font-semibold">{title}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
        {fields.map((key) => (
          <div key={key} className="contents">
            <dt className="text-stone-500">{FIELD_LABEL[key] ?? key}</dt>
            <dd className={mark(key) ? "font-semibold" : undefined}>{show(values[key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
  const differs = (key: string) => conflict.current[key] !== conflict.attempted[key];
  return (
    <div role="alert" className="mt-2 w-full rounded-md border border-amber-300 bg-amber-50 p-3 text-xs text-amber-950">
      <p className="font-medium">Someone saved this {conflict.entityType} while you were looking. Nothing of yours was saved:</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {side(`Theirs (saved now, version ${conflict.current.version})`, conflict.current, differs)}
        {side(`Yours (based on version ${conflict.attempted.version})`, conflict.attempted, differs)}
      </div>
      <form action={action} className="mt-2 flex flex-wrap gap-2">
        {conflict.resubmit.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" name="intent" value="keep-theirs" disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-1 font-medium hover:bg-stone-100 disabled:opacity-50">
          Keep theirs
        </button>
        <button type="submit" name="intent" value="apply-mine" disabled={pending} className="rounded border border-amber-600 bg-white px-2 py-1 font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-50">
          Apply mine again
        </button>
      </form>
    </div>
  );
}
