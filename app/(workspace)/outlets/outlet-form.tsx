"use client";

import { useActionState } from "react";
import { FieldError, inputClass } from "../_components/form-field";
import { createOutletAction, updateOutletAction, type OutletResult } from "./actions";

type Outlet = { id: string; name: string; domain: string | null; country: string | null; language: string | null; version: number };

/** Name, domain, country and language of an outlet: a new one (no `outlet`) or a correction. */
export function OutletForm({ outlet }: { outlet?: Outlet }) {
  const [result, action, pending] = useActionState<OutletResult | null, FormData>(outlet ? updateOutletAction : createOutletAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const prefix = outlet ? `outlet-${outlet.id}` : "new-outlet";
  const field = (name: "name" | "domain" | "country" | "language", label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div className={name === "name" ? "min-w-48 flex-[2]" : name === "domain" ? "min-w-40 flex-[2]" : "w-24"}>
      <label htmlFor={`${prefix}-${name}`} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <input id={`${prefix}-${name}`} name={name} defaultValue={outlet?.[name] ?? ""} className={inputClass} {...props} />
      <FieldError errors={errors?.[name]} />
    </div>
  );
  return (
    <form key={outlet?.version} action={action} aria-label={outlet ? `Edit ${outlet.name}` : "New outlet"} className="flex flex-wrap items-start gap-3">
      {outlet ? (
        <>
          <input type="hidden" name="id" value={outlet.id} />
          <input type="hidden" name="expectedVersion" value={outlet.version} />
        </>
      ) : null}
      {field("name", "Name", { required: true, maxLength: 200, placeholder: "Harbour Times" })}
      {field("domain", "Domain", { maxLength: 253, placeholder: "harbour-times.example" })}
      {field("country", "Country", { maxLength: 2, placeholder: "GB" })}
      {field("language", "Language", { maxLength: 2, placeholder: "en" })}
      <div className="flex items-center gap-3 self-end pb-0.5">
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
          {pending ? "Saving…" : outlet ? "Save" : "Add outlet"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`basis-full text-sm ${result && !result.ok ? "text-red-700" : "text-stone-600"}`}>
        {result?.message}
      </p>
    </form>
  );
}
