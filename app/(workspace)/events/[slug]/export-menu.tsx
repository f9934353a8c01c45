"use client";

import { type FormEvent, useRef, useState } from "react";
import { REPORT_FORMATS, type ReportFormat } from "@/lib/report/format-list";

type Facet = { id: string; label: string };
type Download =
  | { state: "idle" }
  | { state: "preparing"; format: ReportFormat }
  | { state: "receiving"; format: ReportFormat; received: number; total: number | null }
  | { state: "saved"; fileName: string; bytes: number }
  | { state: "failed"; message: string };

const FORMAT_ORDER: ReportFormat[] = ["pdf", "html", "md", "csv", "claimreview", "json"];

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file name the server gave (RFC 6266 `filename*` first), else one made up. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * The Export menu of an event: the report's options (language, disputed only, notes, which
 * questions) and one button per format. It is a plain GET form to the export API, so it downloads
 * without JavaScript too; with it, the download streams into the page with its progress shown,
 * can be cancelled, and is saved under the server's file name.
 */
export function ExportMenu({ slug, facets }: { slug: string; facets: Facet[] }) {
  const [download, setDownload] = useState<Download>({ state: "idle" });
  // The questions left out, not those chosen: one that appears later (Find claims) is in by default.
  const [excluded, setExcluded] = useState<Set<string>>(() => new Set());
  const chosen = facets.filter((f) => !excluded.has(f.id));
  const abort = useRef<AbortController | null>(null);
  const action = `/api/events/${encodeURIComponent(slug)}/export`;
  const busy = download.state === "preparing" || download.state === "receiving";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const format = (submitter?.value ?? "pdf") as ReportFormat;
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) query.set(name, String(value));
    query.set("format", format);
    if (chosen.length < facets.length) query.set("facets", chosen.map((f) => f.id).join(","));

    const controller = new AbortController();
    abort.current = controller;
    setDownload({ state: "preparing", format });
    try {
      const response = await fetch(`${action}?${query}`, { signal: controller.signal });
      if (!response.ok || !response.body) {
        const problem = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(problem?.error ?? `The server answered ${response.status}.`);
      }
      const length = Number(response.headers.get("content-length"));
      const total = Number.isFinite(length) && length > 0 ? length : null;
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parts.push(value);
        received += value.byteLength;
        setDownload({ state: "receiving", format, received, total });
      }
      const fileName = fileNameOf(response, `${slug}.${REPORT_FORMATS[format].extension}`);
      const url = URL.createObjectURL(new Blob(parts, { type: response.headers.get("content-type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDownload({ state: "saved", fileName, bytes: received });
    } catch (error) {
      setDownload(
        controller.signal.aborted
          ? { state: "idle" }
          : { state: "failed", message: error instanceof Error ? error.message : "The download failed." },
      );
    } finally {
      abort.current = null;
    }
  }

  const toggle = (id: string) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <details className="group relative">
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-50 [&::-webkit-details-marker]:hidden">
        Export <span aria-hidden="true" className="inline-block transition group-open:rotate-180">▾</span>
      </summary>
      <form
        method="get"
        action={action}
        onSubmit={submit}
        aria-label="Export the report"
        className="absolute right-0 z-20 mt-2 w-[22rem] space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-lg"
      >
        <fieldset>
          <legend className="font-medium">Language of the report</legend>
          <div className="mt-1 flex gap-4">
            <label className="flex items-center gap-1.5">
              <input type="radio" name="language" value="en" defaultChecked /> English
            </label>
            <label className="flex items-center gap-1.5">
              <input type="radio" name="language" value="de" /> Deutsch
            </label>
          </div>
          <p className="mt-0.5 text-xs text-stone-500">Headings and labels; quotes stay as the articles wrote them.</p>
        </fieldset>
        <div className="space-y-1">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="disputedOnly" value="1" /> Disputed questions only
          </label>
          <label className="flex items-center gap-2">
            {/* Unchecked sends notes=0; checked sends both, and the later notes=1 wins. */}
            <input type="hidden" name="notes" value="0" />
            <input type="checkbox" name="notes" value="1" defaultChecked /> With the editors’ notes
          </label>
        </div>
        {facets.length > 0 ? (
          <details className="rounded-md border border-stone-200">
            <summary className="cursor-pointer px-2 py-1.5">
              Questions: {chosen.length === facets.length ? "all" : `${chosen.length} of ${facets.length}`}
            </summary>
            <fieldset className="max-h-48 space-y-1 overflow-y-auto border-t border-stone-200 px-2 py-1.5">
              <legend className="sr-only">Questions in the report</legend>
              {facets.map((facet) => (
                <label key={facet.id} className="flex items-start gap-2">
                  <input type="checkbox" className="mt-1" checked={!excluded.has(facet.id)} onChange={() => toggle(facet.id)} />
                  <span>{facet.label}</span>
                </label>
              ))}
            </fieldset>
          </details>
        ) : null}
        <fieldset>
          <legend className="font-medium">Download as</legend>
          <div className="mt-1 grid grid-cols-1 gap-1">
            {FORMAT_ORDER.map((format) => (
              <button
                key={format}
                type="submit"
                name="format"
                value={format}
                disabled={busy || chosen.length === 0}
                className="flex items-baseline justify-between gap-3 rounded-md px-2 py-1.5 text-left hover:bg-indigo-50 disabled:cursor-not-allowed disabled:opacity-50"
              >
                <span className="font-medium text-indigo-800">{REPORT_FORMATS[format].label}</span>
                <span className="text-right text-xs text-stone-500">{REPORT_FORMATS[format].description}</span>
              </button>
            ))}
          </div>
        </fieldset>
        <DownloadStatus download={download} onCancel={() => abort.current?.abort()} />
      </form>
    </details>
  );
}

function DownloadStatus({ download, onCancel }: { download: Download; onCancel: () => void }) {
  if (download.state === "idle") return <p role="status" aria-live="polite" className="sr-only" />;
  if (download.state === "failed") {
    return (
      <p role="status" aria-live="polite" className="text-red-700">
        {download.message}
      </p>
    );
  }
  if (download.state === "saved") {
    return (
      <p role="status" aria-live="polite" className="text-green-800">
        Saved {download.fileName} ({megabytes(download.bytes)}).
      </p>
    );
  }
  const label = REPORT_FORMATS[download.format].label;
  const receiving = download.state === "receiving";
  return (
    <div className="space-y-1">
      <p role="status" aria-live="polite" className="text-stone-700">
        {receiving
          ? `Downloading the ${label}: ${megabytes(download.received)}${download.total ? ` of ${megabytes(download.total)}` : ""}…`
          : `Preparing the ${label}…`}
      </p>
      <div className="flex items-center gap-2">
        <progress
          className="h-2 w-full"
          aria-label={`${label} download`}
          {...(receiving && download.total ? { value: download.received, max: download.total } : {})}
        />
        <button type="button" onClick={onCancel} className="text-xs text-stone-600 underline">
          Cancel
        </button>
      </div>
    </div>
  );
}
