"use client";

import Link from "next/link";
import { type ReactNode, useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Stance } from "@/lib/annotations/stances";
import { ConflictNotice } from "../conflict-notice";
import { confirmAnchorAction, deleteNoteAction, replyToNoteAction, resolveNoteAction, updateNoteAction } from "./actions";
import { FieldError, NoteFields, type LinkOption } from "./note-form";

/** A note as its card shows it; `body` and replies' bodies come rendered (markdown, on the server). */
export type NoteCardData = {
  id: string;
  number: number | null;
  version: number;
  quote: string;
  /** Where the passage is highlighted on this page, or where to read it (an orphan's old revision). */
  passageHref: string;
  body: ReactNode;
  source: { body: string; tags: string[]; stance: Stance | null; link: string };
  tags: string[];
  stance: Stance | null;
  linkLabel: string | null;
  author: string;
  createdAt: string;
  resolved: boolean;
  anchor: "anchored" | "moved" | "orphaned";
  movedFrom: { exact: string; revisionNumber: number } | null;
  orphanedOn: number | null;
  replies: { id: string; author: string; createdAt: string; body: ReactNode }[];
};

const STANCE_STYLE: Record<Stance, string> = {
  supports: "border-[#009E73] text-[#00694C]",
  contradicts: "border-[#D55E00] text-[#A34400]",
  context: "border-stone-400 text-stone-700",
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const small = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-stone-100 disabled:opacity-50";

function Status({ result, pending, busy }: { result: ActionResult | null; pending: boolean; busy: string }) {
  if (pending) return <span role="status" className="text-xs text-stone-600">{busy}</span>;
  if (!result) return null;
  return (
    <span role={result.ok ? "status" : "alert"} className={`text-xs ${result.ok ? "text-stone-600" : "text-red-700"}`}>
      {result.message}
      {result.ok && result.href ? (
        <>
          {" "}
          <Link href={result.href} className="text-indigo-800">
            History
          </Link>
        </>
      ) : null}
    </span>
  );
}

/** One note in the sidebar (or on the event's notes page): its words, what it says, its thread, and what an editor can do. */
export function NoteCard({ note, slug, links, canEdit }: { note: NoteCardData; slug: string; links: LinkOption[]; canEdit: boolean }) {
  const [mode, setMode] = useState<"read" | "edit" | "reply">("read");
  const [edited, edit, editing] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const result = await updateNoteAction(previous, form);
    if (result.ok) setMode("read");
    return result;
  }, null);
  const [replied, reply, replying] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const result = await replyToNoteAction(previous, form);
    if (result.ok) setMode("read");
    return result;
  }, null);
  const [resolved, resolve, resolving] = useActionState<ActionResult | null, FormData>(resolveNoteAction, null);
  const [deleted, remove, deleting] = useActionState<ActionResult | null, FormData>(deleteNoteAction, null);
  const [confirmed, confirm, confirming] = useActionState<ActionResult | null, FormData>(confirmAnchorAction, null);
  const conflict = [edited, resolved, deleted, confirmed].find((r) => r?.ok === false && r.conflict);
  const editErrors = edited?.ok === false ? edited.fieldErrors : undefined;
  const replyErrors = replied?.ok === false ? replied.fieldErrors : undefined;

  return (
    <article
      id={`note-${note.id}`}
      aria-labelledby={`note-${note.id}-title`}
      className={`scroll-mt-6 rounded-lg border bg-white p-3 text-sm shadow-sm target:ring-2 target:ring-teal-600 ${
        note.anchor === "moved" ? "border-amber-400" : note.anchor === "orphaned" ? "border-dashed border-stone-400" : "border-stone-200"
      } ${note.resolved ? "opacity-80" : ""}`}
      data-note
    >
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {note.number !== null ? (
          <span className="inline-flex size-5 items-center justify-center rounded-full bg-teal-700 text-[11px] font-semibold text-white" aria-hidden>
            {note.number}
          </span>
        ) : null}
        <h3 id={`note-${note.id}-title`} className="font-semibold">
          <span className="sr-only">Note{note.number !== null ? ` ${note.number}` : ""} by </span>
          {note.author}
        </h3>
        <span className="text-xs text-stone-500">{dateFormat.format(new Date(note.createdAt))}</span>
        {note.stance ? <span className={`rounded border px-1 text-xs ${STANCE_STYLE[note.stance]}`}>{note.stance}</span> : null}
        {note.resolved ? <span className="rounded bg-stone-200 px-1 text-xs text-stone-700">resolved</span> : null}
      </header>

      {note.anchor === "moved" ? (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-950">
          <span className="font-semibold">Moved — please confirm.</span> The article changed; this note was on{" "}
          <q className="italic">{note.movedFrom?.exact}</q> in revision {note.movedFrom?.revisionNumber}.
        </p>
      ) : null}
      {note.anchor === "orphaned" ? (
        <p className="mt-2 rounded bg-stone-100 px-2 py-1 text-xs text-stone-700">
          <span className="font-semibold">Orphan:</span> its words are not in the latest revision. It stays on revision {note.orphanedOn}.
        </p>
      ) : null}

      <blockquote className="mt-2 border-l-2 border-teal-600 pl-2 font-serif text-[13px] leading-snug text-stone-700">
        <a href={note.passageHref} className="text-inherit no-underline hover:underline">
          {note.quote.length > 160 ? `${note.quote.slice(0, 159)}…` : note.quote}
        </a>
      </blockquote>

      {mode === "edit" ? (
        <form action={edit} aria-label="Edit this note" className="mt-2">
          <input type="hidden" name="annotationId" value={note.id} />
          <input type="hidden" name="expectedVersion" value={note.version} />
          <NoteFields links={links} defaults={note.source} errors={editErrors} idPrefix={`edit-${note.id}`} />
          <div className="mt-2 flex items-center gap-2">
            <button type="submit" disabled={editing} className="rounded-md bg-teal-700 px-2.5 py-1 text-xs font-medium text-white disabled:bg-stone-400">
              {editing ? "Saving…" : "Save note"}
            </button>
            <button type="button" onClick={() => setMode("read")} className={small}>
              Cancel
            </button>
            <Status result={edited?.ok === false && !edited.conflict ? edited : null} pending={false} busy="" />
          </div>
        </form>
      ) : (
        <>
          <div className="mt-2 text-stone-800">{note.body}</div>
          {note.tags.length || note.linkLabel ? (
            <p className="mt-2 flex flex-wrap gap-1 text-xs">
              {note.tags.map((tag) => (
                <Link key={tag} href={`/events/${slug}/notes?tag=${encodeURIComponent(tag)}`} className="rounded-full bg-teal-50 px-2 py-0.5 text-teal-900 no-underline hover:bg-teal-100">
                  #{tag}
                </Link>
              ))}
              {note.linkLabel ? <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-indigo-900">about {note.linkLabel}</span> : null}
            </p>
          ) : null}
        </>
      )}

      {note.replies.length ? (
        <ol className="mt-2 space-y-2 border-t border-stone-100 pt-2" aria-label="Replies">
          {note.replies.map((r) => (
            <li key={r.id} className="text-stone-700">
              <p className="text-xs text-stone-500">
                <span className="font-medium text-stone-700">{r.author}</span> · {dateFormat.format(new Date(r.createdAt))}
              </p>
              {r.body}
            </li>
          ))}
        </ol>
      ) : null}

      {mode === "reply" ? (
        <form action={reply} aria-label="Reply to this note" className="mt-2">
          <input type="hidden" name="annotationId" value={note.id} />
          <label className="block text-xs">
            Reply
            <textarea name="body" required maxLength={10_000} rows={2} className="mt-1 w-full rounded-md border border-stone-300 px-2 py-1 text-sm" />
            <FieldError messages={replyErrors?.body} />
          </label>
          <div className="mt-1 flex gap-2">
            <button type="submit" disabled={replying} className="rounded-md bg-teal-700 px-2.5 py-1 text-xs font-medium text-white disabled:bg-stone-400">
              {replying ? "Sending…" : "Send reply"}
            </button>
            <button type="button" onClick={() => setMode("read")} className={small}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {canEdit && mode === "read" ? (
        <footer className="mt-2 flex flex-wrap items-center gap-1.5 border-t border-stone-100 pt-2">
          {note.anchor === "moved" ? (
            <form action={confirm}>
              <input type="hidden" name="kind" value="annotation" />
              <input type="hidden" name="id" value={note.id} />
              <input type="hidden" name="expectedVersion" value={note.version} />
              <button type="submit" disabled={confirming} className="rounded border border-amber-600 bg-white px-2 py-0.5 text-xs font-medium text-amber-900 hover:bg-amber-50">
                Confirm place
              </button>
            </form>
          ) : null}
          <button type="button" onClick={() => setMode("edit")} className={small}>
            Edit
          </button>
          <button type="button" onClick={() => setMode("reply")} className={small}>
            Reply
          </button>
          <form action={resolve}>
            <input type="hidden" name="annotationId" value={note.id} />
            <input type="hidden" name="expectedVersion" value={note.version} />
            <input type="hidden" name="resolved" value={note.resolved ? "0" : "1"} />
            <button type="submit" disabled={resolving} className={small}>
              {note.resolved ? "Reopen" : "Resolve"}
            </button>
          </form>
          <form action={remove}>
            <input type="hidden" name="annotationId" value={note.id} />
            <input type="hidden" name="expectedVersion" value={note.version} />
            <input type="hidden" name="slug" value={slug} />
            <button type="submit" disabled={deleting} className={small}>
              Delete
            </button>
          </form>
          <Status result={[confirmed, resolved, deleted, replied, edited].find((r) => r && !(r.ok === false && r.conflict)) ?? null} pending={confirming || resolving || deleting} busy="Saving…" />
        </footer>
      ) : null}
      {conflict?.ok === false && conflict.conflict ? (
        <ConflictNotice conflict={conflict.conflict} action={conflict === edited ? edit : conflict === resolved ? resolve : conflict === deleted ? remove : confirm} pending={false} />
      ) : null}
    </article>
  );
}
