"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { JobProgress } from "@/lib/jobs/schema";

const STATUS_WORDS: Record<JobProgress["items"][number]["status"], string> = { pending: "waiting", done: "done", refused: "refused", failed: "failed" };
const STATUS_STYLE: Record<JobProgress["items"][number]["status"], string> = {
  pending: "text-stone-500",
  done: "text-emerald-800",
  refused: "text-red-800",
  failed: "text-red-800",
};

/** "3 of 12 done · 1 refused". */
export function summarize(job: JobProgress): string {
  const finished = job.total - job.counts.pending;
  const extra = [job.counts.refused ? `${job.counts.refused} refused` : null, job.counts.failed ? `${job.counts.failed} failed` : null].filter(Boolean);
  return `${finished} of ${job.total} ${job.finishedAt ? "finished" : "done so far"}${extra.length ? ` · ${extra.join(" · ")}` : ""}`;
}

/**
 * A job as it goes on, polled from GET /api/jobs/{id} every second until it finishes. When it
 * finishes the page's server data is refreshed (new articles, claims) and `onFinished` is told.
 */
export function useJobProgress(initial: JobProgress, onFinished?: (job: JobProgress) => void) {
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const [, startTransition] = useTransition();
  const finishedRef = useRef(Boolean(initial.finishedAt));
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  });

  useEffect(() => {
    if (finishedRef.current) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/api/jobs/${initial.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? `status ${response.status}`);
        const next = (await response.json()) as JobProgress;
        if (stopped) return;
        setJob(next);
        setError(null);
        if (next.finishedAt) {
          finishedRef.current = true;
          startTransition(() => router.refresh());
          onFinishedRef.current?.(next);
          return;
        }
      } catch (cause) {
        if (!stopped) setError(`Could not read the job's progress (${(cause as Error).message}); trying again.`);
      }
      if (!stopped) timer = setTimeout(poll, 1000);
    };
    timer = setTimeout(poll, 500);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [initial.id, router]);
  return { job, error };
}

/** Follows a job without showing it (the caller shows what it needs). */
export function JobWatcher({ initial, onFinished }: { initial: JobProgress; onFinished: (job: JobProgress) => void }) {
  useJobProgress(initial, onFinished);
  return null;
}

/** A job's progress: a bar, and each item with its state, its article and, when refused, why. */
export function JobProgressView({ initial, showItems = true }: { initial: JobProgress; showItems?: boolean }) {
  const { job, error } = useJobProgress(initial);
  const finished = job.total - job.counts.pending;
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4" data-testid="job-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p className="font-medium">
          {job.kind === "import" ? "Import" : "Finding claims"} · {summarize(job)}
        </p>
        <p className="text-xs text-stone-500">started {new Date(job.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC</p>
      </div>
      <progress className="mt-2 h-2 w-full accent-indigo-700" max={job.total} value={finished} aria-label={`${job.kind === "import" ? "Import" : "Finding claims"} progress`}>
        {finished} of {job.total}
      </progress>
      {error ? <p className="mt-2 text-xs text-red-700">{error}</p> : null}
      {showItems ? (
        <ol className="mt-3 max-h-80 divide-y divide-stone-100 overflow-y-auto text-sm">
          {job.items.map((item) => (
            <li key={item.position} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-1.5">
              <span className={`w-16 shrink-0 text-xs font-medium uppercase ${STATUS_STYLE[item.status]}`}>
                {item.status === "pending" && item.attempts > 0 ? "working" : STATUS_WORDS[item.status]}
              </span>
              <span className="min-w-0 flex-1 truncate font-mono text-xs text-stone-700" title={item.source}>
                {item.source}
              </span>
              {item.articleId ? (
                <Link href={`/articles/${item.articleId}`} className="text-xs text-indigo-800">
                  {item.outcome === "created" ? "new article" : item.outcome === "revised" ? `revision ${item.revision}` : "already there"}
                </Link>
              ) : null}
              {item.status === "pending" && item.attempts > 1 ? <span className="text-xs text-amber-800">attempt {item.attempts}: trying again</span> : null}
              {item.message && item.status !== "done" ? <span className="basis-full pl-19 text-xs text-red-800">{item.message}</span> : null}
              {item.message && item.status === "done" ? <span className="basis-full pl-19 text-xs text-stone-600">{item.message}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
