import Link from "next/link";
import { languageName } from "../_components/format";

type Options = { events: { slug: string; title: string }[]; outlets: string[]; languages: string[]; facets: { id: string; label: string }[] };

const field = "rounded-md border border-stone-300 bg-white px-2 py-1";

/** The search box and its filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export function SearchFilters({
  query,
  options,
  errors,
}: {
  query: Record<string, string | number | undefined>;
  options: Options;
  errors: Record<string, string[] | undefined>;
}) {
  const value = (name: string) => (query[name] === undefined ? "" : String(query[name]));
  const problem = (name: string) =>
    errors[name]?.length ? (
      <span id={`${name}-error`} className="text-xs text-red-700">
        {errors[name]?.join("; ")}
      </span>
    ) : null;
  return (
    <form method="get" action="/search" role="search" className="mt-4 space-y-3" aria-label="Search articles, claims and notes">
      <div className="flex flex-wrap items-start gap-2">
        <label className="flex min-w-72 flex-1 flex-col gap-1">
          <span className="sr-only">Search for</span>
          <input
            type="search"
            name="q"
            defaultValue={value("q")}
            maxLength={200}
            placeholder="A name, a figure, a phrase…"
            aria-invalid={errors.q ? true : undefined}
            aria-describedby={errors.q ? "q-error" : undefined}
            className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
          />
          {problem("q")}
        </label>
        <button type="submit" className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800">
          Search
        </button>
      </div>
      <fieldset className="flex flex-wrap items-end gap-x-4 gap-y-3 text-sm">
        <legend className="sr-only">Filters</legend>
        <Choice label="Event" name="event" value={value("event")} all="All events" options={options.events.map((e) => [e.slug, e.title])}>
          {problem("event")}
        </Choice>
        <Choice label="Outlet" name="outlet" value={value("outlet")} all="All outlets" options={options.outlets.map((name) => [name, name])} />
        <Choice label="Language" name="language" value={value("language")} all="All languages" options={options.languages.map((code) => [code, languageName(code)])} />
        <label className="flex flex-col gap-1">
          <span className="text-xs text-stone-600">Published from</span>
          <input type="date" name="from" defaultValue={value("from")} className={field} />
          {problem("from")}
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-stone-600">to</span>
          <input type="date" name="to" defaultValue={value("to")} className={field} />
          {problem("to")}
        </label>
        <Choice
          label="Facet"
          name="facet"
          value={value("facet")}
          all={options.facets.length ? "All facets" : query.event ? "No facets in this event yet" : "Choose an event first"}
          options={options.facets.map((f) => [f.id, f.label])}
        />
        {query.kind ? <input type="hidden" name="kind" value={value("kind")} /> : null}
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
          Apply filters
        </button>
        {query.event || query.outlet || query.language || query.from || query.to || query.facet ? (
          <Link href={`/search?q=${encodeURIComponent(value("q"))}`} className="py-1.5 text-indigo-800">
            Clear filters
          </Link>
        ) : null}
      </fieldset>
    </form>
  );
}

/** One filter as a labelled select; the first option means "no filter". Disabled while it offers nothing. */
function Choice({ label, name, value, all, options, children }: { label: string; name: string; value: string; all: string; options: [string, string][]; children?: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs text-stone-600">{label}</span>
      <select name={name} defaultValue={value} className={field} disabled={options.length === 0}>
        <option value="">{all}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
      {children}
    </label>
  );
}
