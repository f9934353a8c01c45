"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { inputClass, labelClass } from "../../../_components/form-field";

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPTED = /\.(txt|md|html?|xhtml)$/i;

type Tab = "paste" | "upload" | "urls";
const TABS: { id: Tab; label: string }[] = [
  { id: "paste", label: "Paste text" },
  { id: "upload", label: "Upload files" },
  { id: "urls", label: "From URLs" },
];

/** The bytes of a file as base64, so a page in any charset reaches the server unchanged. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Paste, upload (choose or drop several files) and URLs, sent together as one import job
 * (POST /api/events/{slug}/imports); the page's list of imports then shows its progress.
 */
export function IngestForm({ slug }: { slug: string }) {
  const [tab, setTab] = useState<Tab>("paste");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [urls, setUrls] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; issues?: string[] } | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  const router = useRouter();
  const [, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);

  const urlList = urls.split(/\r?\n/).map((u) => u.trim()).filter((u) => u && !u.startsWith("#"));
  const tooBig = files.filter((f) => f.size > MAX_FILE_BYTES);
  const unsupported = files.filter((f) => !ACCEPTED.test(f.name));
  const parts = [
    text.trim() ? "1 pasted text" : null,
    files.length ? `${files.length} ${files.length === 1 ? "file" : "files"}` : null,
    urlList.length ? `${urlList.length} ${urlList.length === 1 ? "URL" : "URLs"}` : null,
  ].filter(Boolean);

  const addFiles = (list: FileList | null) => {
    // Copied now: the input's FileList empties when the input is reset, before the update runs.
    const added = [...(list ?? [])];
    setFiles((current) => [...current, ...added.filter((f) => !current.some((c) => c.name === f.name && c.size === f.size))]);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setStarted(null);
    if (parts.length === 0) return setError({ message: "Paste a text, choose files or give URLs first." });
    if (tooBig.length || unsupported.length) return setError({ message: "Remove the files marked below first." });
    setSending(true);
    try {
      const body = {
        urls: urlList,
        files: await Promise.all(files.map(async (file) => ({ name: file.name, base64: await toBase64(file) }))),
        texts: text.trim() ? [{ title: title.trim() || undefined, text }] : [],
      };
      const response = await fetch(`/api/events/${slug}/imports`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const answer = (await response.json().catch(() => ({}))) as { jobId?: string; error?: string; issues?: Record<string, string[]> };
      if (!response.ok || !answer.jobId) {
        const issues = Object.entries(answer.issues ?? {}).map(([field, problems]) => `${field}: ${problems.join("; ")}`);
        return setError({ message: answer.error ?? `The import was refused (${response.status}).`, issues });
      }
      setStarted(`Import started: ${parts.join(", ")}. Its progress is shown below.`);
      startTransition(() => router.refresh());
      setTitle("");
      setText("");
      setUrls("");
      setFiles([]);
    } catch (cause) {
      setError({ message: `Could not reach the server (${(cause as Error).message}); nothing was imported.` });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={submit} className="rounded-lg border border-stone-200 bg-white" aria-label="Add articles">
        <div role="tablist" aria-label="How to add articles" className="flex border-b border-stone-200 px-2">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              onClick={() => setTab(t.id)}
              className={`-mb-px border-b-2 px-4 py-2.5 text-sm font-medium ${tab === t.id ? "border-indigo-700 text-indigo-800" : "border-transparent text-stone-600 hover:text-stone-900"}`}
            >
              {t.label}
              {t.id === "upload" && files.length ? ` (${files.length})` : t.id === "urls" && urlList.length ? ` (${urlList.length})` : t.id === "paste" && text.trim() ? " (1)" : ""}
            </button>
          ))}
        </div>

        <div id="panel-paste" role="tabpanel" aria-labelledby="tab-paste" hidden={tab !== "paste"} className="space-y-4 p-5">
          <div>
            <label htmlFor="paste-title" className={labelClass}>
              Headline <span className="font-normal text-stone-500">(optional: else the first line)</span>
            </label>
            <input id="paste-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} className={inputClass} />
          </div>
          <div>
            <label htmlFor="paste-text" className={labelClass}>
              Article text
            </label>
            <textarea
              id="paste-text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={10}
              placeholder={"Headline\n\nFirst paragraph…"}
              className={`${inputClass} font-serif`}
            />
            <p className="mt-1 text-xs text-stone-500">Plain text or Markdown, one paragraph per line; YAML front matter (title, url, outlet, author, published, language) is read too.</p>
          </div>
        </div>

        <div id="panel-upload" role="tabpanel" aria-labelledby="tab-upload" hidden={tab !== "upload"} className="p-5">
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              addFiles(e.dataTransfer.files);
            }}
            data-testid="drop-zone"
            className={`rounded-lg border-2 border-dashed px-6 py-8 text-center text-sm ${dragging ? "border-indigo-500 bg-indigo-50" : "border-stone-300 bg-stone-50"}`}
          >
            <p className="text-stone-700">Drop .txt, .md or .html files here, or</p>
            <button type="button" onClick={() => fileInput.current?.click()} className="mt-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
              Choose files…
            </button>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
              aria-label="Article files"
              className="sr-only"
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = "";
              }}
            />
            <p className="mt-2 text-xs text-stone-500">At most 5 MB each.</p>
          </div>
          {files.length ? (
            <ul className="mt-3 divide-y divide-stone-100 text-sm" aria-label="Chosen files">
              {files.map((file) => (
                <li key={`${file.name}-${file.size}`} className="flex items-center justify-between gap-3 py-1.5">
                  <span className="truncate font-mono text-xs">{file.name}</span>
                  <span className="flex items-center gap-3 text-xs">
                    {file.size > MAX_FILE_BYTES ? <span className="text-red-700">larger than 5 MB</span> : !ACCEPTED.test(file.name) ? <span className="text-red-700">not .txt, .md or .html</span> : <span className="text-stone-500">{Math.ceil(file.size / 1024)} KB</span>}
                    <button type="button" onClick={() => setFiles((current) => current.filter((f) => f !== file))} className="text-stone-600 underline hover:text-stone-900" aria-label={`Remove ${file.name}`}>
                      remove
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <div id="panel-urls" role="tabpanel" aria-labelledby="tab-urls" hidden={tab !== "urls"} className="p-5">
          <label htmlFor="urls" className={labelClass}>
            Web addresses, one per line
          </label>
          <textarea id="urls" value={urls} onChange={(e) => setUrls(e.target.value)} rows={6} placeholder="https://www.example.org/news/2025/03/14/flood" className={`${inputClass} font-mono`} />
          <p className="mt-1 text-xs text-stone-500">
            The server fetches each page (http and https; never addresses inside its own network unless the operator allows them).
          </p>
        </div>

        <div className="flex flex-wrap items-center gap-4 border-t border-stone-200 px-5 py-4">
          <button type="submit" disabled={sending || parts.length === 0} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
            {sending ? "Sending…" : parts.length ? `Import ${parts.join(", ")}` : "Import"}
          </button>
          <p role="status" aria-live="polite" className="text-sm text-stone-700">
            {started}
          </p>
          {error ? (
            <div role="alert" className="text-sm text-red-700">
              <p>{error.message}</p>
              {error.issues?.length ? (
                <ul className="list-disc pl-5">
                  {error.issues.map((issue) => (
                    <li key={issue}>{issue}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
      </form>
    </div>
  );
}
