"use client";

import { useActionState, useState } from "react";
import type { JobProgress } from "@/lib/jobs/schema";
import { JobWatcher } from "../../_components/job-progress";
import { findClaimsAction, type ActionResult } from "./actions";

/**
 * Starts finding the claims of the event's articles as a job and follows it; when the worker is
 * done the page refreshes and the status says what was found.
 */
export function FindClaimsButton({ slug, articleCount }: { slug: string; articleCount: number }) {
  const [result, action, pending] = useActionState<(ActionResult & { job?: JobProgress }) | null, FormData>(findClaimsAction, null);
  const [finished, setFinished] = useState<{ jobId: string; message: string } | null>(null);
  const job = result?.ok ? result.job : undefined;
  const running = Boolean(job && finished?.jobId !== job.id && !job.finishedAt);
  const message = pending
    ? "Starting…"
    : result && !result.ok
      ? result.message
      : job && finished?.jobId === job.id
        ? finished.message
        : running
          ? `Reading ${articleCount} article(s)…`
          : "";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <form action={action}>
        <input type="hidden" name="slug" value={slug} />
        <button
          type="submit"
          disabled={pending || running || articleCount === 0}
          className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-stone-400"
        >
          {pending || running ? "Finding claims…" : "Find claims"}
        </button>
      </form>
      <p role="status" aria-live="polite" className={`text-sm ${result && !result.ok ? "text-red-700" : "text-stone-600"}`}>
        {message}
      </p>
      {job && running ? (
        <JobWatcher key={job.id} initial={job} onFinished={(done) => setFinished({ jobId: done.id, message: done.items[0]?.message ?? "Done." })} />
      ) : null}
    </div>
  );
}
