import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedIn } from "@/lib/auth/session";
import { findEvents } from "@/lib/db/events";
import { EmptyState } from "../_components/empty-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  await requireSignedIn();
  const events = await findEvents();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
      <p className="mt-1 text-stone-600">Each event gathers the articles that report on one story.</p>
      <div className="mt-6">
        {events.length === 0 ? (
          <EmptyState title="No events yet">
            Import articles with{" "}
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
