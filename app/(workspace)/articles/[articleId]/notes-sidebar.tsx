import Link from "next/link";
import type { AnnotationFilters } from "@/lib/annotations/schema";
import type { AnnotationListItem } from "@/lib/db/annotations";
import { NoteCard } from "../../_components/notes/note-card";
import { NoteFilterFields } from "../../_components/notes/note-filter-fields";
import type { LinkOption } from "../../_components/notes/note-form";
import { toNoteCard } from "../../_components/notes/to-note-card";

const field = "mt-0.5 w-full rounded border border-stone-300 bg-white px-1.5 py-1 text-xs";

/**
 * The notes of the revision being read, in reading order and numbered as in the text, filtered
 * by tag, author and stance (a plain GET form, so it works without JavaScript), then the
 * article's orphans with the words they lost.
 */
export function NotesSidebar({
  slug,
  articleHref,
  notes,
  orphans,
  filters,
  options,
  links,
  canEdit,
}: {
  slug: string;
  articleHref: string;
  notes: { note: AnnotationListItem; number: number }[];
  orphans: AnnotationListItem[];
  filters: AnnotationFilters;
  options: { tags: string[]; authors: string[] };
  links: LinkOption[];
  canEdit: boolean;
}) {
  const filtered = Boolean(filters.tag || filters.author || filters.stance);
  return (
    <section aria-labelledby="notes-heading">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="notes-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          Notes <span className="text-stone-500">({notes.length})</span>
        </h2>
        <Link href={`/events/${slug}/notes`} className="text-xs text-indigo-800">
          All notes of the event
        </Link>
      </div>
      <form method="get" action={articleHref} aria-label="Filter notes" className="mt-2 grid grid-cols-3 gap-1.5 text-xs text-stone-600">
        <NoteFilterFields filters={filters} options={options} field={field} />
        <div className="col-span-3 flex gap-3">
          <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-0.5 font-medium text-stone-800 hover:bg-stone-100">
            Filter
          </button>
          {filtered ? (
            <Link href={articleHref} className="text-indigo-800">
              Show all
            </Link>
          ) : null}
        </div>
      </form>
      {notes.length === 0 ? (
        <p className="mt-3 text-sm text-stone-500">
          {filtered ? "No note here matches these filters." : canEdit ? "No notes yet. Select words in the text to write one." : "No notes yet."}
        </p>
      ) : (
        <ol className="mt-3 space-y-3" aria-label="Notes in reading order">
          {notes.map(({ note, number }) => (
            <li key={note.id}>
              <NoteCard note={toNoteCard(note, number, `#passage-${note.id}`, links)} slug={slug} links={links} canEdit={canEdit} />
            </li>
          ))}
        </ol>
      )}
      {orphans.length > 0 ? (
        <section aria-labelledby="orphans-heading" className="mt-6">
          <h3 id="orphans-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
            Orphans <span className="text-stone-500">({orphans.length})</span>
          </h3>
          <p className="mt-1 text-xs text-stone-500">Notes whose words are gone from this revision. They stay on the revision they were written on.</p>
          <ul className="mt-2 space-y-3">
            {orphans.map((note) => (
              <li key={note.id}>
                <NoteCard
                  note={toNoteCard(note, null, `${articleHref}?revision=${note.revisionNumber}#passage-${note.id}`, links)}
                  slug={slug}
                  links={links}
                  canEdit={canEdit}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
