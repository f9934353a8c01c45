import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { annotationFiltersSchema, type AnnotationFilters } from "@/lib/annotations/schema";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { findAnnotationFacets, findAnnotationsForEvent } from "@/lib/db/annotations";
import { findClaimLabels } from "@/lib/db/claims";
import { findEventBySlug } from "@/lib/db/events";
import { findFacetOptions } from "@/lib/db/facets";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../../_components/empty-state";
import { NoteCard } from "../../../_components/notes/note-card";
import { NoteFilterFields } from "../../../_components/notes/note-filter-fields";
import { linkOptions } from "../../../_components/notes/link-options";
import { toNoteCard } from "../../../_components/notes/to-note-card";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadEvent(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  const event = slug.success ? await findEventBySlug(slug.data) : null;
  if (!event) notFound();
  return event;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Notes · ${(await loadEvent(params)).title}` };
}

const STATUS_LABEL: Record<NonNullable<AnnotationFilters["status"]>, string> = {
  open: "open",
  resolved: "resolved",
  "to-confirm": "moved, to confirm",
  orphaned: "orphans",
};

const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";

// GET /events/[slug]/notes – every note of the event, by article in reading order, with filters.
export default async function EventNotesPage({ params, searchParams }: Props) {
  const user = await requireSignedIn();
  const canEdit = hasRole(user.role, "editor");
  const event = await loadEvent(params);
  const filters = annotationFiltersSchema.catch({}).parse(await searchParams);
  const [notes, options, facets] = await Promise.all([findAnnotationsForEvent(event.id, filters), findAnnotationFacets(event.id), findFacetOptions(event.id)]);
  const claims = await findClaimLabels([...new Set(notes.flatMap((n) => (n.claimId ? [n.claimId] : [])))]);
  const links = linkOptions(claims, facets);
  const byArticle = new Map<string, typeof notes>();
  for (const note of notes) byArticle.set(note.articleId, [...(byArticle.get(note.articleId) ?? []), note]);
  const filtered = Object.values(filters).some(Boolean);
  const counts = { orphaned: notes.filter((n) => n.anchor.state === "orphaned").length, moved: notes.filter((n) => n.anchor.state === "moved").length };

  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> / <Link href={`/events/${event.slug}`}>{event.title}</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Notes</h1>
      <p className="mt-1 max-w-3xl text-sm text-stone-600">
        Every editor’s note on the articles of this event, article by article in reading order.
        {counts.moved ? ` ${counts.moved} moved to new wording and wait for a person to confirm them.` : ""}
        {counts.orphaned ? ` ${counts.orphaned} lost their words in a new revision (orphans).` : ""} To write one, select words in an article.
      </p>

      <form method="get" aria-label="Filter notes" className="mt-5 grid max-w-3xl grid-cols-2 gap-3 text-sm text-stone-700 sm:grid-cols-5">
        <NoteFilterFields filters={filters} options={options} field={field} />
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">any</option>
            {Object.entries(STATUS_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1 font-medium hover:bg-stone-100">
            Filter
          </button>
          {filtered ? (
            <Link href={`/events/${event.slug}/notes`} className="pb-1 text-indigo-800">
              Clear
            </Link>
          ) : null}
        </div>
      </form>

      {notes.length === 0 ? (
        <div className="mt-6 max-w-3xl">
          <EmptyState title={filtered ? "No note matches these filters" : "No notes yet"}>
            {filtered ? "Clear the filters to see every note." : "Open an article and select words to write the first note."}
          </EmptyState>
        </div>
      ) : (
        <div className="mt-6 space-y-8">
          {[...byArticle.values()].map((articleNotes) => {
            const first = articleNotes[0]!;
            return (
              <section key={first.articleId} aria-labelledby={`article-${first.articleId}`}>
                <h2 id={`article-${first.articleId}`} className="text-base font-semibold">
                  <Link href={`/articles/${first.articleId}`} className="text-stone-900">
                    {first.article.title}
                  </Link>{" "}
                  <span className="font-normal text-stone-500">· {first.article.outlet ?? "unknown outlet"}</span>
                </h2>
                <ol className="mt-3 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
                  {articleNotes.map((note) => {
                    const revision = note.anchor.state === "orphaned" ? `?revision=${note.revisionNumber}` : "";
                    return (
                      <li key={note.id}>
                        <NoteCard note={toNoteCard(note, null, `/articles/${note.articleId}${revision}#passage-${note.id}`, links)} slug={event.slug} links={links} canEdit={canEdit} />
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
