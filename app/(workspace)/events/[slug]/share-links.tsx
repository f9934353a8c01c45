"use client";

import { useActionState } from "react";
import { createShareLinkAction, revokeShareLinkAction, type ShareResult } from "./share-actions";

type Link = { id: string; createdAt: string; expiresAt: string; revokedAt: string | null; label: string };

/** Create and revoke read-only links to the event's report (editors). */
export function ShareLinks({ slug, links }: { slug: string; links: Link[] }) {
  const [created, create, creating] = useActionState<ShareResult | null, FormData>(createShareLinkAction, null);
  return (
    <div className="mt-3 space-y-3 text-sm">
      <form action={create} aria-label="Create a share link" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="slug" value={slug} />
        <label>
          Valid for (days)
          <input name="expiresInDays" type="number" min={1} max={90} defaultValue={14} className="mt-1 block w-24 rounded-md border border-stone-300 bg-white px-2 py-1.5" />
        </label>
        <button type="submit" disabled={creating} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-50">
          Create read-only link
        </button>
      </form>
      {created ? (
        <p role="status" className={created.ok ? "text-green-800" : "text-red-700"}>
          {created.message}{" "}
          {created.ok && created.path ? (
            <a href={created.path} className="font-mono break-all text-indigo-800 underline" data-testid="share-link">
              {typeof window === "undefined" ? created.path : `${window.location.origin}${created.path}`}
            </a>
          ) : null}
        </p>
      ) : null}
      {links.length > 0 ? (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2">
              <span>{link.label}</span>
              {link.revokedAt === null && new Date(link.expiresAt) > new Date() ? <RevokeButton slug={slug} linkId={link.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function RevokeButton({ slug, linkId }: { slug: string; linkId: string }) {
  const [result, revoke, pending] = useActionState<ShareResult | null, FormData>(revokeShareLinkAction, null);
  return (
    <form action={revoke} className="flex items-center gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" disabled={pending} className="text-red-800 underline">
        Revoke
      </button>
      {result && !result.ok ? <span className="text-red-700">{result.message}</span> : null}
    </form>
  );
}
