"use client";

import { useActionState, useState } from "react";
import { slugFromTitle } from "@/lib/events/slug-from-title";
import { createEventAction, type CreateEventResult } from "../actions";
import { FieldError, inputClass, labelClass } from "../../_components/form-field";

/** Title, address (made from the title until edited) and description of a new event. */
export function NewEventForm() {
  const [result, action, pending] = useActionState<CreateEventResult | null, FormData>(createEventAction, null);
  const [title, setTitle] = useState(result?.values?.title ?? "");
  const [slug, setSlug] = useState(result?.values?.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="mt-6 max-w-2xl space-y-5 rounded-lg border border-stone-200 bg-white p-6" aria-label="New event">
      <div>
        <label htmlFor="event-title" className={labelClass}>
          Title
        </label>
        <input
          id="event-title"
          name="title"
          required
          maxLength={300}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!slugEdited) setSlug(slugFromTitle(e.target.value));
          }}
          placeholder="Flood in the river valley, March 2025"
          aria-describedby="event-title-error"
          className={inputClass}
        />
        <FieldError id="event-title-error" errors={errors?.title} />
      </div>
      <div>
        <label htmlFor="event-slug" className={labelClass}>
          Address
        </label>
        <div className="mt-1 flex items-center rounded-md border border-stone-300 bg-stone-50 focus-within:ring-2 focus-within:ring-indigo-500">
          <span className="pl-3 font-mono text-sm text-stone-500">/events/</span>
          <input
            id="event-slug"
            name="slug"
            required
            maxLength={80}
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value);
              setSlugEdited(true);
            }}
            aria-describedby="event-slug-help event-slug-error"
            className="w-full bg-transparent py-2 pr-3 font-mono text-sm focus:outline-none"
          />
        </div>
        <p id="event-slug-help" className="mt-1 text-xs text-stone-500">
          Lowercase letters, digits and dashes; made from the title. It cannot be changed later.
        </p>
        <FieldError id="event-slug-error" errors={errors?.slug} />
      </div>
      <div>
        <label htmlFor="event-description" className={labelClass}>
          Description <span className="font-normal text-stone-500">(optional)</span>
        </label>
        <textarea
          id="event-description"
          name="description"
          rows={3}
          maxLength={2000}
          defaultValue={result?.values?.description}
          placeholder="What happened, and which question the sources answer differently."
          className={inputClass}
        />
        <FieldError errors={errors?.description} />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
          {pending ? "Creating…" : "Create event and add articles"}
        </button>
        {result && !result.ok ? (
          <p role="alert" className="text-sm text-red-700">
            {result.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
