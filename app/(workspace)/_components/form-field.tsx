export const labelClass = "block text-sm font-medium text-stone-800";
export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500";

/** A field's problems, under it, announced to screen readers. */
export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return id ? <p id={id} className="sr-only" /> : null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700">
      {errors.join("; ")}
    </p>
  );
}
