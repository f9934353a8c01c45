import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { findEvents } from "@/lib/db/events";
import { EmptyState } from "../_components/empty-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const user = await requireSignedIn();
  const canEdit = hasRole(user.role, "editor");
  const events = await findEvents();
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
          <p className="mt-1 text-stone-600">Each event gathers the articles that report on one story.</p>
        </div>
        <div className="flex items-center gap-4 text-sm">
          {canEdit ? (
            <Link href="/events/new" className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white no-underline hover:bg-indigo-800">
              New event
            </Link>
          ) : null}
        </div>
      </div>
      <div className="mt-6">
        {events.length === 0 ? (
          <EmptyState title="No events yet">
            {canEdit ? (
              <>
                <Link href="/events/new" className="text-indigo-800">
                  Create one
                </Link>{" "}
                and paste, upload or link its articles, or import them with{" "}
              </>
            ) : (
              "Import articles with "
            )}
            <code className="font-mono">npm run cli -- import &lt;folder&gt; --event &lt;slug&gt;</code>, or load the
            demo with <code className="font-mono">npm run cli -- demo</code>.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white">
            {events.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${event.slug}`} className="block px-5 py-4 no-underline hover:bg-stone-50">
                  <span className="font-medium text-indigo-800">{event.title}</span>
                  {event.description ? (
                    <span className="mt-1 block text-sm text-stone-600">{event.description}</span>
                  ) : null}
                  <span className="mt-1 block text-xs text-stone-500">
                    {event.articleCount} {event.articleCount === 1 ? "article" : "articles"} · {event.facetCount}{" "}
                    {event.facetCount === 1 ? "facet" : "facets"} · <span className="font-mono">{event.slug}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
