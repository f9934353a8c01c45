import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { z } from "zod";
import { describeChange } from "@/lib/audit/describe-change";
import { auditEventIdSchema } from "@/lib/audit/schema";
import { findAuditEventsForEvent } from "@/lib/db/audit";
import { findEventForHistory } from "@/lib/db/events";
import { findDeletionStates } from "@/lib/db/find-deletion-states";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../../_components/empty-state";
import { formatDateTime } from "../../../_components/format";
import { UndoForm } from "./undo-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// `before` as the API reads it (a 64-bit id); anything else is no page of this history.
const querySchema = z.object({ before: auditEventIdSchema.transform(BigInt).optional() });

// GET /events/[slug]/history – every recorded change of the event, newest first; deletions can be undone.
export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requireSignedIn();
  const canEdit = hasRole(user.role, "editor");
  const slug = eventSlugSchema.safeParse((await params).slug);
  // A deleted event keeps its history page: that is where its deletion is undone.
  const event = slug.success ? await findEventForHistory(slug.data) : null;
  if (!event) notFound();
  const query = querySchema.safeParse({ before: (await searchParams).before });
  if (!query.success) notFound();
  const { before } = query.data;
  const { rows, hasMore } = await findAuditEventsForEvent(event.id, { before });
  const deletions = await findDeletionStates(rows);
  const last = rows.at(-1);

  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> / <Link href={`/events/${event.slug}`}>{event.title}</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">History</h1>
      <p className="mt-1 text-stone-600">
        Every change to this event, who made it and when. The record cannot be edited; deletions can be undone by an editor.
      </p>
      {event.deletedAt ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This event was deleted on {formatDateTime(event.deletedAt)}: it is hidden everywhere.
          {canEdit ? " Undo its deletion below to bring it back with everything in it." : ""}
        </p>
      ) : null}
      <div className="mt-6">
        {rows.length === 0 ? (
          <EmptyState title="Nothing recorded yet">Changes appear here as articles are imported and claims reviewed.</EmptyState>
        ) : (
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
            {rows.map((row) => (
              <li key={row.id.toString()} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2.5">
                <time dateTime={row.at.toISOString()} className="w-48 shrink-0 text-stone-500 tabular-nums">
                  {formatDateTime(row.at)}
                </time>
                <span className="w-32 shrink-0 truncate font-medium text-stone-700" title={row.actor}>
                  {row.actorName}
                </span>
                <span className="min-w-0 flex-1">{describeChange(row)}</span>
                <DeletionStatus state={deletions.get(row.id.toString())} canEdit={canEdit} slug={event.slug} auditEventId={row.id.toString()} what={describeChange(row)} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {hasMore && last ? (
        <Link href={`/events/${event.slug}/history?before=${last.id}`} className="mt-4 inline-block text-sm font-medium text-indigo-800">
          Older changes →
        </Link>
      ) : null}
    </>
  );
}

/** For a deletion: Undo while it can be undone, else whether it was restored or is gone for good. */
function DeletionStatus({ state, canEdit, ...undo }: { state: "undoable" | "restored" | "gone" | undefined; canEdit: boolean; slug: string; auditEventId: string; what: string }) {
  if (state === "undoable") return canEdit ? <UndoForm {...undo} /> : <span className="text-xs text-stone-500">still deleted</span>;
  if (state === "restored") return <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">restored</span>;
  if (state === "gone") return <span className="text-xs text-stone-500">removed for good</span>;
  return null;
}
