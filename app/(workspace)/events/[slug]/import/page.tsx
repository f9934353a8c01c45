import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { findEventBySlug } from "@/lib/db/events";
import { findJobsForEvent } from "@/lib/db/jobs";
import { eventSlugSchema } from "@/lib/events/schema";
import { JobProgressView } from "../../../_components/job-progress";
import { IngestForm } from "./ingest-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  const event = slug.success ? await findEventBySlug(slug.data) : null;
  if (!event) notFound();
  return event;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireSignedIn();
  return { title: `Add articles · ${(await load(params)).title}` };
}

// GET /events/[slug]/import – paste, upload or link articles; imports run as jobs, shown below.
export default async function ImportPage({ params }: Props) {
  const event = await load(params);
  const user = await requireSignedIn(`/events/${event.slug}/import`);
  if (!hasRole(user.role, "editor")) notFound();
  const jobs = await findJobsForEvent(event.id, 5);
  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> / <Link href={`/events/${event.slug}`}>{event.title}</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Add articles</h1>
      <p className="mt-1 max-w-3xl text-stone-600">
        Paste an article’s text, upload files (.txt, .md, .html; several at once, or drop them here), or give web addresses, one per
        line. Web pages are reduced to the article; its title, outlet, author, date and language are read from the page. The same text
        twice is stored once; a changed text at the same address becomes a new revision.
      </p>
      <IngestForm slug={event.slug} />
      <section className="mt-10" aria-labelledby="jobs-heading">
        <h2 id="jobs-heading" className="text-lg font-semibold">
          Recent imports
        </h2>
        {jobs.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">None yet. Imports run in the background: you can leave this page and come back.</p>
        ) : (
          <div className="mt-3 space-y-4">
            {jobs.map((job) => (
              <JobProgressView key={job.id} initial={job} />
            ))}
          </div>
        )}
        <p className="mt-4 text-sm">
          <Link href={`/events/${event.slug}`} className="text-indigo-800">
            Back to the event →
          </Link>
        </p>
      </section>
    </>
  );
}
