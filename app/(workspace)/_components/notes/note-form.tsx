"use client";

import { STANCE_LABEL, type Stance } from "@/lib/annotations/stances";

/** Something a note can link to: a claim of this article or a facet of the event. */
export type LinkOption = { value: string; label: string };

const field = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm font-sans";

/**
 * The fields of a note (markdown body, tags, stance, link), shared by "Add a note" and "Edit";
 * `defaults` fill them for an edit. Field errors from the server sit under their field.
 */
export function NoteFields({
  links,
  defaults,
  errors,
  idPrefix,
}: {
  links: LinkOption[];
  defaults?: { body: string; tags: string[]; stance: Stance | null; link: string };
  errors?: Record<string, string[] | undefined>;
  idPrefix: string;
}) {
  return (
    <div className="grid gap-3 text-sm">
      <label htmlFor={`${idPrefix}-body`}>
        Note <span className="text-stone-500">(markdown: **bold**, *italic*, [links](https://…), lists)</span>
        <textarea id={`${idPrefix}-body`} name="body" required maxLength={10_000} rows={4} defaultValue={defaults?.body} className={field} />
        <FieldError messages={errors?.body} />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label>
          Tags <span className="text-stone-500">(comma-separated)</span>
          <input name="tags" defaultValue={defaults?.tags.join(", ")} placeholder="e.g. death toll, scope" className={field} />
          <FieldError messages={errors?.tags} />
        </label>
        <label>
          Stance
          <select name="stance" defaultValue={defaults?.stance ?? ""} className={field}>
            <option value="">none</option>
            {(Object.keys(STANCE_LABEL) as Stance[]).map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_LABEL[stance]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        About
        <select name="link" defaultValue={defaults?.link ?? ""} className={field}>
          <option value="">nothing in particular</option>
          {links.map((link) => (
            <option key={link.value} value={link.value}>
              {link.label}
            </option>
          ))}
        </select>
        <FieldError messages={errors?.link} />
      </label>
    </div>
  );
}

export function FieldError({ messages }: { messages?: string[] }) {
  return messages?.length ? <span className="mt-1 block text-xs text-red-700">{messages.join(", ")}</span> : null;
}
