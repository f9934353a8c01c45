import Link from "next/link";
import type { EventMatrixFilters } from "@/lib/compare/event-matrix-schema";
import { languageName } from "../../_components/format";

/** The overview's filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export function MatrixFilters({
  slug,
  filters,
  languages,
  outlets,
}: {
  slug: string;
  filters: EventMatrixFilters;
  languages: string[];
  outlets: string[];
}) {
  const active = filters.disputed || filters.language || filters.outlet;
  return (
    <form method="get" action={`/events/${slug}`} className="mt-3 flex flex-wrap items-end gap-x-5 gap-y-3 text-sm" aria-label="Filter the matrix">
      <label className="flex items-center gap-2">
        <input type="checkbox" name="disputed" value="1" defaultChecked={filters.disputed} className="size-4 accent-indigo-700" />
        Disputed facets only
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-600">Language</span>
        <select name="language" defaultValue={filters.language ?? ""} className="rounded-md border border-stone-300 bg-white px-2 py-1">
          <option value="">All languages</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-600">Outlet</span>
        <select name="outlet" defaultValue={filters.outlet ?? ""} className="rounded-md border border-stone-300 bg-white px-2 py-1">
          <option value="">All outlets</option>
          {outlets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
        Apply filters
      </button>
      {active ? (
        <Link href={`/events/${slug}`} className="py-1.5 text-indigo-800">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
